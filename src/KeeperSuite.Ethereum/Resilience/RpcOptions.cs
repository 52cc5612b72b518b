namespace KeeperSuite.Ethereum.Resilience;

/// <summary>JSON-RPC endpoints and resilience settings, bound from the configuration section "Rpc".</summary>
public sealed class RpcOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Rpc";

    /// <summary>Endpoint URLs in failover order: the first healthy one serves each request.</summary>
    public IList<string> Endpoints { get; } = new List<string>();

    /// <summary>Longest time one HTTP attempt may take before it is abandoned (and retried if attempts remain).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries per endpoint after the first attempt, for retryable failures only (0 disables retry).</summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles on each further retry and gets jitter.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of any single retry delay (also caps a server's Retry-After).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens an endpoint's circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts an endpoint must see within the sampling window before its circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which the breaker measures failures.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit skips its endpoint before one trial request is let through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Largest answer body read from an endpoint (bytes); a longer one is a malformed answer. Without a bound, a broken
    /// gateway streaming an endless body fills memory until the attempt timeout.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How many times eth_sendRawTransaction may be submitted after ambiguous failures (each after a hash check).</summary>
    public int SendRawTransactionAttempts { get; set; } = 3;
}
