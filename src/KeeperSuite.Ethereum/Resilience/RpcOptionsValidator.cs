using Microsoft.Extensions.Options;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>Checks <see cref="RpcOptions"/> at start-up; each message names the key to fix and the allowed range.</summary>
public sealed class RpcOptionsValidator : IValidateOptions<RpcOptions>
{
    private const string Section = RpcOptions.SectionName;

    // Bounds follow Polly's own limits (timeout >= 10 ms, breaker windows >= 0.5 s, throughput >= 2) so that a bad
    // value is reported here with the key name, not later as a Polly ValidationException.
    private static readonly TimeSpan MinAttemptTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxBackoffLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MinBreakerWindow = TimeSpan.FromMilliseconds(500);
    private const int MaxRetryCount = 20;
    private const int MaxSendAttempts = 10;
    private const int MinBreakerThroughput = 2;
    private const long MinResponseBytes = 1024;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateEndpoints(options.Endpoints, failures);

        if (options.AttemptTimeout < MinAttemptTimeout || options.AttemptTimeout > MaxAttemptTimeout)
            failures.Add($"{Section}:AttemptTimeout must be between {MinAttemptTimeout} and {MaxAttemptTimeout} (got {options.AttemptTimeout}).");
        if (options.RetryCount is < 0 or > MaxRetryCount)
            failures.Add($"{Section}:RetryCount must be between 0 and {MaxRetryCount} (got {options.RetryCount}).");
        if (options.BackoffBase < TimeSpan.Zero || options.BackoffBase > MaxBackoffLimit)
            failures.Add($"{Section}:BackoffBase must be between 00:00:00 and {MaxBackoffLimit} (got {options.BackoffBase}).");
        if (options.MaxBackoff < options.BackoffBase || options.MaxBackoff > MaxBackoffLimit)
            failures.Add($"{Section}:MaxBackoff must be at least Rpc:BackoffBase ({options.BackoffBase}) and at most {MaxBackoffLimit} (got {options.MaxBackoff}).");
        if (!(options.BreakerFailureRatio > 0 && options.BreakerFailureRatio <= 1))
            failures.Add($"{Section}:BreakerFailureRatio must be greater than 0 and at most 1 (got {options.BreakerFailureRatio}).");
        if (options.BreakerMinimumThroughput < MinBreakerThroughput)
            failures.Add($"{Section}:BreakerMinimumThroughput must be at least {MinBreakerThroughput} (got {options.BreakerMinimumThroughput}).");
        if (options.BreakerSamplingDuration < MinBreakerWindow)
            failures.Add($"{Section}:BreakerSamplingDuration must be at least {MinBreakerWindow} (got {options.BreakerSamplingDuration}).");
        if (options.BreakerBreakDuration < MinBreakerWindow)
            failures.Add($"{Section}:BreakerBreakDuration must be at least {MinBreakerWindow} (got {options.BreakerBreakDuration}).");
        if (options.SendRawTransactionAttempts is < 1 or > MaxSendAttempts)
            failures.Add($"{Section}:SendRawTransactionAttempts must be between 1 and {MaxSendAttempts} (got {options.SendRawTransactionAttempts}).");

        if (options.MaxResponseBytes < MinResponseBytes)
            failures.Add($"{Section}:MaxResponseBytes must be at least {MinResponseBytes} (got {options.MaxResponseBytes}).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEndpoints(IList<string> endpoints, List<string> failures)
    {
        if (endpoints.Count == 0)
        {
            failures.Add($"{Section}:Endpoints must contain at least one absolute http(s) URL, e.g. \"Rpc\": {{ \"Endpoints\": [\"http://127.0.0.1:8545\"] }}.");
            return;
        }
        for (var i = 0; i < endpoints.Count; i++)
        {
            // Only the index is reported: an endpoint URL may embed an API key.
            if (!Uri.TryCreate(endpoints[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                failures.Add($"{Section}:Endpoints:{i} must be an absolute http(s) URL such as http://127.0.0.1:8545.");
        }
        var duplicates = endpoints.Select((url, index) => (url, index))
            .GroupBy(e => e.url, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", g.Select(e => $"{Section}:Endpoints:{e.index}")));
        foreach (var duplicate in duplicates)
            failures.Add($"{duplicate} are the same URL; list each endpoint once.");
    }
}
