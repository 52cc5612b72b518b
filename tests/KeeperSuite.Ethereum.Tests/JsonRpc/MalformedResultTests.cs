using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth;
using Nethereum.RPC.Eth.Blocks;
using Nethereum.RPC.Eth.DTOs;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>
/// Answers that are valid JSON-RPC but unusable (found by the keeper's RPC answer fuzz, RELIABILITY.md): a result of
/// the wrong shape used to escape as a plain <see cref="Exception"/> from Nethereum's converter, or came back as a
/// null or lazily unconvertible quantity that failed later in the caller.
/// </summary>
public sealed class MalformedResultTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("\"0xZZ\"")]
    [InlineData("[1,2]")]
    public async Task A_quantity_that_does_not_convert_is_a_malformed_result(string result)
    {
        using var server = Always(request => Result(request, result));
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"));

        var e = await Assert.ThrowsAsync<RpcResultFormatException>(() => host.Web3().Eth.Blocks.GetBlockNumber.SendRequestAsync());

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
    }

    [Fact]
    public async Task A_block_that_is_not_an_object_is_a_malformed_result()
    {
        using var server = Always(request => Result(request, "\"0x1\""));
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"));

        await Assert.ThrowsAsync<RpcResultFormatException>(
            () => host.Web3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()));
    }

    [Fact]
    public async Task A_batch_item_that_does_not_convert_becomes_that_items_error_and_the_rest_is_kept()
    {
        // First item (chain id) gets an object, second (block number) a good quantity.
        using var server = Always(batch => new Reply(200,
            "[{\"jsonrpc\":\"2.0\",\"id\":" + batch[0].GetProperty("id").GetRawText() + ",\"result\":{\"no\":1}},"
            + "{\"jsonrpc\":\"2.0\",\"id\":" + batch[1].GetProperty("id").GetRawText() + ",\"result\":\"0x20\"}]"));
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"));
        var chainId = new EthChainId(host.Client).CreateBatchItem(1);
        var blockNumber = new EthBlockNumber(host.Client).CreateBatchItem(2);
        var batch = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        batch.BatchItems.AddRange([chainId, blockNumber]);

        await host.Client.SendBatchRequestAsync(batch, CancellationToken.None);

        Assert.True(chainId.HasError);
        Assert.False(blockNumber.HasError);
        Assert.Equal(0x20, (int)blockNumber.Response.Value);
    }
}
