using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Posts one JSON-RPC payload to one endpoint and returns the parsed JSON answer. Every HTTP or parse failure becomes an
/// <see cref="RpcTransportException"/>; cancellation of <c>cancellationToken</c> propagates unchanged so the timeout
/// strategy around this channel can tell its own timeout from the caller's cancellation.
/// </summary>
internal sealed class HttpRpcChannel
{
    /// <summary>Name of the IHttpClientFactory client used for every endpoint.</summary>
    public const string HttpClientName = "KeeperSuite.Rpc";

    private const int SnippetLength = 200;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Uri _url;

    public HttpRpcChannel(IHttpClientFactory httpClientFactory, Uri url)
    {
        _httpClientFactory = httpClientFactory;
        _url = url;
        // Scheme, host and port only: user-info, path and query are where providers put credentials.
        Name = url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
    }

    /// <summary>scheme://host[:port], safe to log.</summary>
    public string Name { get; }

    public async Task<JsonElement> PostAsync(byte[] payload, string method, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(HttpClientName);
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = JsonMediaType;
        byte[] body;
        HttpStatusCode status;
        TimeSpan? retryAfter;
        try
        {
            using var response = await client.PostAsync(_url, content, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            retryAfter = RetryAfterOf(response);
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            var notSent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            throw new RpcTransportException(
                RpcTransportFailure.ConnectionFailed,
                $"{method}: HTTP request to {Name} failed ({e.HttpRequestError}): {e.Message}",
                method,
                Name,
                e,
                requestNotSent: notSent);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RpcTransportException(
                RpcTransportFailure.Timeout, $"{method}: HttpClient timed out waiting for {Name}.", method, Name, e);
        }

        if (!IsSuccess(status))
        {
            var error = TryReadRpcError(body, method);
            // A 4xx carrying a proper JSON-RPC error is the node speaking (e.g. invalid params), not a transport fault.
            if (error is not null && (int)status is >= 400 and < 500 and not 408 and not 429)
                throw new RpcErrorException(error, method, Name);
            throw new RpcTransportException(
                RpcTransportFailure.HttpStatus,
                $"{method}: {Name} answered HTTP {(int)status} {status}: {Snippet(body)}",
                method,
                Name,
                statusCode: status,
                retryAfter: retryAfter);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new RpcTransportException(
                RpcTransportFailure.MalformedResponse,
                $"Malformed JSON-RPC answer to {method} from {Name}: not valid JSON ({e.Message}); body starts: {Snippet(body)}",
                method,
                Name,
                e);
        }
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private RpcError? TryReadRpcError(byte[] body, string method)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                ? RpcWireFormat.ReadError(error, method, Name)
                : null;
        }
        catch (Exception e) when (e is JsonException or RpcTransportException)
        {
            return null;
        }
    }

    private static string Snippet(byte[] body)
    {
        if (body.Length == 0)
            return "(empty body)";
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetLength * 4));
        return text.Length > SnippetLength ? text[..SnippetLength] + "…" : text;
    }
}
