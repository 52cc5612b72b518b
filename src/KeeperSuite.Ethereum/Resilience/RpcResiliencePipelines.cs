using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>
/// Builds one endpoint's Polly pipelines: a single attempt (circuit breaker around a per-attempt timeout) and the
/// retrying variant (exponential backoff with jitter around that same attempt, so both share one breaker).
/// </summary>
internal static class RpcResiliencePipelines
{
    public static (ResiliencePipeline Attempt, ResiliencePipeline Retrying) Build(
        RpcOptions options, string endpointName, CircuitBreakerStateProvider breakerState, ILogger logger, TimeProvider timeProvider)
    {
        var attempt = new ResiliencePipelineBuilder { Name = $"rpc-attempt {endpointName}", TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                // Only endpoint faults count: a JSON-RPC error (revert, bad nonce) comes from a healthy node.
                ShouldHandle = new PredicateBuilder().Handle<RpcTransportException>().Handle<TimeoutRejectedException>(),
                StateProvider = breakerState,
                OnOpened = args =>
                {
                    RpcLog.CircuitOpened(logger, endpointName, args.BreakDuration, args.Outcome.Exception?.Message);
                    return default;
                },
                OnClosed = _ =>
                {
                    RpcLog.CircuitClosed(logger, endpointName);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

        if (options.RetryCount == 0)
            return (attempt, attempt);

        var retrying = new ResiliencePipelineBuilder { Name = $"rpc-retry {endpointName}", TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BackoffBase,
                MaxDelay = options.MaxBackoff,
                // Never BrokenCircuitException: an open circuit means "go to the next endpoint now", not "wait here".
                ShouldHandle = new PredicateBuilder()
                    .Handle<RpcTransportException>(e => e.IsRetryable)
                    .Handle<TimeoutRejectedException>(),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is RpcTransportException { RetryAfter: { } after }
                        ? (TimeSpan?)TimeSpan.FromTicks(Math.Clamp(after.Ticks, 0, options.MaxBackoff.Ticks))
                        : null),
                OnRetry = args =>
                {
                    RpcLog.Retrying(logger, endpointName, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return default;
                },
            })
            .AddPipeline(attempt)
            .Build();
        return (attempt, retrying);
    }
}
