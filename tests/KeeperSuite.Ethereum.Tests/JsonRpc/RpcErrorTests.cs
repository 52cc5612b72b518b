using KeeperSuite.Ethereum.JsonRpc;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Revert data is found in each shape nodes use for error.data.</summary>
public sealed class RpcErrorTests
{
    private const string Revert = "0xe450d38c00";

    [Theory]
    [InlineData("\"0xE450D38C00\"")] // geth, Hardhat eth_call: the hex itself
    [InlineData("{\"message\":\"Error: reverted with custom error\",\"data\":\"0xe450d38c00\"}")] // Hardhat: nested object
    [InlineData("\"Reverted 0xe450d38c00\"")] // Nethermind
    public void Revert_data_is_read_from_every_known_shape(string dataJson) =>
        Assert.Equal(Revert, new RpcError(3, "execution reverted", dataJson).RevertDataHex);

    [Theory]
    [InlineData(null)]
    [InlineData("\"not hex\"")]
    [InlineData("\"0x123\"")]
    [InlineData("{\"message\":\"no data here\"}")]
    [InlineData("42")]
    public void Other_data_yields_no_revert_data(string? dataJson) =>
        Assert.Null(new RpcError(-32000, "something", dataJson).RevertDataHex);
}
