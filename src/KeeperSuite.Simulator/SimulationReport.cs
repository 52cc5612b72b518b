namespace KeeperSuite.Simulator;

/// <summary>The final report of one run (report.json; amounts in whole debt-asset units unless named BaseUnits).</summary>
public sealed record SimulationReport
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
}

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
    string RewardsBaseUnits);

public sealed record LpSummary(decimal SharePriceBefore, decimal SharePriceAfter, decimal LossPerShare, decimal HaircutFraction);

public sealed record FundSummary(decimal Before, decimal After, decimal Drawdown);

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
