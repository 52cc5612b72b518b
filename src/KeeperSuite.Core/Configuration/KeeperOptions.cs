using System.ComponentModel;
using KeeperSuite.Ethereum.Configuration;

namespace KeeperSuite.Core.Configuration;

/// <summary>
/// The <c>Keeper</c> configuration section. Defaults are listed in docs/operator.md, "Settings"; every value is checked at
/// start-up. Each number's allowed range is declared once, with <see cref="BoundsAttribute"/> on its property.
/// </summary>
public sealed class KeeperOptions
{
    public const string Section = "Keeper";

    [Description("Path of deployments/<network>.json written by the deploy scripts.")]
    public string DeploymentsFile { get; set; } = "";

    [Description("Folder of the SQLite database (index, cursor, in-flight transactions).")]
    public string StateDirectory { get; set; } = "./keeper-state";

    [Description("Blocks behind the head that the position index stays, so most reorgs never reach it.")]
    [Bounds(0, 256, Unit = "blocks")]
    public int Confirmations { get; set; } = 2;

    [Description("Widest eth_getLogs range; halved when a node refuses a range.")]
    [Bounds(1, 1_000_000, Unit = "blocks")]
    public int LogChunkBlocks { get; set; } = 5_000;

    [Description("Most logs one eth_getLogs answer may hold; a denser range is halved (bounds the keeper's memory on a cold index).")]
    [Bounds(100, 1_000_000, Unit = "logs")]
    public int MaxLogsPerRange { get; set; } = 2_000;

    [Description("How many recent block hashes the index keeps to detect a reorg.")]
    [Bounds(1, 10_000, Unit = "blocks")]
    public int ReorgDepth { get; set; } = 128;

