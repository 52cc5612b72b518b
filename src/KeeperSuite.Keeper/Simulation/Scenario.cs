namespace KeeperSuite.Keeper.Simulation;

/// <summary>A scenario made concrete for one seed: the price path, who bids, the chain's pace and the book's shape.</summary>
public sealed record Scenario(
    string Name,
    PricePath Path,
    IReadOnlyList<BidderStrategy> Bidders,
    int BlockSeconds,
    double Utilization)
{
    /// <summary>Seconds a drain block jumps while an auction is live and nobody takes: the Dutch price must fall.</summary>
    public const int AuctionJumpSeconds = 600;

    public static Scenario Build(SimulationOptions options, IReadOnlyList<string> collateralSymbols)
    {
        var random = new Random(options.Seed);
        var n = collateralSymbols.Count;
        var crashed = Math.Max(0, collateralSymbols.ToList().IndexOf(options.CrashCollateral));
        var patient = BidderStrategy.Patient(random, 3);
        return options.Scenario switch
        {
            "crash" => new("crash", PricePath.Crash(options.Blocks, n, crashed, options.Drop), patient, options.BlockSeconds ?? 12, 0.7),
            "no-bidders" => new("no-bidders", PricePath.Crash(options.Blocks, n, crashed, options.Drop), [], options.BlockSeconds ?? 12, 0.7),
            "correlated" => new("correlated", PricePath.Correlated(options.Blocks, n, random, options.Correlation, options.Volatility, options.JumpProbability, options.JumpSize),
                patient, options.BlockSeconds ?? 12, 0.7),
            "black-thursday" => new("black-thursday", PricePath.BlackThursday(options.Blocks, n), [.. patient, BidderStrategy.ZeroPrice()], options.BlockSeconds ?? 12, 0.7),
            // Interest alone: prices flat, the pool near full utilization (rate on the steep slope), days per block (10: 300 days over the default 30 blocks, enough for interest to push the riskiest books under).
            "slow-bleed" => new("slow-bleed", PricePath.Flat(options.Blocks, n), patient, options.BlockSeconds ?? 10 * 86_400, 0.93),
            _ => throw new SimulationException($"unknown scenario '{options.Scenario}'"),
        };
    }
}
