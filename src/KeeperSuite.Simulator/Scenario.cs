namespace KeeperSuite.Simulator;

/// <summary>A scenario made concrete for one seed: the price path, who bids, the chain's pace and the book's shape.</summary>
public sealed record Scenario(
    string Name,
    PricePath Path,
    IReadOnlyList<BidderStrategy> Bidders,
    int BlockSeconds,
    double Utilization)
{
    /// <summary>Base fee forced onto congested blocks (wei); the keeper's fee cap is set below it for such scenarios.</summary>
    public static readonly System.Numerics.BigInteger CongestionBaseFee = System.Numerics.BigInteger.Pow(10, 9) * 150;

    /// <summary>The keeper's fee cap (gwei) in a congested scenario: below <see cref="CongestionBaseFee"/>, so its
    /// transactions wait out the congestion and are included late, as on 12 March 2020.</summary>
    public const decimal CongestedFeeCapGwei = 100m;

    /// <summary>Path steps whose block is congested (a base fee the keeper will not pay).</summary>
    public IReadOnlySet<int> CongestedSteps { get; init; } = new HashSet<int>();

    /// <summary>
    /// The simulated keeper's Keeper:Liquidation:Mode: --keeper-mode, else flash (its sales make the slippage real and
    /// the pools' depth shape the cascade; docs/simulate.md), except slow-bleed: at 93 % utilization the pool's cash,
    /// which bounds the FlashLiquidator's loan, is smaller than a liquidation's repayment, so a flash keeper could not
    /// liquidate at all there (a finding in itself, shown with --keeper-mode flash) and the scenario is about interest.
    /// </summary>
    public string KeeperMode { get; init; } = "flash";

    /// <summary>DEX depth of the pools for this run (whole debt-asset units per 2% of price impact); null: as deployed.</summary>
    public double? DexDepth { get; init; }

    /// <summary>
    /// thin-liquidity's pools: 150,000 debt-asset units move a price 2% (15 % of the deployed depth, the order of a
    /// mid-cap token's Uniswap pool). Thin enough that the default crash's seized WETH (about 340,000) cannot be sold in
    /// one block within the keeper's 3% slippage bound, so batches are halved and the rest deferred to later blocks;
    /// not so thin that the slippage of a halved batch eats the liquidation bonus: at 100,000 it does, and the keeper,
    /// which halves for the slippage bound but not for profit, stops liquidating (docs/simulate.md).
    /// </summary>
    public const double ThinDepth = 150_000;

    /// <summary>Seconds a drain block jumps while an auction is live and nobody takes: the Dutch price must fall.</summary>
    public const int AuctionJumpSeconds = 600;

    public static Scenario Build(SimulationOptions options, IReadOnlyList<string> collateralSymbols)
    {
        var random = new Random(options.Seed);
        var n = collateralSymbols.Count;
        var crashed = Math.Max(0, collateralSymbols.ToList().IndexOf(options.CrashCollateral));
        var patient = BidderStrategy.Patient(random, 3);
        var scenario = options.Scenario switch
        {
            "crash" => new("crash", PricePath.Crash(options.Blocks, n, crashed, options.Drop), patient, options.BlockSeconds ?? 12, 0.7),
            "no-bidders" => new("no-bidders", PricePath.Crash(options.Blocks, n, crashed, options.Drop), [], options.BlockSeconds ?? 12, 0.7),
            "correlated" => new("correlated", PricePath.Correlated(options.Blocks, n, random, options.Correlation, options.Volatility, options.JumpProbability, options.JumpSize),
                patient, options.BlockSeconds ?? 12, 0.7),
            "black-thursday" => BlackThursday(options, n, patient),
            // Interest alone: prices flat, the pool near full utilization (rate on the steep slope), days per block (10: 300 days over the default 30 blocks, enough for interest to push the riskiest books under).
            "slow-bleed" => new("slow-bleed", PricePath.Flat(options.Blocks, n), patient, options.BlockSeconds ?? 10 * 86_400, 0.93),
            // The default crash on pools a tenth as deep: the cascade has to sell into thin liquidity.
            "thin-liquidity" => new("thin-liquidity", PricePath.Crash(options.Blocks, n, crashed, options.Drop), patient, options.BlockSeconds ?? 12, 0.7) { DexDepth = ThinDepth },
            _ => throw new SimulationException($"unknown scenario '{options.Scenario}'"),
        };
        if (scenario.Name == "slow-bleed")
            scenario = scenario with { KeeperMode = "inventory" };
        if (options.KeeperMode is { } mode)
            scenario = scenario with { KeeperMode = mode };
        return options.DexDepth is { } depth ? scenario with { DexDepth = depth } : scenario;
    }

    /// <summary>
    /// Black Thursday: the ETH path, a zero-price bidder, and congestion — every block where ETH falls by more than
    /// 3% and the three after it carry a base fee above the keeper's cap, so its liquidations land late.
    /// </summary>
    private static Scenario BlackThursday(SimulationOptions options, int collaterals, IReadOnlyList<BidderStrategy> patient)
    {
        var path = PricePath.BlackThursday(options.Blocks, collaterals);
        var congested = new HashSet<int>();
        for (var step = 1; step <= path.Blocks; step++)
        {
            if (path.At(step)[0] < path.At(step - 1)[0] * 0.97)
                for (var k = step; k <= Math.Min(path.Blocks, step + 3); k++)
                    congested.Add(k);
        }
        return new("black-thursday", path, [.. patient, BidderStrategy.ZeroPrice()], options.BlockSeconds ?? 12, 0.7) { CongestedSteps = congested };
    }
}
