using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Nethereum.JsonRpc.Client.RpcMessages;
using Polly.CircuitBreaker;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>
/// Sends Nethereum request messages over HTTP with ordered failover: each request goes to the first endpoint whose
/// circuit is closed; when that endpoint fails (after its retries) the next one is tried, and so on down the list.
/// JSON-RPC errors come back as response messages (never exceptions here), so they never trip a breaker.
/// </summary>
internal sealed class FailoverRpcTransport
{
    private readonly List<RpcEndpoint> _endpoints;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private long _lastId;

    public FailoverRpcTransport(IHttpClientFactory httpClientFactory, RpcOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _time = timeProvider;
        _endpoints = options.Endpoints.Select(url =>
        {
            var channel = new HttpRpcChannel(httpClientFactory, new Uri(url, UriKind.Absolute), options.MaxResponseBytes);
            var (attempt, retrying) = RpcResiliencePipelines.Build(options, channel.Name, new CircuitBreakerStateProvider(), logger, timeProvider);
            return new RpcEndpoint(channel, attempt, retrying, options.AttemptTimeout);
        }).ToList();
    }

    /// <summary>
    /// Sends one request. With <paramref name="retry"/> false (non-idempotent calls) there is no retry, and failover only
    /// past endpoints the request certainly never reached.
    /// </summary>
    public Task<RpcResponseMessage> SendAsync(RpcRequestMessage request, bool retry, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        return ExecuteWithFailoverAsync(
            RpcWireFormat.WriteSingle(request, id),
            request.Method,
            (root, endpoint) => RpcWireFormat.ReadSingle(root, id, request, endpoint),
            retry,
            cancellationToken);
    }

    /// <summary>Sends idempotent requests as one JSON-RPC batch; answers come back in request order.</summary>
    public Task<RpcResponseMessage[]> SendBatchAsync(IReadOnlyList<RpcRequestMessage> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
            return Task.FromResult(Array.Empty<RpcResponseMessage>());
        var firstId = Interlocked.Add(ref _lastId, requests.Count) - requests.Count + 1;
        return ExecuteWithFailoverAsync(
            RpcWireFormat.WriteBatch(requests, firstId),
            $"batch of {requests.Count}",
            (root, endpoint) => RpcWireFormat.ReadBatch(root, firstId, requests, endpoint),
            retry: true,
            cancellationToken);
    }

    /// <summary>Endpoint names (scheme://host:port) in configured order.</summary>
    public IReadOnlyList<string> EndpointNames => _endpoints.Select(e => e.Name).ToList();

    /// <summary>
    /// Moves <paramref name="endpointName"/> behind every other endpoint for <paramref name="duration"/>: it answers, so
    /// its breaker stays closed, but its answers are behind (a stale head). It is still tried when all others fail.
    /// </summary>
    public void Demote(string endpointName, TimeSpan duration)
    {
        foreach (var endpoint in _endpoints.Where(e => e.Name == endpointName))
            endpoint.DemotedUntil = _time.GetUtcNow() + duration;
    }

    /// <summary>Sends one idempotent request to every endpoint, one attempt each; a failed endpoint's answer is null.</summary>
    public async Task<IReadOnlyList<(string Endpoint, RpcResponseMessage? Answer)>> SendToEachAsync(RpcRequestMessage request, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var payload = RpcWireFormat.WriteSingle(request, id);
        var answers = await Task.WhenAll(_endpoints.Select(async endpoint =>
        {
            try
            {
                var answer = await endpoint.ExecuteAsync(payload, request.Method, (root, name) => RpcWireFormat.ReadSingle(root, id, request, name), retry: false, cancellationToken).ConfigureAwait(false);
                return (endpoint.Name, (RpcResponseMessage?)answer);
            }
            catch (RpcTransportException)
            {
                return (endpoint.Name, null);
            }
        })).ConfigureAwait(false);
        return answers;
    }

    private IEnumerable<RpcEndpoint> InFailoverOrder()
    {
        var now = _time.GetUtcNow();
        return _endpoints.Where(e => e.DemotedUntil <= now).Concat(_endpoints.Where(e => e.DemotedUntil > now));
    }

    private async Task<T> ExecuteWithFailoverAsync<T>(
        byte[] payload, string method, Func<Newtonsoft.Json.Linq.JToken, string, T> read, bool retry, CancellationToken cancellationToken)
    {
        var failures = new List<RpcTransportException>();
        foreach (var endpoint in InFailoverOrder())
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
