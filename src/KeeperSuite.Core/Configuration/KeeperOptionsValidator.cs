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
        var failures = new List<string>();
        void Check(bool ok, string key, string fix)
        {
            if (!ok)
                failures.Add($"Keeper:{key} {fix}");
        }

        Check(!string.IsNullOrWhiteSpace(options.DeploymentsFile), "DeploymentsFile",
            "is required: set it to the deployments/<network>.json written by deploy-scripts/deploy.js");
        Check(!string.IsNullOrWhiteSpace(options.StateDirectory), "StateDirectory", "must name a folder for the keeper's SQLite database");
        Check(options.Confirmations is >= 0 and <= 256, "Confirmations", "must be between 0 and 256 blocks");
        Check(options.LogChunkBlocks is >= 1 and <= 1_000_000, "LogChunkBlocks", "must be between 1 and 1000000 blocks");
        Check(options.MaxLogsPerRange is >= 100 and <= 1_000_000, "MaxLogsPerRange", "must be between 100 and 1000000 logs");
        Check(options.ReorgDepth is >= 1 and <= 10_000, "ReorgDepth", "must be between 1 and 10000 blocks");
        Check(options.ReorgDepth > options.Confirmations, "ReorgDepth", "must be greater than Keeper:Confirmations");
        Check(options.PollInterval >= TimeSpan.FromMilliseconds(10) && options.PollInterval <= TimeSpan.FromMinutes(10),
            "PollInterval", "must be between 00:00:00.010 and 00:10:00");
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

        Check(options.Scan.ChunkSize is >= 1 and <= 5_000, "Scan:ChunkSize", "must be between 1 and 5000 positions");
        Check(options.Scan.ChunksPerBatch is >= 1 and <= 100, "Scan:ChunksPerBatch", "must be between 1 and 100 calls");
        Check(options.Scan.CandidateMarginBps is >= 0 and <= 10_000, "Scan:CandidateMarginBps", "must be between 0 and 10000 basis points");
        Check(options.Scan.AuditSample is >= 0 and <= 100_000, "Scan:AuditSample", "must be between 0 and 100000 positions");
        Check(options.Scan.FullAuditEveryBlocks is >= 0 and <= 1_000_000, "Scan:FullAuditEveryBlocks", "must be between 0 (never) and 1000000 blocks");

        var liq = options.Liquidation;
        Check(liq.MaxBatchSize is >= 1 and <= 200, "Liquidation:MaxBatchSize", "must be between 1 and 200 positions");
        Check(liq.MaxGasPerTransaction is >= 100_000 and <= 60_000_000, "Liquidation:MaxGasPerTransaction", "must be between 100000 and 60000000");
        Check(liq.MinProfit >= 0, "Liquidation:MinProfit", "must not be negative");
        Check(liq.RepaySlackBps is >= 0 and <= 5_000, "Liquidation:RepaySlackBps", "must be between 0 and 5000 basis points");
        Check(liq.BackoffBlocks is >= 0 and <= 10_000, "Liquidation:BackoffBlocks", "must be between 0 and 10000 blocks");
        Check(liq.MaxInFlight is >= 1 and <= 64, "Liquidation:MaxInFlight", "must be between 1 and 64 transactions");
        Check(liq.NativeTokenPrice is null or > 0, "Liquidation:NativeTokenPrice", "must be greater than 0 when set");

        var fees = options.Fees;
        Check(fees.MaxFeePerGasGwei > 0, "Fees:MaxFeePerGasGwei", "must be greater than 0 gwei (it caps every fee the keeper pays)");
        Check(fees.MaxPriorityFeePerGasGwei >= 0 && fees.MaxPriorityFeePerGasGwei <= fees.MaxFeePerGasGwei,
            "Fees:MaxPriorityFeePerGasGwei", "must be between 0 and Keeper:Fees:MaxFeePerGasGwei");
        Check(fees.ReplaceAfterBlocks is >= 1 and <= 1_000, "Fees:ReplaceAfterBlocks", "must be between 1 and 1000 blocks");
        Check(fees.BumpPercent is >= 12.5m and <= 500m, "Fees:BumpPercent", "must be between 12.5 and 500 (nodes refuse replacements below +10%)");
        Check(fees.FeeHistoryBlocks is >= 1 and <= 1_024, "Fees:FeeHistoryBlocks", "must be between 1 and 1024 blocks");
        Check(fees.TipPercentile is >= 0 and <= 100, "Fees:TipPercentile", "must be between 0 and 100");

        var wo = options.WriteOff;
        Check(wo.BidBudget >= 0, "WriteOff:BidBudget", "must not be negative");
        Check(wo.MaxBidPrice >= 0, "WriteOff:MaxBidPrice", "must not be negative");
        Check(wo.MaxStepsPerPass is >= 1 and <= 100, "WriteOff:MaxStepsPerPass", "must be between 1 and 100");
        Check(wo.MaxInFlight is >= 1 and <= 64, "WriteOff:MaxInFlight", "must be between 1 and 64 transactions");

        var metrics = options.Metrics;
        var urlOk = Uri.TryCreate(metrics.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback;
        Check(!metrics.Enabled || urlOk, "Metrics:Url", "must be an http:// URL on a loopback address, e.g. http://127.0.0.1:9464/");
        Check(metrics.MaxHeadLagBlocks is >= 1 and <= 100_000, "Metrics:MaxHeadLagBlocks", "must be between 1 and 100000 blocks");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
