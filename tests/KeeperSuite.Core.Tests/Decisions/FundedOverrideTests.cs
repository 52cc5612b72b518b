using KeeperSuite.Core.Liquidation;
using Nethereum.ABI;
using Nethereum.Hex.HexConvertors.Extensions;

namespace KeeperSuite.Core.Tests.Decisions;

/// <summary>The dry run's storage slots match Solidity's mapping layout, computed here by Nethereum's ABI encoder.</summary>
public sealed class FundedOverrideTests
{
    private const string Owner = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string Spender = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void A_balance_slot_is_keccak_of_the_padded_owner_and_the_mapping_slot(int slot)
    {
        var expected = new ABIEncode().GetSha3ABIEncoded(new ABIValue("address", Owner), new ABIValue("uint256", slot)).ToHex(true);
        Assert.Equal(expected, FundedOverride.BalanceSlot(Owner, slot));
    }

    [Fact]
    public void An_allowance_slot_nests_the_spender_over_the_owners_slot()
    {
        var inner = new ABIEncode().GetSha3ABIEncoded(new ABIValue("address", Owner), new ABIValue("uint256", 1));
        var expected = new ABIEncode().GetSha3ABIEncoded(new ABIValue("address", Spender), new ABIValue("bytes32", inner)).ToHex(true);
        Assert.Equal(expected, FundedOverride.AllowanceSlot(Owner, Spender, 1));
    }
}
