using System.Numerics;
using KeeperSuite.Ethereum.JsonRpc;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Request parameters are written in the exact JSON-RPC forms nodes expect.</summary>
public sealed class RequestEncodingTests
{
    private static readonly Address Token = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static readonly Address Other = Address.Parse("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");
    private const string Topic0 = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    private const string TopicA = "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private const string TopicB = "0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8";

    [Fact]
    public void Block_parameters_are_tags_or_minimal_hex_quantities_and_default_to_latest()
    {
        Assert.Equal("latest", default(BlockParameter).ToString());
        Assert.Equal("pending", BlockParameter.Pending.ToString());
        Assert.Equal("finalized", BlockParameter.Finalized.ToString());
        Assert.Equal("0x0", BlockParameter.FromNumber(0UL).ToString());
        Assert.Equal("0xff", BlockParameter.FromNumber(new BigInteger(255)).ToString());
    }

    [Fact]
    public void Log_filter_writes_single_values_plainly_null_positions_as_null_and_or_lists_as_arrays()
    {
        var filter = new LogFilter
        {
            FromBlock = BlockParameter.FromNumber(16UL),
            ToBlock = BlockParameter.Latest,
            Addresses = [Token, Other],
            Topics = [[Topic0], null, [TopicA, TopicB]],
        };

        Assert.Equal(
            $$"""{"fromBlock":"0x10","toBlock":"latest","address":["{{Token.ToLowerHex()}}","{{Other.ToLowerHex()}}"],"topics":["{{Topic0}}",null,["{{TopicA}}","{{TopicB}}"]]}""",
            filter.ToJson().ToJsonString());
        Assert.Equal($$"""{"address":"{{Token.ToLowerHex()}}"}""", new LogFilter { Addresses = [Token] }.ToJson().ToJsonString());
    }

    [Fact]
    public void Call_request_leaves_unset_members_out_and_sends_data_once()
    {
        var call = new CallRequest { To = Token, Data = new byte[] { 0x70, 0xa0, 0x82, 0x31 }, Value = 0 };

        Assert.Equal($$"""{"to":"{{Token.ToLowerHex()}}","value":"0x0","data":"0x70a08231"}""", call.ToJson().ToJsonString());
    }

    [Fact]
    public void Estimate_gas_sends_a_block_parameter_only_when_one_is_given()
    {
        Assert.Single(EthCalls.EstimateGas(new CallRequest { To = Token }).Request.Params);
        Assert.Equal(2, EthCalls.EstimateGas(new CallRequest { To = Token }, BlockParameter.Pending).Request.Params.Count);
    }
}
