namespace KeeperSuite.Simulator;

/// <summary>The final report of one run (report.json; amounts in whole debt-asset units unless named BaseUnits).</summary>
public sealed partial record SimulationReport
{
    public required string Scenario { get; init; }
    public required int Seed { get; init; }
    public required int Positions { get; init; }
    public required int Lps { get; init; }
    public required int PathBlocks { get; init; }
    public required int BlocksMined { get; init; }
    public required double DurationSeconds { get; init; }
    public required string[] Collaterals { get; init; }
    public required LiquidationSummary Liquidations { get; init; }
    public required DeficitSummary Deficits { get; init; }
    public required LpSummary Lp { get; init; }
    public required FundSummary Fund { get; init; }
    public required KeeperSummary Keeper { get; init; }
    public required ReactionSummary Reaction { get; init; }
    public required IReadOnlyList<BidderSummary> Bidders { get; init; }
    /// <summary>Empty when every check against the chain passed.</summary>
    public required IReadOnlyList<string> CheckFailures { get; init; }
    public bool ChecksPassed => CheckFailures.Count == 0;
    public required IReadOnlyList<BlockSample> Series { get; init; }
    /// <summary>Why the run did not reach its end (one line), null when it did; the figures are then what happened up to there.</summary>
    public string? Failure { get; init; }
    public bool Succeeded => Failure is null && ChecksPassed;
    /// <summary>Parameters set for this run (sweep axis and --set), name → value.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();
    public TimingSummary? Timings { get; init; }
    /// <summary>The keeper's transactions that reverted when mined, with the decoded reason.</summary>
    public IReadOnlyList<KeeperRevert> KeeperReverts { get; init; } = [];
    /// <summary>Every position's health factor before the first block of the path.</summary>
    public IReadOnlyList<PositionHealthReading> HealthBefore { get; init; } = [];
    /// <summary>Liquidations per path step (the cascade after the shock): step, count, repaid.</summary>
    public IReadOnlyList<CascadeStep> Cascade { get; init; } = [];
    /// <summary>How seized collateral is valued: at the DEX when the deployment has one (<see cref="DexValuation"/>), else at the oracle price.</summary>
    public string Valuation { get; init; } = OracleValuation;
    /// <summary>Seized collateral at the oracle and at the DEX, and the slippage between them; null without a DEX.</summary>
    public SlippageSummary? Dex { get; init; }
    /// <summary>Every liquidation's seized collateral at the oracle and at the DEX (empty without a DEX).</summary>
    public IReadOnlyList<LiquidationSale> Sales { get; init; } = [];
    /// <summary>The simulated keeper's Keeper:Liquidation:Mode.</summary>
    public string KeeperMode { get; init; } = "";

    public const string OracleValuation = "seized collateral is valued at the oracle price (no DEX in the deployment: market depth and slippage are not modelled)";

    /// <summary>The multi-run report's valuation line (each run's page counts its sold and quoted liquidations).</summary>
    public const string DexValuationSummary =
        "seized collateral is valued at the DEX (Uniswap v3, arbitraged to the oracle price after every price post): a flash keeper's liquidations at what their own " +
        "transaction's sale fetched, others at QuoterV2's quote for their transaction's seized total; 'slippage' = oracle value - DEX value. Still at the oracle " +
        "price: the price path and health factors, and the keeper's gas";

    public static string DexValuationText(SlippageSummary s) =>
        $"seized collateral is valued at the DEX (Uniswap v3, arbitraged to the oracle price after every price post): {s.Sold} liquidations at what their own transaction's sale fetched, " +
        $"{s.Quoted} at QuoterV2's quote for their transaction's seized total at the end of their block (kept, not sold); slippage = oracle value - DEX value. " +
        "Still at the oracle price: the price path and health factors (the Market's own), and the keeper's gas (at the WETH oracle price)";
}

public sealed partial record SimulationReport
{
    /// <summary>A run that stopped before the chain could be read (seed script, node, parameters): zeros and the reason.</summary>
    public static SimulationReport FailedBeforeReport(SimulationOptions options, string failure) => new()
    {
        Scenario = options.Scenario, Seed = options.Seed, Positions = options.Positions, Lps = options.Lps, PathBlocks = options.Blocks, BlocksMined = 0,
        DurationSeconds = 0, Collaterals = [],
        Liquidations = new LiquidationSummary(0, 0, 0, 0, new Dictionary<string, decimal>(), 0),
        Deficits = new DeficitSummary(0, 0, 0, 0, 0, "0", "0", "0", "0", 0, 0, "0"),
        Lp = new LpSummary(0, 0, 0, 0), Fund = new FundSummary(0, 0, 0),
        Keeper = new KeeperSummary("", 0, 0, 0, 0, 0, 0, 0), Reaction = new ReactionSummary(0, 0, 0, 0, 0),
        Bidders = [], CheckFailures = [], Series = [], Failure = failure,
        Parameters = RiskParameters.Known.Keys.Select(k => (k, v: RiskParameters.Value(options, k))).Where(p => p.v is not null).ToDictionary(p => p.k, p => p.v!.Value),
    };
}

