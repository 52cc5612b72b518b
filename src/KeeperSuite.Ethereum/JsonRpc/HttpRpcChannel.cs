using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
    private readonly long _maxResponseBytes;

    public HttpRpcChannel(IHttpClientFactory httpClientFactory, Uri url, long maxResponseBytes)
    {
        _httpClientFactory = httpClientFactory;
        _url = url;
        _maxResponseBytes = maxResponseBytes;
        // Scheme, host and port only: user-info, path and query are where providers put credentials.
        Name = url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
    }

    /// <summary>scheme://host[:port], safe to log.</summary>
    public string Name { get; }

    public async Task<JToken> PostAsync(byte[] payload, string method, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(HttpClientName);
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = JsonMediaType;
        byte[] body;
        HttpStatusCode status;
        TimeSpan? retryAfter;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = content };
            // Headers first: the body is read under Rpc:MaxResponseBytes, not buffered whole by HttpClient (up to 2 GB).
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            retryAfter = RetryAfterOf(response);
            body = await ReadBoundedAsync(response.Content, method, cancellationToken).ConfigureAwait(false);
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
        catch (IOException e)
        {
            // The connection broke while the body was read (a cut answer): the request reached the endpoint.
            throw new RpcTransportException(
                RpcTransportFailure.ConnectionFailed, $"{method}: the answer from {Name} broke off: {e.Message}", method, Name, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RpcTransportException(
                RpcTransportFailure.Timeout, $"{method}: HttpClient timed out waiting for {Name}.", method, Name, e);
        }

        if (!IsSuccess(status))
        {
            // Any non-2xx is this endpoint failing, even when the body is a JSON-RPC error: a gateway answers a revoked
            // API key with 401/403 and such a body, and the next endpoint may well be healthy. So it fails over and
            // counts against the breaker; the node's error is kept for the message.
            var error = RpcWireFormat.TryReadError(body);
            var said = error is null ? Snippet(body) : $"JSON-RPC error {error.Code}: {error.Message}";
            throw new RpcTransportException(
                RpcTransportFailure.HttpStatus,
                $"{method}: {Name} answered HTTP {(int)status} {status}: {said}",
                method,
                Name,
                statusCode: status,
                retryAfter: retryAfter,
                requestNotSent: RefusedBeforeANode(status),
                nodeError: error);
        }

        try
        {
            return RpcWireFormat.Parse(body);
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

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, string method, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _maxResponseBytes)
            throw TooLarge(method, $"announces {content.Headers.ContentLength} bytes, more");
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > _maxResponseBytes)
                throw TooLarge(method, "runs longer");
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private RpcTransportException TooLarge(string method, string what) =>
        new(
            RpcTransportFailure.MalformedResponse,
            $"Malformed JSON-RPC answer to {method} from {Name}: the body {what} than Rpc:MaxResponseBytes ({_maxResponseBytes}) allows.",
            method,
            Name);

    /// <summary>
    /// Statuses a gateway or rate limiter sends instead of forwarding: the request certainly reached no node, so even
    /// eth_sendRawTransaction may go to the next endpoint or be sent again (like JSON-RPC -32005).
    /// </summary>
    private static bool RefusedBeforeANode(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.ProxyAuthenticationRequired
            or HttpStatusCode.TooManyRequests;

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private static string Snippet(byte[] body)
    {
        if (body.Length == 0)
            return "(empty body)";
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetLength * 4));
        return text.Length > SnippetLength ? text[..SnippetLength] + "…" : text;
    }
}
