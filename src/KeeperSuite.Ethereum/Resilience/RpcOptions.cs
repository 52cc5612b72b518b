using KeeperSuite.Ethereum.Configuration;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>
/// JSON-RPC endpoints and resilience settings, bound from the configuration section "Rpc". The bounds follow Polly's own
/// limits (timeout >= 10 ms, breaker windows >= 0.5 s, throughput >= 2) so that a bad value is refused at start-up with
/// its key, not later as a Polly ValidationException.
/// </summary>
public sealed class RpcOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Rpc";

    /// <summary>Endpoint URLs in failover order: the first healthy one serves each request.</summary>
    public IList<string> Endpoints { get; } = new List<string>();

    /// <summary>Longest time one HTTP attempt may take before it is abandoned (and retried if attempts remain).</summary>
    [Bounds("00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries per endpoint after the first attempt, for retryable failures only (0 disables retry).</summary>
    [Bounds(0, 20)]
    public int RetryCount { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles on each further retry and gets jitter.</summary>
    [Bounds("00:00:00", "00:05:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of any single retry delay (also caps a server's Retry-After).</summary>
    [Bounds("00:00:00", "00:05:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens an endpoint's circuit.</summary>
    [Bounds("0", "1", MinExclusive = true)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts an endpoint must see within the sampling window before its circuit may open.</summary>
    [Bounds(2)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which the breaker measures failures.</summary>
    [Bounds("00:00:00.500", null)]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit skips its endpoint before one trial request is let through.</summary>
    [Bounds("00:00:00.500", null)]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Largest answer body read from an endpoint (bytes); a longer one is a malformed answer. Without a bound, a broken
    /// gateway streaming an endless body fills memory until the attempt timeout.
    /// </summary>
    [Bounds(1024, Unit = "bytes")]
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How many times eth_sendRawTransaction may be submitted after ambiguous failures (each after a hash check).</summary>
    [Bounds(1, 10)]
    public int SendRawTransactionAttempts { get; set; } = 3;
}
