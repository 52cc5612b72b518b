namespace KeeperSuite.Simulator;

/// <summary>
/// Tail risk of one metric over runs (larger = worse). VaR at level p is the p-quantile (type 7); CVaR (expected
/// shortfall) is the mean of the runs at or beyond it. Each comes with a 95 % confidence interval: for VaR the
/// distribution-free order-statistic interval (binomial ranks, normal approximation), for CVaR a percentile bootstrap
/// (1,000 resamples, fixed seed). When the sample cannot bound the quantile from above (fewer than about 3/(1−p) runs
/// past it) the interval is open and <see cref="TailEstimate.TooFewRuns"/> says how many runs would be needed.
/// </summary>
public static class RiskStatistics
{
    private const double Z95 = 1.959963984540054;
    private const int BootstrapResamples = 1000;

    public static TailEstimate Tail(IReadOnlyList<double> values, double level)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        // Enough runs that the upper rank fits: n p + z √(n p (1−p)) + 1 <= n.
        var needed = Enumerable.Range(1, 1_000_000).First(m => m * level + Z95 * Math.Sqrt(m * level * (1 - level)) + 1 <= m);
        if (n == 0)
            return new TailEstimate(level, 0, 0, null, null, 0, null, null, 0, true, needed);
        var var = Stats.Percentile(sorted, level);
        var tail = sorted.Where(v => v >= var).ToArray();
        var cvar = tail.Length == 0 ? var : tail.Average();

        // Ranks l < u (1-based) with P(X(l) <= q_p <= X(u)) >= 95 %.
        var sd = Math.Sqrt(n * level * (1 - level));
        var lowRank = (int)Math.Floor(n * level - Z95 * sd);
        var highRank = (int)Math.Ceiling(n * level + Z95 * sd) + 1;
        double? varLow = lowRank >= 1 ? sorted[lowRank - 1] : null;
        double? varHigh = highRank <= n ? sorted[highRank - 1] : null;
        var tooFew = varHigh is null || varLow is null;

        double? cvarLow = null, cvarHigh = null;
        if (!tooFew)
        {
            var random = new Random(20_260_312);
            var estimates = new double[BootstrapResamples];
            var sample = new double[n];
            for (var b = 0; b < BootstrapResamples; b++)
            {
                for (var i = 0; i < n; i++)
                    sample[i] = sorted[random.Next(n)];
                Array.Sort(sample);
                var q = Stats.Percentile(sample, level);
                var (sum, count) = (0.0, 0);
                foreach (var v in sample)
                    if (v >= q)
                        (sum, count) = (sum + v, count + 1);
                estimates[b] = count == 0 ? q : sum / count;
            }
            cvarLow = Stats.Percentile(estimates, 0.025);
            cvarHigh = Stats.Percentile(estimates, 0.975);
        }
        return new TailEstimate(level, var, n, varLow, varHigh, cvar, cvarLow, cvarHigh, tail.Length, tooFew, needed);
    }
}

/// <summary>VaR and CVaR at one level with their 95 % intervals (null bound: the sample cannot give it).</summary>
public sealed record TailEstimate(
    double Level,
    double VaR,
    int Runs,
    double? VaRLow,
    double? VaRHigh,
    double CVaR,
    double? CVaRLow,
    double? CVaRHigh,
    int TailRuns,
    bool TooFewRuns,
    int RunsNeeded);

/// <summary>One metric over runs: its values (per run, in run order), summary quantiles, tails and a histogram.</summary>
public sealed record MetricDistribution(string Name, string Unit, IReadOnlyList<double> Values, double Mean, double Median, double P95, TailEstimate Tail95, TailEstimate Tail99)
{
    public static MetricDistribution Of(string name, string unit, IReadOnlyList<double> values) =>
        new(name, unit, values, values.Count == 0 ? 0 : values.Average(), Stats.Percentile(values, 0.5), Stats.Percentile(values, 0.95),
            RiskStatistics.Tail(values, 0.95), RiskStatistics.Tail(values, 0.99));
}
