using KeeperSuite.Ethereum.Configuration;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Core.Configuration;

/// <summary>Checks every <c>Keeper:</c> value at start-up; each failure names its key and says what to fix.</summary>
public sealed class KeeperOptionsValidator(KeeperStartup startup) : IValidateOptions<KeeperOptions>
{
    public KeeperOptionsValidator()
        : this(KeeperStartup.Signing)
    {
    }

    public ValidateOptionsResult Validate(string? name, KeeperOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Each number's range is declared on its property in KeeperOptions; what is left here relates settings or parses text.
        var failures = SettingBounds.Violations(options, KeeperOptions.Section).Select(v => v.Refusal).ToList();
        void Check(bool ok, string key, string fix)
        {
            if (!ok)
                failures.Add($"Keeper:{key} {fix}");
        }

        Check(!string.IsNullOrWhiteSpace(options.DeploymentsFile), "DeploymentsFile",
            "is required: set it to the deployments/<network>.json written by deploy-scripts/deploy.js");
        Check(!string.IsNullOrWhiteSpace(options.StateDirectory), "StateDirectory", "must name a folder for the keeper's SQLite database");
        Check(options.ReorgDepth > options.Confirmations, "ReorgDepth", "must be greater than Keeper:Confirmations");
        Check(options.StaleHeadAfter > options.PollInterval, "StaleHeadAfter", "must be longer than Keeper:PollInterval");
        Check(Enum.IsDefined(options.Heads.Source), "Heads:Source", "must be auto or poll");
        Check(string.IsNullOrWhiteSpace(options.Heads.WebSocketUrl)
            || (Uri.TryCreate(options.Heads.WebSocketUrl, UriKind.Absolute, out var ws) && (ws.Scheme == Uri.UriSchemeWs || ws.Scheme == Uri.UriSchemeWss)),
            "Heads:WebSocketUrl", "must be an absolute ws:// or wss:// URL such as ws://127.0.0.1:8545 (or empty: derived from Rpc:Endpoints:0)");
        Check(ShardSpec.TryParse(options.Shard, out _), "Shard", "must be i/n with 0 <= i < n <= 1024, e.g. 0/1 or 1/4");

        var signer = options.Signer;
        var hasEnv = !string.IsNullOrWhiteSpace(signer.PrivateKeyEnvironmentVariable);
        var hasKeystore = !string.IsNullOrWhiteSpace(signer.KeystoreFile);
        // status only reads: it needs no key, but a key source it is given is still checked for shape.
        Check(hasEnv || hasKeystore || startup.ReadOnly, "Signer",
            "needs a key: set Keeper:Signer:PrivateKeyEnvironmentVariable (the NAME of a variable holding the key) or Keeper:Signer:KeystoreFile with Keeper:Signer:PasswordFile");
        Check(!(hasEnv && hasKeystore), "Signer", "must use either PrivateKeyEnvironmentVariable or KeystoreFile, not both");
        if (hasKeystore && !startup.ReadOnly)
            Check(!string.IsNullOrWhiteSpace(signer.PasswordFile) || !string.IsNullOrWhiteSpace(signer.PasswordEnvironmentVariable),
                "Signer:PasswordFile", "is required with Keeper:Signer:KeystoreFile (or set Keeper:Signer:PasswordEnvironmentVariable)");
        if (hasEnv)
            Check(!signer.PrivateKeyEnvironmentVariable!.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || signer.PrivateKeyEnvironmentVariable.Length < 60,
                "Signer:PrivateKeyEnvironmentVariable", "must be the NAME of an environment variable, not the key itself");

        Check(options.Fees.MaxPriorityFeePerGasGwei <= options.Fees.MaxFeePerGasGwei,
            "Fees:MaxPriorityFeePerGasGwei", "must be between 0 and Keeper:Fees:MaxFeePerGasGwei");

        var metrics = options.Metrics;
        var urlOk = Uri.TryCreate(metrics.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback;
        Check(!metrics.Enabled || urlOk, "Metrics:Url", "must be an http:// URL on a loopback address, e.g. http://127.0.0.1:9464/");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
