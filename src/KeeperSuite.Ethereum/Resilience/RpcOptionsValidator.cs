using KeeperSuite.Ethereum.Configuration;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>Checks <see cref="RpcOptions"/> at start-up; each message names the key to fix and the allowed range.</summary>
public sealed class RpcOptionsValidator : IValidateOptions<RpcOptions>
{
    private const string Section = RpcOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateEndpoints(options.Endpoints, failures);
        // Each range is declared on its property in RpcOptions.
        foreach (var (_, value, refusal) in SettingBounds.Violations(options, Section))
            failures.Add(FormattableString.Invariant($"{refusal} (got {value})."));
        if (options.MaxBackoff < options.BackoffBase)
            failures.Add(FormattableString.Invariant($"{Section}:MaxBackoff must be at least Rpc:BackoffBase ({options.BackoffBase}) (got {options.MaxBackoff})."));
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