    [Description("How often the head is polled while no newHeads subscription delivers it (see Keeper:Heads).")]
    [Bounds("00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Description("A head that has not moved for this long is stale: no fee bumps, /healthz unhealthy.")]
    [Bounds("00:00:00.010", null, MinExclusive = true)]
    public TimeSpan StaleHeadAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Description("i/n: this instance owns the positions whose key hashes to i mod n.")]
    public string Shard { get; set; } = "0/1";

    public HeadOptions Heads { get; set; } = new();

    public SignerOptions Signer { get; set; } = new();

    public ScanOptions Scan { get; set; } = new();

    public LiquidationOptions Liquidation { get; set; } = new();

    public InventoryOptions Inventory { get; set; } = new();

    public FeeOptions Fees { get; set; } = new();

    public WriteOffOptions WriteOff { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();
}

/// <summary>Where the keeper's key comes from: an environment variable, or an encrypted keystore and its password.</summary>
public sealed class SignerOptions
{
    [Description("Name of the environment variable holding the hex private key (never the key itself).")]
    public string? PrivateKeyEnvironmentVariable { get; set; }

    [Description("Web3 Secret Storage (v3) keystore file.")]
    public string? KeystoreFile { get; set; }

    [Description("File holding the keystore's password (first line).")]
    public string? PasswordFile { get; set; }

    [Description("Alternative to PasswordFile: name of an environment variable holding the password.")]
    public string? PasswordEnvironmentVariable { get; set; }
}

/// <summary>How the daemon learns of a new head: a pass starts when one arrives.</summary>
public sealed class HeadOptions
{
    [Description("auto: eth_subscribe(\"newHeads\") over WebSocket where the endpoint offers it, polling every Keeper:PollInterval while it does not; poll: polling only.")]
    public HeadSourceMode Source { get; set; } = HeadSourceMode.Auto;

    [Description("ws:// or wss:// URL of the newHeads subscription; empty: the first Rpc:Endpoints URL with http(s) turned into ws(s) (Hardhat, anvil and geth serve both on one port).")]
    public string? WebSocketUrl { get; set; }
}

public enum HeadSourceMode
{
    Auto,
    Poll,
}

public sealed class ScanOptions
{
    [Description("Positions per MarketLens.healthFactors or positions call.")]
    [Bounds(1, 5_000, Unit = "positions")]
    public int ChunkSize { get; set; } = 500;

    [Description("Lens calls per JSON-RPC batch (one HTTP request).")]
    [Bounds(1, 100, Unit = "calls")]
    public int ChunksPerBatch { get; set; } = 10;

    [Description("Positions whose locally computed health factor is below 1 + this margin (basis points) are confirmed by MarketLens.healthFactors before anything is sent.")]
    [Bounds(0, 10_000, Unit = "basis points")]
    public int CandidateMarginBps { get; set; } = 200;

    [Description("Positions per block whose local health factor is cross-checked against the lens (a random sample).")]
    [Bounds(0, 100_000, Unit = "positions")]
    public int AuditSample { get; set; } = 16;

    [Description("Every this many blocks, every watched position is cross-checked against the lens (0: never).")]
    [Bounds(0, 1_000_000, Unit = "blocks", MinMeaning = "never")]
    public int FullAuditEveryBlocks { get; set; } = 100;
}

public sealed class LiquidationOptions
{
    [Description("Most positions in one liquidateBatch.")]
    [Bounds(1, 200, Unit = "positions")]
    public int MaxBatchSize { get; set; } = 25;

    [Description("Gas limit a liquidation transaction may use; batches are split to fit.")]
    [Bounds(100_000, 60_000_000, Unit = "gas")]
    public long MaxGasPerTransaction { get; set; } = 6_000_000;

    [Description("Smallest profit (bonus value at the oracle price minus gas) worth a position, in debt-asset units (e.g. \"1.5\").")]
    [Bounds(0)]
    public decimal MinProfit { get; set; }

    [Description("Liquidate even below MinProfit (e.g. to protect the pool from bad debt at a loss).")]
    public bool IgnoreProfit { get; set; }

    [Description("Slack on maxRepay above the debt just read (basis points): a block of interest must not make it revert.")]
    [Bounds(0, 5_000, Unit = "basis points")]
    public int RepaySlackBps { get; set; } = 100;

    [Description("Blocks a position is left alone after a lost race or a revert.")]
    [Bounds(0, 10_000, Unit = "blocks")]
    public int BackoffBlocks { get; set; } = 5;

    [Description("Most unconfirmed liquidation transactions at once.")]
    [Bounds(1, 64, Unit = "transactions")]
    public int MaxInFlight { get; set; } = 4;

    [Description("Price of the native coin in debt-asset units, for the gas side of the profit check; empty: the WETH collateral's oracle price.")]
    [Bounds(0, MinExclusive = true)]
    public decimal? NativeTokenPrice { get; set; }

    [Description("inventory: repay from the keeper's own debt asset; flash: borrow it in the FlashLiquidator and sell the collateral in the same transaction; auto: flash when the balance is short.")]
    public LiquidationMode Mode { get; set; } = LiquidationMode.Inventory;

    [Description("Address of the keeper's FlashLiquidator (owned by its account); empty: the keeper deploys one on first need and records it in its state folder.")]
    public string? FlashLiquidator { get; set; }

    [Description("Largest shortfall of a DEX sale below the collateral's oracle value: a pool quoting less is too thin for the batch.")]
    [Bounds(0, LiquidationModeValidator.MaxSlippageBps, Unit = "basis points")]
    public int MaxSlippageBps { get; set; } = 300;
}

/// <summary>How the liquidation's debt asset is found (see docs/operator.md, "Liquidation modes").</summary>
public enum LiquidationMode
{
    Inventory,
    Flash,
    Auto,
}

/// <summary>Selling the collateral an inventory liquidation seized back into the debt asset on the DEX, so the budget refills.</summary>
public sealed class InventoryOptions
{
    [Description("Sell a collateral once the keeper holds this much of it, valued at its oracle price in debt-asset units (0: never sell).")]
    [Bounds(0, Why = "0: never sell")]
    public decimal SellAbove { get; set; }

    [Description("Largest shortfall of a sale below the oracle value; a worse quote waits for arbitrage.")]
    [Bounds(0, LiquidationModeValidator.MaxSlippageBps, Unit = "basis points")]
    public int MaxSlippageBps { get; set; } = 300;
}

public sealed class FeeOptions
{
    [Description("Cap on maxFeePerGas (gwei). Never exceeded, also not by a replacement.")]
    [Bounds(0, MinExclusive = true, Unit = "gwei", Why = "it caps every fee the keeper pays")]
    public decimal MaxFeePerGasGwei { get; set; } = 300m;

    [Description("Cap on maxPriorityFeePerGas (gwei).")]
    [Bounds(0, Unit = "gwei")]
    public decimal MaxPriorityFeePerGasGwei { get; set; } = 3m;

    [Description("Blocks a transaction may stay pending before it is replaced with higher fees.")]
    [Bounds(1, 1_000, Unit = "blocks")]
    public int ReplaceAfterBlocks { get; set; } = 3;

    [Description("Raise of both fees on replacement (percent; Geth refuses replacements below +10%).")]
    [Bounds(12.5, 500, Why = "nodes refuse replacements below +10%")]
    public decimal BumpPercent { get; set; } = 12.5m;

    [Description("Blocks of eth_feeHistory behind the tip estimate.")]
    [Bounds(1, 1_024, Unit = "blocks")]
    public int FeeHistoryBlocks { get; set; } = 10;

    [Description("Percentile of recent tips the keeper pays.")]
    [Bounds(0, 100)]
    public decimal TipPercentile { get; set; } = 60m;
}

public sealed class WriteOffOptions
{
    [Description("Drive the waterfall (cover, auction start, settle, socialize). Runs on shard 0 only.")]
    public bool Enabled { get; set; } = true;

    [Description("Debt-asset units the keeper may spend bidding in auctions (0: never bid).")]
    [Bounds(0)]
    public decimal BidBudget { get; set; }

    [Description("Highest price the keeper pays per recovery token, in debt-asset units (0: never bid).")]
    [Bounds(0)]
    public decimal MaxBidPrice { get; set; }

    [Description("Write-off steps per pass at most (each is one transaction).")]
    [Bounds(1, 100)]
    public int MaxStepsPerPass { get; set; } = 8;

    [Description("Most unconfirmed write-off transactions at once.")]
    [Bounds(1, 64, Unit = "transactions")]
    public int MaxInFlight { get; set; } = 2;
}

public sealed class MetricsOptions
{
    [Description("Serve /metrics and /healthz.")]
    public bool Enabled { get; set; } = true;

    [Description("Loopback URL of the metrics and health endpoints.")]
    public string Url { get; set; } = "http://127.0.0.1:9464/";

    [Description("/healthz reports unhealthy when the keeper is this many blocks behind the head.")]
    [Bounds(1, 100_000, Unit = "blocks")]
    public int MaxHeadLagBlocks { get; set; } = 10;
}
