using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Testing;
using Nethereum.ABI;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>
/// Our custom errors reach callers as typed DTOs through the resilient client: it keeps <c>error.data</c> in each shape
/// nodes use, so Nethereum raises <see cref="SmartContractCustomErrorRevertException"/>.
/// </summary>
public sealed class CustomErrorRevertTests
{
    private const string Market = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private static readonly BigInteger HealthFactor = BigInteger.Parse("1250000000000000000", System.Globalization.CultureInfo.InvariantCulture);

    private static string ErrorData(string signature, params (string Type, object Value)[] args) =>
        Sha3Keccack.Current.CalculateHash(System.Text.Encoding.ASCII.GetBytes(signature))[..4].ToHex(prefix: true)
        + new ABIEncode().GetABIEncoded(args.Select(a => new ABIValue(a.Type, a.Value)).ToArray()).ToHex();

    public static TheoryData<string> DataShapes()
    {
        var data = ErrorData("PositionHealthy(uint256)", ("uint256", HealthFactor));
        return new TheoryData<string>
        {
            $"\"{data}\"", // geth, and Hardhat for some calls: the hex itself
            $$"""{"message":"Error: VM Exception while processing transaction: reverted with custom error","data":"{{data}}"}""", // Hardhat
        };
    }

    [Theory]
    [MemberData(nameof(DataShapes))]
    public async Task A_custom_error_from_eth_call_is_caught_by_type_and_decoded(string dataJson)
    {
        using var node = Always(request => Error(request, -32603, "execution reverted", dataJson));
        using var host = RpcTestHost.Create([node.Url]);
        var liquidate = new LiquidateFunction { CollateralId = 1, Owner = HardhatNodeFixture.Account1Address, MaxRepay = 1_000_000 };

        var e = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            host.Web3().Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(liquidate, Market));

        Assert.True(e.IsCustomErrorFor<PositionHealthyError>());
        Assert.False(e.IsCustomErrorFor<MaxRepayTooLowError>());
        Assert.Equal(HealthFactor, e.DecodeError<PositionHealthyError>().HealthFactor);
    }

    [Fact]
    public async Task A_custom_error_from_gas_estimation_is_typed_too()
    {
        var data = ErrorData("StepDue(uint8)", ("uint8", (byte)1));
        using var node = Always(request => Error(request, 3, "execution reverted", $"\"{data}\""));
        using var host = RpcTestHost.Create([node.Url]);

        var e = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            host.Web3().Eth.GetContractTransactionHandler<SocializeFunction>().EstimateGasAsync(Market, new SocializeFunction()));

        Assert.Equal((byte)1, e.DecodeError<StepDueError>().Due);
    }
}
