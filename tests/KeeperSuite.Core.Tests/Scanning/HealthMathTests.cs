using System.Numerics;
using KeeperSuite.Core.Scanning;

namespace KeeperSuite.Core.Tests.Scanning;

public class HealthMathTests
{
    private static readonly BigInteger Ray = BigInteger.Pow(10, 27);

    [Fact]
    public void The_fast_path_equals_the_exact_formula_for_random_positions_of_every_size()
    {
        var random = new Random(17);
        var fast = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var collateral = RandomUInt128(random);
            var scaled = RandomUInt128(random);
            var index = Ray + RandomBig(random, random.Next(0, 95));
            var price = RandomBig(random, random.Next(0, 130));
            var threshold = (ulong)random.NextInt64(0, long.MaxValue) % 1_000_000_000_000_000_000UL;
            var exponent = random.Next(0, 37); // decimals 0..24 with debt decimals 6..18
            var terms = new HealthTerms(index, price, threshold, exponent);
            var expected = HealthMath.Exact(collateral, scaled, index, price, threshold, exponent);
            if (HealthMath.TryFast(collateral, scaled, terms, out var hf, out var infinite))
            {
                fast++;
                Assert.Equal(expected, infinite ? HealthMath.MaxUint256 : (BigInteger)hf);
            }
            Assert.Equal(expected, HealthMath.HealthFactor(collateral, scaled, terms));
        }
        Assert.True(fast > 50_000, $"only {fast} of 200000 took the fast path");
    }

    [Theory]
    [InlineData(18)] // WETH
    [InlineData(8)] // WBTC
    [InlineData(6)] // XAU6
    public void Realistic_positions_take_the_fast_path_and_round_like_the_market(int decimals)
    {
        var random = new Random(decimals);
        for (var n = 0; n < 20_000; n++)
        {
            // Up to 10 million whole tokens at up to ~1.2 million debt-asset units each; up to 10^9 whole units of 6-decimal debt.
            var collateral = (UInt128)(RandomBig(random, 128) % BigInteger.Pow(10, decimals + 7));
            var scaled = (UInt128)random.NextInt64(0, 1_000_000_000_000_000L);
            var index = Ray + RandomBig(random, 88);
            var price = RandomBig(random, 80);
            var terms = new HealthTerms(index, price, 850_000_000_000_000_000UL, decimals + 18 - 6);
            Assert.True(HealthMath.TryFast(collateral, scaled, terms, out var hf, out var infinite));
            Assert.Equal(HealthMath.Exact(collateral, scaled, index, price, terms.Threshold, terms.ScaleExponent), infinite ? HealthMath.MaxUint256 : (BigInteger)hf);
        }
    }

    [Fact]
    public void Debt_rounds_up_and_value_rounds_down_as_in_WadRayMath()
    {
        // scaled 2 at an index just above RAY: the debt is ⌈2 + 2/RAY⌉ = 3 (not 2), so 3 units of value give hf 1, not 1.5.
        var terms = new HealthTerms(Ray + 1, BigInteger.Pow(10, 18), 1_000_000_000_000_000_000UL, 18);
        Assert.Equal(BigInteger.Pow(10, 18), HealthMath.HealthFactor(3, 2, terms));
        Assert.Equal(HealthMath.MaxUint256, HealthMath.HealthFactor(5, 0, terms));
        // value ⌊1 × 1 / 10^18⌋ = 0: hf 0.
        var tiny = new HealthTerms(Ray, 1, 1_000_000_000_000_000_000UL, 18);
        Assert.Equal(BigInteger.Zero, HealthMath.HealthFactor(1, 1, tiny));
    }

    private static UInt128 RandomUInt128(Random random) => (UInt128)RandomBig(random, random.Next(0, 129));

    private static BigInteger RandomBig(Random random, int bits)
    {
        if (bits == 0)
            return BigInteger.Zero;
        var bytes = new byte[bits / 8 + 2];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        var value = new BigInteger(bytes);
        return value & ((BigInteger.One << bits) - 1);
    }
}
