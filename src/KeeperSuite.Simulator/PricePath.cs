namespace KeeperSuite.Simulator;

/// <summary>
/// Price multipliers per block and collateral, relative to the deployed prices: <c>At(b)[c]</c> is collateral
/// <c>c</c>'s price at block <c>b</c> of the path (block 0 = 1.0 for all). Built once from the seed, so a run is reproducible.
/// </summary>
public sealed class PricePath(IReadOnlyList<double[]> steps)
{
    public int Blocks => steps.Count - 1;

    public double[] At(int block) => steps[Math.Clamp(block, 0, steps.Count - 1)];

    public static PricePath Flat(int blocks, int collaterals) =>
        new(Enumerable.Range(0, blocks + 1).Select(_ => Enumerable.Repeat(1.0, collaterals).ToArray()).ToList());

    /// <summary>One collateral drops by <paramref name="drop"/> in one block (block 3, or 1 on very short paths) and stays there.</summary>
    public static PricePath Crash(int blocks, int collaterals, int crashed, double drop)
    {
        var at = Math.Min(3, blocks / 2);
        return new(Enumerable.Range(0, blocks + 1).Select(b =>
            Enumerable.Range(0, collaterals).Select(c => c == crashed && b >= at ? 1 - drop : 1.0).ToArray()).ToList());
    }

    /// <summary>
    /// Correlated geometric random walks with common jumps: per block, each collateral's log return is
    /// σ·(ρ·Z + √(1−ρ²)·Zᵢ) − σ²/2, plus a jump J shared by all with probability p (a market-wide leg down).
    /// </summary>
    public static PricePath Correlated(int blocks, int collaterals, Random random, double rho, double sigma, double jumpProbability, double jump)
    {
        var steps = new List<double[]> { Enumerable.Repeat(1.0, collaterals).ToArray() };
        var idiosyncratic = Math.Sqrt(Math.Max(0, 1 - rho * rho));
        for (var b = 1; b <= blocks; b++)
        {
            var common = Gaussian(random);
            var jumps = random.NextDouble() < jumpProbability;
            var previous = steps[^1];
            steps.Add(Enumerable.Range(0, collaterals).Select(c =>
                previous[c] * Math.Exp(sigma * (rho * common + idiosyncratic * Gaussian(random)) - sigma * sigma / 2 + (jumps ? jump : 0))).ToArray());
        }
        return new(steps);
    }

    /// <summary>
    /// Black Thursday (12 March 2020), ETH/USD hourly closes normalised to the first hour: about −50% over the day,
    /// in two legs (the morning slide and the late-afternoon cascade) with small relief rallies. A stylised
    /// reconstruction of the public hourly chart (≈$194 → ≈$97 low), not exchange tick data. WBTC follows at 80% of
    /// ETH's move (BTC fell ≈40% that day), the gold token at 10%. The path is stretched over the run's blocks.
    /// </summary>
    public static readonly double[] BlackThursdayEth =
        [1.00, 0.99, 0.97, 0.95, 0.93, 0.90, 0.88, 0.85, 0.80, 0.76, 0.78, 0.75, 0.73, 0.74, 0.70, 0.66, 0.62, 0.58, 0.55, 0.52, 0.50, 0.53, 0.51, 0.52, 0.54];

    public static PricePath BlackThursday(int blocks, int collaterals)
    {
        var follow = new[] { 1.0, 0.8, 0.1 };
        return new(Enumerable.Range(0, blocks + 1).Select(b =>
        {
            var x = (double)b / blocks * (BlackThursdayEth.Length - 1);
            var i = Math.Min((int)x, BlackThursdayEth.Length - 2);
            var eth = BlackThursdayEth[i] + (BlackThursdayEth[i + 1] - BlackThursdayEth[i]) * (x - i);
            return Enumerable.Range(0, collaterals).Select(c => 1 - (1 - eth) * follow[Math.Min(c, follow.Length - 1)]).ToArray();
        }).ToList());
    }

    private static double Gaussian(Random random)
    {
        // Box–Muller: System.Random has no normal sampler.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
