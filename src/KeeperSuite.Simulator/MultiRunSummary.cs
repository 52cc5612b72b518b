using System.Globalization;

namespace KeeperSuite.Simulator;

/// <summary>
/// The risk view over runs (report.json of a --runs, --sweep or merge): per metric its distribution, VaR and CVaR at
/// 95 % and 99 % with confidence intervals, bad debt per collateral, and for a sweep each metric per parameter value.
/// Built only from the runs (each keeps its seed and parameters), so any set of shards merges into the same summary.
/// </summary>
public sealed record MultiRunSummary(string Scenario, IReadOnlyList<MetricDistribution> Metrics, IReadOnlyList<SimulationReport> Runs)
{
    /// <summary>Runs whose figures are complete (failed runs are listed but kept out of the distributions).</summary>
    public int CompleteRuns => Runs.Count(r => r.Failure is null);

    public bool ChecksPassed => Runs.All(r => r.Succeeded);

    public string? SweepParameter { get; init; }

    public IReadOnlyList<SweepPoint> Sweep { get; init; } = [];

    public IReadOnlyList<MetricDistribution> BadDebtByCollateral { get; init; } = [];

    /// <summary>Mean wall-clock split of a run (seconds).</summary>
    public TimingSummary? MeanTimings { get; init; }

    public string Valuation { get; init; } = "";

    public static readonly (string Name, string Unit, Func<SimulationReport, decimal> Value)[] MetricDefinitions =
    [
        ("bad debt created", "debt-asset units", r => r.Deficits.Created),
        ("loss to LPs", "debt-asset units", r => r.Deficits.Lps),
        ("fund drawdown", "debt-asset units", r => r.Fund.Drawdown),
        ("auction shortfall", "debt-asset units", r => r.Deficits.AuctionShortfall),
        ("liquidated value", "debt-asset units", r => r.Liquidations.SeizedValue),
        // Oracle value − DEX value of the seized collateral (0 when a run had no DEX: its valuation line says so).
        ("slippage", "debt-asset units", r => r.Dex?.Slippage ?? 0),
    ];

    public static MultiRunSummary From(string scenario, IReadOnlyList<SimulationReport> runs)
    {
        var ordered = runs.OrderBy(RunKey, StringComparer.Ordinal).ToList();
        var complete = ordered.Where(r => r.Failure is null).ToList();
        var metrics = MetricDefinitions.Select(m => MetricDistribution.Of(m.Name, m.Unit, complete.Select(r => (double)m.Value(r)).ToList())).ToList();
        var sweepParameter = ordered.SelectMany(r => r.Parameters.Keys).Distinct().Where(k => ordered.Select(r => r.Parameters.GetValueOrDefault(k, double.NaN)).Distinct().Count() > 1)
            .OrderBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        var sweep = sweepParameter is null ? [] : complete.GroupBy(r => r.Parameters.GetValueOrDefault(sweepParameter, double.NaN)).OrderBy(g => g.Key)
            .Select(g => new SweepPoint(g.Key, g.Count(), MetricDefinitions.Select(m => MetricDistribution.Of(m.Name, m.Unit, g.Select(r => (double)m.Value(r)).ToList())).ToList()))
            .ToList();
        var collaterals = complete.SelectMany(r => r.Deficits.ByCollateral.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var byCollateral = collaterals.Select(c => MetricDistribution.Of("bad debt " + c, "debt-asset units",
            complete.Select(r => (double)r.Deficits.ByCollateral.GetValueOrDefault(c)).ToList())).ToList();
        var timed = complete.Where(r => r.Timings is not null).Select(r => r.Timings!).ToList();
        TimingSummary? mean = timed.Count == 0 ? null : new TimingSummary(Math.Round(timed.Average(t => t.SetupSeconds), 2), Math.Round(timed.Average(t => t.PathSeconds), 2),
            Math.Round(timed.Average(t => t.KeeperSeconds), 2), Math.Round(timed.Average(t => t.WriteOffSeconds), 2), Math.Round(timed.Average(t => t.ReportSeconds), 2))
        {
            SeedSeconds = Math.Round(timed.Average(t => t.SeedSeconds), 2),
        };
        return new MultiRunSummary(scenario, metrics, ordered)
        {
            SweepParameter = sweepParameter,
            Sweep = sweep,
            BadDebtByCollateral = byCollateral,
            MeanTimings = mean,
            Valuation = ordered.Any(r => r.Dex is not null) ? SimulationReport.DexValuationSummary : ordered.FirstOrDefault()?.Valuation ?? "",
        };
    }

    /// <summary>A run's folder name under runs/: its parameters and seed (unique within a batch, stable across shards).</summary>
    public static string RunKey(SimulationReport r) =>
        string.Concat(r.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}-{p.Value:0.######}-")))
        + "seed-" + r.Seed.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One value of a swept parameter and each metric's distribution over its runs.</summary>
public sealed record SweepPoint(double Value, int Runs, IReadOnlyList<MetricDistribution> Metrics);
