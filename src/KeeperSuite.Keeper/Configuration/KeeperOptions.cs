namespace KeeperSuite.Keeper.Configuration;

/// <summary>The <c>Keeper</c> configuration section. Defaults are the README's; every value is checked at start-up.</summary>
public sealed class KeeperOptions
{
    public const string Section = "Keeper";

    /// <summary>Path of <c>deployments/&lt;network&gt;.json</c> written by the deploy scripts.</summary>
    public string DeploymentsFile { get; set; } = "";

    /// <summary>Folder of the SQLite database (index, cursor, in-flight transactions).</summary>
    public string StateDirectory { get; set; } = "./keeper-state";

    /// <summary>Blocks behind the head that the position index stays, so most reorgs never reach it.</summary>
    public int Confirmations { get; set; } = 2;

    /// <summary>Widest <c>eth_getLogs</c> range; halved when a node refuses a range.</summary>
    public int LogChunkBlocks { get; set; } = 5_000;

    /// <summary>How many recent block hashes the index keeps to detect a reorg.</summary>
    public int ReorgDepth { get; set; } = 128;

    /// <summary>How often the head is polled.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A head that has not moved for this long is stale: no fee bumps, <c>/healthz</c> unhealthy.</summary>
    public TimeSpan StaleHeadAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary><c>i/n</c>: this instance owns the positions whose key hashes to <c>i</c> mod <c>n</c>.</summary>
    public string Shard { get; set; } = "0/1";

    public SignerOptions Signer { get; set; } = new();

    public ScanOptions Scan { get; set; } = new();

    public LiquidationOptions Liquidation { get; set; } = new();

    public FeeOptions Fees { get; set; } = new();

    public WriteOffOptions WriteOff { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();
}

/// <summary>Where the keeper's key comes from: an environment variable, or an encrypted keystore and its password.</summary>
public sealed class SignerOptions
{
    /// <summary>Name of the environment variable holding the hex private key (never the key itself).</summary>
    public string? PrivateKeyEnvironmentVariable { get; set; }

    /// <summary>Web3 Secret Storage (v3) keystore file.</summary>
    public string? KeystoreFile { get; set; }

    /// <summary>File holding the keystore's password (first line).</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Alternative to <see cref="PasswordFile"/>: name of an environment variable holding the password.</summary>
    public string? PasswordEnvironmentVariable { get; set; }
}

public sealed class ScanOptions
{
    /// <summary>Positions per <c>MarketLens.healthFactors</c> call.</summary>
    public int ChunkSize { get; set; } = 500;

    /// <summary><c>healthFactors</c> calls per JSON-RPC batch (one HTTP request).</summary>
    public int ChunksPerBatch { get; set; } = 10;
}

public sealed class LiquidationOptions
{
    /// <summary>Most positions in one <c>liquidateBatch</c>.</summary>
    public int MaxBatchSize { get; set; } = 25;

    /// <summary>Gas limit a liquidation transaction may use; batches are split to fit.</summary>
    public long MaxGasPerTransaction { get; set; } = 6_000_000;

    /// <summary>Smallest profit (bonus value at the oracle price minus gas) worth a position, in debt-asset units (e.g. "1.5").</summary>
    public decimal MinProfit { get; set; }

    /// <summary>Liquidate even below <see cref="MinProfit"/> (e.g. to protect the pool from bad debt at a loss).</summary>
    public bool IgnoreProfit { get; set; }

    /// <summary>Slack on <c>maxRepay</c> above the debt just read (basis points): a block of interest must not make it revert.</summary>
    public int RepaySlackBps { get; set; } = 100;

    /// <summary>Blocks a position is left alone after a lost race or a revert.</summary>
    public int BackoffBlocks { get; set; } = 5;

    /// <summary>Most unconfirmed liquidation transactions at once.</summary>
    public int MaxInFlight { get; set; } = 4;

    /// <summary>Price of the native coin in debt-asset units, for the gas side of the profit check; empty: the WETH collateral's oracle price.</summary>
    public decimal? NativeTokenPrice { get; set; }
}

public sealed class FeeOptions
{
    /// <summary>Cap on <c>maxFeePerGas</c> (gwei). Never exceeded, also not by a replacement.</summary>
    public decimal MaxFeePerGasGwei { get; set; } = 300m;

    /// <summary>Cap on <c>maxPriorityFeePerGas</c> (gwei).</summary>
    public decimal MaxPriorityFeePerGasGwei { get; set; } = 3m;

    /// <summary>Blocks a transaction may stay pending before it is replaced with higher fees.</summary>
    public int ReplaceAfterBlocks { get; set; } = 3;

    /// <summary>Raise of both fees on replacement (percent, at least 12.5: Geth refuses less than 10).</summary>
    public decimal BumpPercent { get; set; } = 12.5m;

    /// <summary>Blocks of <c>eth_feeHistory</c> behind the tip estimate.</summary>
    public int FeeHistoryBlocks { get; set; } = 10;

    /// <summary>Percentile of recent tips the keeper pays.</summary>
    public decimal TipPercentile { get; set; } = 60m;
}

public sealed class WriteOffOptions
{
    /// <summary>Drive the waterfall (cover, auction start, settle, socialize). Runs on shard 0 only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Debt-asset units the keeper may spend bidding in auctions (0: never bid).</summary>
    public decimal BidBudget { get; set; }

    /// <summary>Highest price the keeper pays per recovery token, in debt-asset units (0: never bid).</summary>
    public decimal MaxBidPrice { get; set; }

    /// <summary>Write-off steps per pass at most (each is one transaction).</summary>
    public int MaxStepsPerPass { get; set; } = 8;

    /// <summary>Most unconfirmed write-off transactions at once.</summary>
    public int MaxInFlight { get; set; } = 2;
}

public sealed class MetricsOptions
{
    /// <summary>Serve <c>/metrics</c> and <c>/healthz</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Loopback URL of the metrics and health endpoints.</summary>
    public string Url { get; set; } = "http://127.0.0.1:9464/";

    /// <summary><c>/healthz</c> reports unhealthy when the keeper is this many blocks behind the head.</summary>
    public int MaxHeadLagBlocks { get; set; } = 10;
}