public sealed record TimingSummary(double SetupSeconds, double PathSeconds, double KeeperSeconds, double WriteOffSeconds, double ReportSeconds)
{
    /// <summary>Of <see cref="SetupSeconds"/>: the evm_revert and the seeding of the book (the rest: risk parameters, keeper host, bidders, first reads).</summary>
    public double SeedSeconds { get; init; }
}

public sealed record CascadeStep(int Step, int Liquidations, decimal Repaid);

public sealed record LiquidationSummary(int Liquidations, int PositionsLiquidated, decimal Repaid, decimal SeizedValue, IReadOnlyDictionary<string, decimal> SeizedTokens, int ByKeeper);

public sealed record DeficitSummary(
    int Count,
    decimal Created,
    decimal Fund,
    decimal Auction,
    decimal Lps,
    string CreatedBaseUnits,
    string FundBaseUnits,
    string AuctionBaseUnits,
    string LpsBaseUnits,
    decimal RecoveryTokensMinted,
    decimal Rewards,
    string RewardsBaseUnits)
{
    /// <summary>Deficits created + rewards: what the fund, the auction and the LPs paid together (the shares' denominator).</summary>
    public decimal Paid => Created + Rewards;
    public decimal FundShare => Paid == 0 ? 0 : Fund / Paid;
    public decimal AuctionShare => Paid == 0 ? 0 : Auction / Paid;
    public decimal LpShare => Paid == 0 ? 0 : Lps / Paid;
    /// <summary>Bad debt created per collateral symbol.</summary>
    public IReadOnlyDictionary<string, decimal> ByCollateral { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Debt sent to auction that the auction did not raise (then socialized).</summary>
    public decimal AuctionShortfall { get; init; }
}

/// <summary>
/// The LPs' value (pool totalAssets, supply unchanged during a run) before and after, and every item that moved it:
/// after − before == interest to LPs − LPs' share of the loss + reserves written down − recovery still locked + rounding.
/// HaircutFraction == (loss − interest − written down + locked − rounding) / before, the same items as fractions.
/// </summary>
public sealed record LpSummary(decimal SharePriceBefore, decimal SharePriceAfter, decimal LossPerShare, decimal HaircutFraction)
{
    public decimal ValueBefore { get; init; }
    public decimal ValueAfter { get; init; }
    public decimal LossShare { get; init; }
    public decimal InterestEarned { get; init; }
    public decimal ReservesWrittenDown { get; init; }
    public decimal LockedRecoveryAtEnd { get; init; }
    /// <summary>Scaled-debt rounding (a few base units per liquidation or accrual), bounded by a check.</summary>
    public decimal Rounding { get; init; }
    public decimal LossFraction => ValueBefore == 0 ? 0 : LossShare / ValueBefore;
    public decimal InterestFraction => ValueBefore == 0 ? 0 : InterestEarned / ValueBefore;
}

/// <summary>The insurance fund: after == before + deposits + reserves skimmed in − paid out (checked to the unit).
/// What is skimmed is what the pool's reserves held: reserves before + interest share + liquidation and flash-loan
/// fees − written down − reserves still in the pool at the end (interest booked after the last skim stays there).</summary>
public sealed record FundSummary(decimal Before, decimal After, decimal Drawdown)
{
    public decimal Deposits { get; init; }
    public decimal ReservesSkimmed { get; init; }
    public decimal PaidOut { get; init; }
    public decimal InterestToReserves { get; init; }
    public decimal LiquidationFees { get; init; }
    public decimal FlashLoanFees { get; init; }
    /// <summary>The pool's reserves (owed to the fund, not yet skimmed) before and after.</summary>
    public decimal ReservesBefore { get; init; }
    public decimal ReservesAfter { get; init; }
    public decimal ReservesWrittenDown { get; init; }
}

public sealed record KeeperSummary(string Address, int Transactions, decimal GasUsed, decimal GasCostEth, decimal GasCostValue, decimal LiquidationGain, decimal WriteOffRewards, decimal Profit);

public sealed record ReactionSummary(int Samples, double MedianBlocks, double P95Blocks, double MedianMs, double P95Ms);

public sealed record BidderSummary(string Name, string Address, decimal ReservationPrice, int Attempts, int Refused, int Sent, decimal TokensReceived);

/// <summary>Percentiles by linear interpolation between order statistics (the usual "type 7").</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
            return 0;
        var sorted = values.Order().ToArray();
        var x = p * (sorted.Length - 1);
        var i = (int)Math.Floor(x);
        return i + 1 < sorted.Length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (x - i) : sorted[i];
    }
}
