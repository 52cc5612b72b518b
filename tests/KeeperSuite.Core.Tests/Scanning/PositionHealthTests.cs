using System.Numerics;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Scanning;

namespace KeeperSuite.Core.Tests.Scanning;

/// <summary>A position's health keeps any uint256 health factor exactly, whichever way it was made.</summary>
public sealed class PositionHealthTests
{
    private static readonly PositionKey Key = PositionKey.Of(1, "0x00000000000000000000000000000000000000aa");

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1020000000000000000")]
    [InlineData("340282366920938463463374607431768211455")] // 2^128 − 1
    [InlineData("340282366920938463463374607431768211456")] // 2^128
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935")] // max uint256 (no debt)
    public void Every_health_factor_reads_back_as_given_and_compares_by_value(string text)
    {
        var hf = BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var health = new PositionHealth(Key, hf, true, true, true);
        Assert.Equal(hf, health.HealthFactor);
        Assert.Equal(new PositionHealth(Key, BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture), true, true, true), health);
        if (hf <= UInt128.MaxValue)
            Assert.Equal(new PositionHealth(Key, (UInt128)hf, true, true, true), health);
        Assert.NotEqual(new PositionHealth(Key, hf + 1, true, true, true), health);
        Assert.NotEqual(new PositionHealth(Key, hf, false, true, true), health);
    }
}
