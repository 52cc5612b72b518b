using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;
using Nethereum.RPC.Eth;
using Nethereum.RPC.Eth.Blocks;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Nethereum batches through the resilient client: answers matched by id; anything that does not pair one-to-one is a typed failure.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose() => _testTimeout.Dispose();

    [Fact]
    public async Task Answers_in_any_order_are_matched_to_their_calls_by_id_and_errors_stay_per_call()
    {
        using var server = Always(batch => new Reply(200, new JsonArray(batch.EnumerateArray().Reverse().Select(Answer).ToArray()).ToJsonString()));
        using var host = RpcTestHost.Create([server.Url]);
        var client = host.Client;
        // Nethereum's request builders happily reuse ids (here: all 1); pairing must not depend on them.
        var chainId = new EthChainId(client).CreateBatchItem(1);
        var blockNumber = new EthBlockNumber(client).CreateBatchItem(1);
        var reverted = new EthCall(client).CreateBatchItem(new CallInput { To = HardhatNodeFixture.Account1Address, Data = "0x" }, BlockParameter.CreateLatest(), 1);
        var gasPrice = new EthGasPrice(client).CreateBatchItem(1);
        var batch = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        batch.BatchItems.AddRange([chainId, blockNumber, reverted, gasPrice]);

        await client.SendBatchRequestAsync(batch, Ct);

        Assert.Equal(1, server.TotalHits);
        Assert.Equal(0x7a69, (int)chainId.Response.Value);
        Assert.Equal(0x20, (int)blockNumber.Response.Value);
        Assert.Equal(1_000_000_000, (long)gasPrice.Response.Value);
        Assert.True(reverted.HasError);
        Assert.Equal(3, reverted.RpcError.Code);
        Assert.Equal("0xdead", reverted.RpcError.GetDataAsString());
    }

    [Fact]
    public async Task A_batch_with_a_failed_item_raises_nethereums_batch_exception_unless_partial_success_is_accepted()
    {
        using var server = Always(batch => new Reply(200, new JsonArray(batch.EnumerateArray().Select(Answer).ToArray()).ToJsonString()));
        using var host = RpcTestHost.Create([server.Url]);

        var e = await Assert.ThrowsAsync<RpcResponseBatchException>(() =>
            new EthCall(host.Client).SendBatchRequestAsync(new CallInput { To = HardhatNodeFixture.Account1Address, Data = "0x" }));

        Assert.Equal(3, Assert.Single(e.RpcErrors).Code);
    }

    [Theory]
    [InlineData("drop", "missing ids")]
    [InlineData("duplicate", "duplicate ids")]
    [InlineData("wrong", "unknown ids [424242]")]
    [InlineData("noid", "unknown ids [null]")]
    [InlineData("object", "is not a JSON array")]
    public async Task An_answer_that_does_not_pair_with_the_requests_is_a_batch_mismatch(string fault, string expected)
    {
        using var server = Always(batch =>
        {
            var answers = batch.EnumerateArray().Select(Answer).ToList();
            switch (fault)
            {
                case "drop": answers.RemoveAt(1); break;
                case "duplicate": answers[1] = answers[0]!.DeepClone(); break;
                case "wrong": answers[1]!["id"] = 424242; break;
                case "noid": answers[1]!.AsObject().Remove("id"); break;
                case "object": return new Reply(200, answers[0]!.ToJsonString());
            }
            return new Reply(200, new JsonArray(answers.ToArray()).ToJsonString());
        });
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"));

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.SendBatchAsync(
            [new RpcRequestMessage(1, "eth_chainId"), new RpcRequestMessage(2, "eth_blockNumber"), new RpcRequestMessage(3, "eth_gasPrice")], Ct));

        var mismatch = Assert.IsType<RpcBatchMismatchException>(Assert.Single(e.Failures));
        Assert.Contains(expected, mismatch.Message);
        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
    }

    [Fact]
    public async Task A_batch_goes_through_the_same_failover_as_single_calls()
    {
        using var broken = Always(_ => new Reply(502, "bad gateway"));
        using var healthy = Always(batch => new Reply(200, new JsonArray(batch.EnumerateArray().Select(Answer).ToArray()).ToJsonString()));
        using var host = RpcTestHost.Create([broken.Url, healthy.Url], ("RetryCount", "1"), ("BackoffBase", "00:00:00.010"));

        var answers = await host.Client.SendBatchAsync([new RpcRequestMessage("a", "eth_chainId"), new RpcRequestMessage("b", "eth_gasPrice")], Ct);

        Assert.Equal(["a", "b"], answers.Select(a => a.Id));
        Assert.Equal(0x7a69, (int)answers[0].GetResult<HexBigInteger>().Value);
        Assert.Equal(2, broken.TotalHits);
    }

    [Fact]
    public async Task A_whole_batch_rejected_with_one_error_object_is_the_node_speaking()
    {
        using var server = Always(_ => new Reply(200, """{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}"""));
        using var spare = Always(_ => new Reply(500, "never asked"));
        using var host = RpcTestHost.Create([server.Url, spare.Url]);

        var e = await Assert.ThrowsAsync<RpcResponseException>(() => host.Client.SendBatchAsync([new RpcRequestMessage(1, "eth_chainId")], Ct));

        Assert.Equal(-32600, e.RpcError.Code);
        Assert.Equal(0, spare.TotalHits);
    }

    [Fact]
    public async Task A_raw_transaction_is_never_batched_because_a_batch_is_retried_as_a_whole()
    {
        using var host = RpcTestHost.Create([new Uri("http://127.0.0.1:1/")]);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Client.SendBatchAsync([new RpcRequestMessage(1, "eth_sendRawTransaction", "0x01")], Ct));
    }

    private static JsonNode? Answer(JsonElement request)
    {
        var id = request.GetProperty("id").GetInt64();
        return request.GetProperty("method").GetString() switch
        {
            "eth_chainId" => new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = "0x7a69" },
            "eth_blockNumber" => new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = "0x20" },
            "eth_gasPrice" => new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = "0x3b9aca00" },
            _ => new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id,
                ["error"] = new JsonObject { ["code"] = 3, ["message"] = "execution reverted", ["data"] = "0xdead" },
            },
        };
    }
}
