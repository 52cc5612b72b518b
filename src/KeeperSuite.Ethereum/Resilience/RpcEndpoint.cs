using KeeperSuite.Ethereum.JsonRpc;
using Newtonsoft.Json.Linq;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>One JSON-RPC endpoint with its own circuit breaker, attempt timeout and retry pipelines.</summary>
internal sealed class RpcEndpoint
{
    private readonly HttpRpcChannel _channel;
    private readonly ResiliencePipeline _attempt;
    private readonly ResiliencePipeline _retrying;
    private readonly TimeSpan _attemptTimeout;

    public RpcEndpoint(HttpRpcChannel channel, ResiliencePipeline attempt, ResiliencePipeline retrying, TimeSpan attemptTimeout)
    {
        _channel = channel;
        _attempt = attempt;
        _retrying = retrying;
        _attemptTimeout = attemptTimeout;
    }

    public string Name => _channel.Name;

    private long _demotedUntilTicks;

    /// <summary>Until when a caller reported this endpoint behind the others (e.g. its head stopped moving).</summary>
    public DateTimeOffset DemotedUntil
    {
        get => new(Interlocked.Read(ref _demotedUntilTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _demotedUntilTicks, value.UtcTicks);
    }

    /// <summary>
    /// Posts <paramref name="payload"/> and turns the JSON answer into <typeparamref name="T"/> inside each attempt, so a
    /// malformed answer counts against this endpoint's breaker like any other endpoint fault.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        byte[] payload, string method, Func<JToken, string, T> read, bool retry, CancellationToken cancellationToken)
    {
        var pipeline = retry ? _retrying : _attempt;
        try
        {
            return await pipeline.ExecuteAsync(
                async token => read(await _channel.PostAsync(payload, method, token).ConfigureAwait(false), Name),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new RpcTransportException(
                RpcTransportFailure.Timeout,
                $"{method}: {Name} did not answer within Rpc:AttemptTimeout ({_attemptTimeout}).",
                method,
                Name,
                e);
        }
        catch (BrokenCircuitException e)
        {
            throw new RpcTransportException(
                RpcTransportFailure.CircuitOpen,
                $"{method}: circuit for {Name} is open after repeated failures; endpoint skipped.",
                method,
                Name,
                e,
                requestNotSent: true);
        }
    }
}
