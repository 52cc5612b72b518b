using KeeperSuite.Testing;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;
using Nethereum.RPC.Eth;
using Nethereum.RPC.Eth.Blocks;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>Reads through Nethereum's Web3 over the resilient client against a real hardhat node.</summary>
[Collection(SharedHardhatNode.Name)]
public sealed class ChainReadTests(HardhatNodeFixture node) : IDisposable
{
    // Hardhat answers an unknown method with -32004 "Method ... is not supported" (geth would say -32601).
    private const int HardhatMethodNotSupported = -32004;

    private readonly RpcTestHost _host = RpcTestHost.Create([node.Url]);
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(60));

    private Web3 Web3 => _host.Web3();

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose()
    {
        _host.Dispose();
        _testTimeout.Dispose();
    }

    [Fact]
    public async Task Chain_id_is_hardhats() => Assert.Equal(31337, (int)(await Web3.Eth.ChainId.SendRequestAsync()).Value);

    [Fact]
    public async Task Latest_block_header_has_number_hash_base_fee_and_timestamp()
    {
        var number = await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync();
        var block = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());

        Assert.NotNull(block);
        Assert.True(block.Number.Value >= number.Value);
        Assert.Matches("^0x[0-9a-f]{64}$", block.BlockHash);
        Assert.Matches("^0x[0-9a-f]{64}$", block.ParentHash);
        Assert.True(block.BaseFeePerGas.Value > 0);
        Assert.True(block.GasLimit.Value > 0);
        Assert.InRange(DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var byNumber = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(block.Number));
        Assert.Equal(block.BlockHash, byNumber.BlockHash);
    }

    [Fact]
    public async Task Genesis_is_block_zero_and_a_future_block_is_null()
    {
        Assert.Equal(0, (int)(await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateEarliest())).Number.Value);
        Assert.Null(await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(1_000_000_000)));
    }

    [Fact]
    public async Task Balance_code_and_pending_nonce_of_a_funded_account()
    {
        var account = HardhatNodeFixture.Account0Address;

        Assert.True((await Web3.Eth.GetBalance.SendRequestAsync(account)).Value > 0);
        Assert.Equal("0x", await Web3.Eth.GetCode.SendRequestAsync(account));
        var latest = await Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(account, BlockParameter.CreateLatest());
        var pending = await Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(account, BlockParameter.CreatePending());
        Assert.True(pending.Value >= latest.Value);
    }

    [Fact]
    public async Task Fee_history_gas_price_and_priority_fee_are_served()
    {
        var history = await Web3.Eth.FeeHistory.SendRequestAsync(new HexBigInteger(2), BlockParameter.CreateLatest(), [25m, 75m]);

        Assert.Equal(history.GasUsedRatio.Length + 1, history.BaseFeePerGas.Length);
        Assert.All(history.BaseFeePerGas, fee => Assert.True(fee.Value > 0));
        Assert.Equal(history.GasUsedRatio.Length, history.Reward.Length);
        Assert.All(history.Reward, row => Assert.Equal(2, row.Length));
        Assert.True((await Web3.Eth.GasPrice.SendRequestAsync()).Value > 0);
        Assert.True((await _host.Client.SendRequestAsync<HexBigInteger>(new RpcRequest(1, "eth_maxPriorityFeePerGas"))).Value > 0);
    }

    [Fact]
    public async Task A_nethereum_batch_is_answered_in_one_request_with_errors_kept_per_call()
    {
        var client = _host.Client;
        var chainId = new EthChainId(client).CreateBatchItem(1);
        var blockNumber = new EthBlockNumber(client).CreateBatchItem(2);
        var balance = new EthGetBalance(client).CreateBatchItem(HardhatNodeFixture.Account0Address, BlockParameter.CreateLatest(), 3);
        var badMethod = new RpcRequestResponseBatchItem<EthChainId, HexBigInteger>(new EthChainId(client), new RpcRequest(4, "eth_noSuchMethod"));
        var gasPrice = new EthGasPrice(client).CreateBatchItem(5);
        var batch = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        batch.BatchItems.AddRange([chainId, blockNumber, balance, badMethod, gasPrice]);

        await client.SendBatchRequestAsync(batch, Ct);

        Assert.Equal(31337, (int)chainId.Response.Value);
        Assert.True(blockNumber.Response.Value >= 0);
        Assert.True(balance.Response.Value > 0);
        Assert.True(gasPrice.Response.Value > 0);
        Assert.True(badMethod.HasError);
        Assert.Equal(HardhatMethodNotSupported, badMethod.RpcError.Code);
    }

    [Fact]
    public async Task A_hundred_eth_calls_go_as_one_batch_and_come_back_in_order()
    {
        // The identity precompile (0x…04) echoes its input, so each answer names the call it belongs to.
        var data = Enumerable.Range(0, 100).Select(i => $"0x{i:x64}").ToArray();
        var inputs = data.Select(d => new CallInput { To = "0x0000000000000000000000000000000000000004", Data = d }).ToArray();

        var results = await new Nethereum.RPC.Eth.Transactions.EthCall(_host.Client).SendBatchRequestAsync(inputs, BlockParameter.CreateLatest());

        Assert.Equal(data, results);
    }

    [Fact]
    public async Task A_json_rpc_error_from_the_real_node_is_nethereums_typed_exception()
    {
        var e = await Assert.ThrowsAsync<RpcResponseException>(() => _host.Client.SendRequestAsync<string>(new RpcRequest(1, "eth_noSuchMethod")));

        Assert.Equal(HardhatMethodNotSupported, e.RpcError.Code);
        Assert.Contains("eth_noSuchMethod", e.Message);
    }
}
