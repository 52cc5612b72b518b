using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Batch answers are matched by id; anything that does not pair one-to-one is a typed failure.</summary>
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
        var batch = host.Client.CreateBatch();
        var chainId = batch.Add(EthCalls.ChainId());
        var blockNumber = batch.Add(EthCalls.BlockNumber());
        var reverted = batch.Add(EthCalls.Call(new CallRequest { To = HardhatNodeFixture.Account1Address }));
        var gasPrice = batch.Add(EthCalls.GasPrice());

        await batch.ExecuteAsync(Ct);

        Assert.Equal(1, server.TotalHits);
        Assert.Equal(0x7a69UL, chainId.Result);
        Assert.Equal(0x20UL, blockNumber.Result);
        Assert.Equal(1_000_000_000, gasPrice.Result);
        Assert.False(reverted.Succeeded);
        Assert.Equal(3, reverted.Error!.Code);
        Assert.Equal(3, Assert.Throws<RpcErrorException>(() => reverted.Result).Code);
    }

    [Theory]
    [InlineData("drop", "missing ids")]
    [InlineData("duplicate", "duplicate ids")]
    [InlineData("wrong", "unknown ids [424242]")]
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
                case "object": return new Reply(200, answers[0]!.ToJsonString());
            }
            return new Reply(200, new JsonArray(answers.ToArray()).ToJsonString());
        });
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"));
        var batch = host.Client.CreateBatch();
        batch.Add(EthCalls.ChainId());
        batch.Add(EthCalls.BlockNumber());
        batch.Add(EthCalls.GasPrice());

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => batch.ExecuteAsync(Ct));

        var mismatch = Assert.IsType<RpcBatchMismatchException>(Assert.Single(e.Failures));
        Assert.Contains(expected, mismatch.Message);
        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
    }

    [Fact]
    public async Task An_unexecuted_item_says_so()
    {
        using var host = RpcTestHost.Create([new Uri("http://127.0.0.1:1/")]);
        var item = host.Client.CreateBatch().Add(EthCalls.ChainId());

        Assert.Contains("await ExecuteAsync first", Assert.Throws<InvalidOperationException>(() => item.Result).Message);
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
                ["error"] = new JsonObject { ["code"] = 3, ["message"] = "execution reverted", ["data"] = "0x" },
            },
        };
    }
}
