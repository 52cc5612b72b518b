namespace KeeperSuite.Simulator;

/// <summary>What <c>keeper simulate</c> was asked to run (docs/simulate.md). Defaults finish in about a minute on 2 cores.</summary>
public sealed record SimulationOptions
{
    public string Scenario { get; init; } = "crash";
    public int Seed { get; init; } = 1;
    public int Positions { get; init; } = 60;
    public int Lps { get; init; } = 5;
    /// <summary>Blocks of the price path; the run then continues until every deficit is closed.</summary>
    public int Blocks { get; init; } = 30;
    public int Runs { get; init; } = 1;
    public string Output { get; init; } = "simulation-report";
    /// <summary>Chain seconds per block (evm_increaseTime); slow-bleed uses days.</summary>
    public int? BlockSeconds { get; init; }
    /// <summary>crash / no-bidders: the drop of the crashed collateral, as a fraction.</summary>
    public double Drop { get; init; } = 0.40;
    public string CrashCollateral { get; init; } = "WETH";
    /// <summary>correlated: pairwise correlation of the collaterals' per-block log returns.</summary>
    public double Correlation { get; init; } = 0.7;
    /// <summary>correlated: per-block volatility (standard deviation of the log return).</summary>
    public double Volatility { get; init; } = 0.03;
    /// <summary>correlated: per-block probability of a common jump.</summary>
    public double JumpProbability { get; init; } = 0.05;
    /// <summary>correlated: a jump's log-return (negative: a crash leg).</summary>
    public double JumpSize { get; init; } = -0.15;
    /// <summary>Insurance-fund deposit in whole debt-asset units; null: 1% of the debt.</summary>
    public long? Fund { get; init; }
    /// <summary>Most blocks after the path to wait for the waterfall to close every deficit.</summary>
    public int MaxDrainBlocks { get; init; } = 400;
    /// <summary>
    /// How the simulated keeper finds the debt asset (Keeper:Liquidation:Mode): flash (it borrows, liquidates and sells the
    /// seized collateral into the DEX in one transaction, so every liquidation's slippage is a real sale), inventory
    /// (repays from its balance and keeps the collateral, valued at the DEX's quote) or auto; null: the scenario's
    /// default (<see cref="KeeperSuite.Simulator.Scenario.KeeperMode"/>: flash, except slow-bleed).
    /// </summary>
    public string? KeeperMode { get; init; }
    /// <summary>The DEX pools' depth (whole debt-asset units a sale must be worth to move the price 2%); null: as deployed
    /// (1,000,000), or the thin-liquidity scenario's <see cref="KeeperSuite.Simulator.Scenario.ThinDepth"/>. Only thinner than deployed.</summary>
    public double? DexDepth { get; init; }
    /// <summary>On-chain parameters set after seeding (<see cref="RiskParameters"/>): name → value.</summary>
    public IReadOnlyDictionary<string, double> Overrides { get; init; } = new Dictionary<string, double>();

    public static readonly string[] ScenarioNames = ["crash", "no-bidders", "correlated", "black-thursday", "slow-bleed", "thin-liquidity"];

    public static readonly string[] KeeperModes = ["flash", "inventory", "auto"];

    public IEnumerable<string> Validate()
    {
        if (!ScenarioNames.Contains(Scenario))
            yield return $"--scenario must be one of {string.Join(", ", ScenarioNames)}";
        if (Positions is < 3 or > 5000)
            yield return "--positions must be between 3 and 5000";
        if (Lps is < 1 or > 500)
            yield return "--lps must be between 1 and 500";
        if (Blocks is < 2 or > 10_000)
            yield return "--blocks must be between 2 and 10000";
        if (Runs is < 1 or > 1000)
            yield return "--runs must be between 1 and 1000";
        if (Drop is <= 0 or >= 1)
            yield return "--drop must be between 0 and 1 (0.4 = -40%)";
        if (Correlation is < -0.5 or > 1)
            yield return "--correlation must be between -0.5 and 1";
        if (Volatility is < 0 or > 0.5)
            yield return "--volatility must be between 0 and 0.5";
        if (JumpProbability is < 0 or > 1)
            yield return "--jump-probability must be between 0 and 1";
        if (KeeperMode is not null && !KeeperModes.Contains(KeeperMode))
            yield return $"--keeper-mode must be one of {string.Join(", ", KeeperModes)}";
        if (DexDepth is { } depth && !(depth > 0))
            yield return "--dex-depth must be positive (whole debt-asset units that move a pool's price 2%)";
        if (BlockSeconds is < 1)
            yield return "--block-seconds must be at least 1";
    }
}
