using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Keeper.Chain;
using Nethereum.Contracts;

namespace KeeperSuite.Keeper.Tests.Fuzz;

/// <summary>
/// RPC answer fuzz, seed 424242 case 8505 (1,000,000-case run): a healthFactors answer whose first array claimed
/// 0x40144f08 (~10^9) elements in a few hundred bytes kept Nethereum's decoder busy past the 5 s case limit.
/// </summary>
public sealed class AbiOutputBoundsTests
{
    private static string Words(params long[] words) => "0x" + string.Concat(words.Select(w => w.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Arrays_that_fit_their_answer_pass()
    {
        // (uint256[] [7], bool[] [1], bool[] [0]): offsets 0x60, 0xa0, 0xe0.
        var valid = Words(0x60, 0xa0, 0xe0, 1, 7, 1, 1, 1, 0);
        Assert.True(AbiOutputBounds.ArraysFit<HealthFactorsOutputDTO>(valid));
        Assert.Equal(7, (int)new HealthFactorsOutputDTO().DecodeOutput(valid).Hfs[0]);
    }

    [Theory]
    [InlineData(0x40144f08L, 0xa0L)] // the fuzz case: a huge length
    [InlineData(1L, 0x10000L)]       // an offset past the end
    public void An_array_longer_than_its_answer_is_refused_before_decoding(long firstLength, long secondOffset)
    {
        var broken = Words(0x60, secondOffset, 0xe0, firstLength, 7, 1, 1, 1, 0);
        Assert.False(AbiOutputBounds.ArraysFit<HealthFactorsOutputDTO>(broken));
    }
}
