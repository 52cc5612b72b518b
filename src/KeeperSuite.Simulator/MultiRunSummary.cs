namespace KeeperSuite.Simulator;

/// <summary>A distribution over seeds (Gauntlet-style VaR/LaR at the 95th percentile).</summary>
public sealed record MultiRunSummary(string Scenario, IReadOnlyList<MetricDistribution> Metrics, IReadOnlyList<SimulationReport> Runs)
{
    public bool ChecksPassed => Runs.All(r => r.ChecksPassed);

    public static MultiRunSummary From(string scenario, IReadOnlyList<SimulationReport> runs)
    {
        MetricDistribution M(string name, Func<SimulationReport, decimal> f)
        {
            var values = runs.Select(r => (double)f(r)).ToList();
            return new(name, Stats.Percentile(values, 0.5), Stats.Percentile(values, 0.95));
        }
        return new(scenario,
        [
            M("bad debt created (VaR)", r => r.Deficits.Created),
            M("liquidated value (LaR)", r => r.Liquidations.SeizedValue),
            M("insurance-fund drawdown", r => r.Fund.Drawdown),
            M("LP loss per share", r => r.Lp.LossPerShare),
            M("LP haircut (fraction of share price)", r => r.Lp.HaircutFraction),
        ], runs);
    }
}

public sealed record MetricDistribution(string Name, double Median, double P95);
