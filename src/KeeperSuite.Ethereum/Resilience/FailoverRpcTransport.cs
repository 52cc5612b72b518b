using System.Text.Json;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>
/// <see cref="IRpcTransport"/> over HTTP with ordered failover: each request goes to the first endpoint whose circuit is
/// closed; when that endpoint fails (after its retries) the next one is tried, and so on down the list.
/// </summary>
public sealed class FailoverRpcTransport : IRpcTransport
{
    private readonly List<RpcEndpoint> _endpoints;
    private readonly ILogger _logger;
    private long _lastId;

    /// <summary>Creates the transport for the endpoints in <paramref name="options"/> (validated by <see cref="RpcOptionsValidator"/>).</summary>
    public FailoverRpcTransport(
        IHttpClientFactory httpClientFactory,
        IOptions<RpcOptions> options,
        ILogger<FailoverRpcTransport>? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _endpoints = settings.Endpoints.Select(url =>
        {
            var channel = new HttpRpcChannel(httpClientFactory, new Uri(url, UriKind.Absolute));
            var (attempt, retrying) = RpcResiliencePipelines.Build(
                settings, channel.Name, new CircuitBreakerStateProvider(), _logger, timeProvider ?? TimeProvider.System);
            return new RpcEndpoint(channel, attempt, retrying, settings.AttemptTimeout);
        }).ToList();
    }

    /// <inheritdoc />
    public Task<JsonElement> SendAsync(RpcRequest request, CancellationToken cancellationToken) =>
        SendSingleAsync(request, retry: true, cancellationToken);

    /// <inheritdoc />
    public Task<JsonElement> SendOnceAsync(RpcRequest request, CancellationToken cancellationToken) =>
        SendSingleAsync(request, retry: false, cancellationToken);

    private async Task<JsonElement> SendSingleAsync(RpcRequest request, bool retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Interlocked.Increment(ref _lastId);
        var response = await ExecuteWithFailoverAsync(
            RpcWireFormat.WriteSingle(request, id),
            request.Method,
            (root, endpoint) => RpcWireFormat.ReadSingle(root, id, request.Method, endpoint),
            retry,
            cancellationToken).ConfigureAwait(false);
        return response.GetResultOrThrow(request.Method);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
            return Task.FromResult<IReadOnlyList<RpcResponse>>([]);
        var firstId = Interlocked.Add(ref _lastId, requests.Count) - requests.Count + 1;
        return ExecuteWithFailoverAsync(
            RpcWireFormat.WriteBatch(requests, firstId),
            $"batch of {requests.Count}",
            (root, endpoint) => RpcWireFormat.ReadBatch(root, firstId, requests.Count, endpoint),
            retry: true,
            cancellationToken);
    }

    private async Task<T> ExecuteWithFailoverAsync<T>(
        byte[] payload, string method, Func<JsonElement, string, T> read, bool retry, CancellationToken cancellationToken)
    {
        var failures = new List<RpcTransportException>();
        foreach (var endpoint in _endpoints)
        {
            try
            {
                return await endpoint.ExecuteAsync(payload, method, read, retry, cancellationToken).ConfigureAwait(false);
            }
            // Without retry (a non-idempotent call) only a request that certainly never left may go elsewhere.
            catch (RpcTransportException e) when (retry || e.RequestNotSent)
            {
                failures.Add(e);
                if (failures.Count < _endpoints.Count)
                    RpcLog.FailingOver(_logger, method, e.Endpoint, e.Message);
            }
        }
        throw new RpcEndpointsExhaustedException(method, failures);
    }
}
