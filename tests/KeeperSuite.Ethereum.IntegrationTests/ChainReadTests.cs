using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>Reads against a real hardhat node.</summary>
[Collection(SharedHardhatNode.Name)]
public sealed class ChainReadTests(HardhatNodeFixture node) : IDisposable
{
    // Hardhat answers an unknown method with -32004 "Method ... is not supported" (geth would say -32601).
    private const long HardhatMethodNotSupported = -32004;

    private readonly RpcTestHost _host = RpcTestHost.Create([node.Url]);
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(60));

    private EthJsonRpcClient Client => _host.Client;

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose()
    {
        _host.Dispose();
        _testTimeout.Dispose();
    }

    [Fact]
    public async Task Chain_id_is_hardhats() => Assert.Equal(31337UL, await Client.ChainIdAsync(Ct));

    [Fact]
    public async Task Latest_block_header_has_number_hash_base_fee_and_timestamp()
    {
        var number = await Client.BlockNumberAsync(Ct);
        var block = await Client.GetBlockByNumberAsync(BlockParameter.Latest, Ct);

        Assert.NotNull(block);
        Assert.True(block.Number >= number);
        Assert.Matches("^0x[0-9a-f]{64}$", block.Hash);
        Assert.Matches("^0x[0-9a-f]{64}$", block.ParentHash);
        Assert.True(block.BaseFeePerGas > 0);
        Assert.True(block.GasLimit > 0);
        Assert.InRange(block.Time, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var byNumber = await Client.GetBlockByNumberAsync(BlockParameter.FromNumber(block.Number), Ct);
        Assert.Equal(block.Hash, byNumber!.Hash);
    }

    [Fact]
    public async Task Genesis_is_block_zero_and_a_future_block_is_null()
    {
        Assert.Equal(0UL, (await Client.GetBlockByNumberAsync(BlockParameter.Earliest, Ct))!.Number);
        Assert.Null(await Client.GetBlockByNumberAsync(BlockParameter.FromNumber(1_000_000_000UL), Ct));
    }

    [Fact]
    public async Task Balance_code_and_pending_nonce_of_a_funded_account()
    {
        var account = HardhatNodeFixture.Account0Address;

        Assert.True(await Client.GetBalanceAsync(account, null, Ct) > 0);
        Assert.Empty(await Client.GetCodeAsync(account, null, Ct));
        var latest = await Client.GetTransactionCountAsync(account, BlockParameter.Latest, Ct);
        var pending = await Client.GetTransactionCountAsync(account, BlockParameter.Pending, Ct);
        Assert.True(pending >= latest);
    }

    [Fact]
    public async Task Fee_history_gas_price_and_priority_fee_are_served()
    {
        var history = await Client.FeeHistoryAsync(2, BlockParameter.Latest, [25.0, 75.0], Ct);

        Assert.Equal(history.GasUsedRatio.Count + 1, history.BaseFeePerGas.Count);
        Assert.All(history.BaseFeePerGas, fee => Assert.True(fee > 0));
        Assert.Equal(history.GasUsedRatio.Count, history.Reward.Count);
        Assert.All(history.Reward, row => Assert.Equal(2, row.Count));
        Assert.True(await Client.GasPriceAsync(Ct) > 0);
        Assert.True(await Client.MaxPriorityFeePerGasAsync(Ct) > 0);
    }

    [Fact]
    public async Task A_batch_of_several_calls_is_answered_in_one_request_with_errors_kept_per_call()
    {
        var batch = Client.CreateBatch();
        var chainId = batch.Add(EthCalls.ChainId());
        var blockNumber = batch.Add(EthCalls.BlockNumber());
        var balance = batch.Add(EthCalls.GetBalance(HardhatNodeFixture.Account0Address));
        var genesis = batch.Add(EthCalls.GetBlockByNumber(BlockParameter.Earliest));
        var badMethod = batch.Add(new RpcCall<string>(new RpcRequest("eth_noSuchMethod"), r => r.GetRawText()));
        var gasPrice = batch.Add(EthCalls.GasPrice());

        await batch.ExecuteAsync(Ct);

        Assert.Equal(31337UL, chainId.Result);
        Assert.True(blockNumber.Result >= 0);
        Assert.True(balance.Result > 0);
        Assert.Equal(0UL, genesis.Result!.Number);
        Assert.True(gasPrice.Result > 0);
        Assert.False(badMethod.Succeeded);
        var error = Assert.Throws<RpcErrorException>(() => badMethod.Result);
        Assert.Equal(HardhatMethodNotSupported, error.Code);
    }

    [Fact]
    public async Task A_json_rpc_error_from_the_real_node_is_typed()
    {
        var e = await Assert.ThrowsAsync<RpcErrorException>(() =>
            Client.SendAsync(new RpcCall<string>(new RpcRequest("eth_noSuchMethod"), r => r.GetRawText()), Ct));

        Assert.Equal(HardhatMethodNotSupported, e.Code);
        Assert.Contains("eth_noSuchMethod", e.Message);
    }
}
