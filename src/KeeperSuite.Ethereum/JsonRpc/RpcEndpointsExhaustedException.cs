namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Every configured endpoint failed for one request; <see cref="Failures"/> holds each endpoint's failure.</summary>
public sealed class RpcEndpointsExhaustedException : RpcTransportException
{
    /// <summary>Creates the exception from the failures, in endpoint order (at least one).</summary>
    public RpcEndpointsExhaustedException(string method, IReadOnlyList<RpcTransportException> failures)
        : base(
            Last(failures).Failure,
            $"{method} failed on all {failures.Count} RPC endpoint(s): "
                + string.Join("; ", failures.Select(f => $"[{f.Endpoint}] {f.Message}")),
            method,
            Last(failures).Endpoint,
            Last(failures),
            Last(failures).StatusCode,
            Last(failures).RetryAfter,
            failures.All(f => f.RequestNotSent))
    {
        Failures = failures;
    }

    /// <summary>The failure of each endpoint tried, in order.</summary>
    public IReadOnlyList<RpcTransportException> Failures { get; }

    private static RpcTransportException Last(IReadOnlyList<RpcTransportException> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count == 0)
            throw new ArgumentException("At least one endpoint failure is required.", nameof(failures));
        return failures[^1];
    }
}
