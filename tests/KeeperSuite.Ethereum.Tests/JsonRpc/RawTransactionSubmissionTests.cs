using System.Text.Json;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using Nethereum.JsonRpc.Client;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>eth_sendRawTransaction is never retried blindly: an ambiguous failure is resolved by looking the hash up.</summary>
public sealed class RawTransactionSubmissionTests : IDisposable
{
    // The raw bytes "abc"; Keccak-256("abc") is the hash the client must compute for them.
    private const string Raw = "0x616263";
    private const string RawHash = "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";

    private static readonly (string, string)[] Settings =
    [
        ("AttemptTimeout", "00:00:02"), ("RetryCount", "2"), ("BackoffBase", "00:00:00.010"),
        ("MaxBackoff", "00:00:00.050"), ("SendRawTransactionAttempts", "3"),
    ];

    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose() => _testTimeout.Dispose();

    [Fact]
    public async Task After_a_timeout_a_transaction_that_landed_is_found_by_hash_and_not_sent_again()
    {
        using var node = new ScriptedRpcServer((request, method, _, stopping) => method switch
        {
            "eth_sendRawTransaction" => HangAsync(stopping),
            "eth_getTransactionByHash" => Task.FromResult(Result(request, TransactionJson(FirstParam(request)))),
            _ => throw new InvalidOperationException(method),
        });
        using var host = RpcTestHost.Create([node.Url], [.. Settings, ("AttemptTimeout", "00:00:00.500")]);

        // Through Nethereum's own service, as Web3's transaction manager sends.
        var hash = await host.Web3().Eth.Transactions.SendRawTransaction.SendRequestAsync(Raw);

        Assert.Equal(RawHash, hash);
        Assert.Equal(1, node.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(1, node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task After_a_5xx_a_transaction_the_node_does_not_know_is_sent_again_once()
    {
        using var node = new ScriptedRpcServer((request, method, hit, _) => Task.FromResult(method switch
        {
            "eth_sendRawTransaction" when hit == 1 => new Reply(502, "bad gateway"),
            "eth_sendRawTransaction" => Result(request, $"\"{RawHash}\""),
            "eth_getTransactionByHash" => Result(request, "null"),
            _ => throw new InvalidOperationException(method),
        }));
        using var host = RpcTestHost.Create([node.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(2, node.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(1, node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task A_failing_send_is_attempted_at_most_the_configured_times_with_a_lookup_before_each_resend()
    {
        using var node = new ScriptedRpcServer((request, method, _, _) => Task.FromResult(method switch
        {
            "eth_sendRawTransaction" => new Reply(500, "boom"),
            "eth_getTransactionByHash" => Result(request, "null"),
            _ => throw new InvalidOperationException(method),
        }));
        using var host = RpcTestHost.Create([node.Url], Settings);

        var e = await Assert.ThrowsAsync<RawTransactionSubmissionException>(() => host.Client.SendRawTransactionAsync(Raw, Ct));

        Assert.Equal(RawHash, e.TransactionHash);
        Assert.Equal(3, e.Attempts);
        Assert.False(e.CertainlyNotSent);
        Assert.Contains("does not know the transaction", e.Message);
        Assert.Equal(3, node.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(3, node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task A_5xx_on_the_first_endpoint_is_not_followed_by_a_blind_send_to_the_second()
    {
        using var first = new ScriptedRpcServer((request, method, _, _) => Task.FromResult(method switch
        {
            "eth_sendRawTransaction" => new Reply(502, "bad gateway"),
            _ => Result(request, TransactionJson(FirstParam(request))), // it did land
        }));
        using var second = Always(request => Result(request, $"\"{RawHash}\""));
        using var host = RpcTestHost.Create([first.Url, second.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(1, first.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(0, second.HitsFor("eth_sendRawTransaction"));
    }

    [Fact]
    public async Task Already_known_counts_as_success()
    {
        using var node = Always(request => Error(request, -32000, "already known"));
        using var host = RpcTestHost.Create([node.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(1, node.TotalHits);
    }

    [Fact]
    public async Task Nonce_too_low_counts_as_success_only_when_the_node_knows_this_hash()
    {
        using var minedByUs = new ScriptedRpcServer((request, method, _, _) => Task.FromResult(method == "eth_sendRawTransaction"
            ? Error(request, -32000, "Nonce too low. Expected nonce to be 1 but got 0.")
            : Result(request, TransactionJson(FirstParam(request)))));
        using var host = RpcTestHost.Create([minedByUs.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
    }

    [Fact]
    public async Task Nonce_too_low_for_a_different_transaction_is_reported_as_the_nodes_error()
    {
        using var node = new ScriptedRpcServer((request, method, _, _) => Task.FromResult(method == "eth_sendRawTransaction"
            ? Error(request, -32000, "nonce too low: next nonce 5, tx nonce 4")
            : Result(request, "null")));
        using var host = RpcTestHost.Create([node.Url], Settings);

        var e = await Assert.ThrowsAsync<RpcResponseException>(() => host.Client.SendRawTransactionAsync(Raw, Ct));

        Assert.Contains("nonce too low", e.RpcError.Message);
        Assert.Equal(1, node.HitsFor("eth_sendRawTransaction"));
    }

    [Fact]
    public async Task A_send_goes_past_an_endpoint_it_never_reached_but_not_past_one_that_may_have_it()
    {
        var nobodyListens = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        using var node = Always(request => Result(request, $"\"{RawHash}\""));
        using var host = RpcTestHost.Create([nobodyListens, node.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(1, node.HitsFor("eth_sendRawTransaction"));
    }

    [Fact]
    public async Task Http_429_means_not_sent_so_the_send_fails_over_at_once_without_a_lookup()
    {
        using var limited = Always(_ => new Reply(429, """{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"rate limited"}}""", RetryAfter: "30"));
        using var node = Always(request => Result(request, $"\"{RawHash}\""));
        using var host = RpcTestHost.Create([limited.Url, node.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(1, limited.TotalHits);
        Assert.Equal(1, node.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(0, limited.HitsFor("eth_getTransactionByHash") + node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task Http_429_on_the_only_endpoint_is_sent_again_after_the_pause_like_json_rpc_32005()
    {
        using var node = new ScriptedRpcServer((request, _, hit, _) => Task.FromResult(
            hit == 1 ? new Reply(429, "Too Many Requests", RetryAfter: "0") : Result(request, $"\"{RawHash}\"")));
        using var host = RpcTestHost.Create([node.Url], Settings);

        Assert.Equal(RawHash, await host.Client.SendRawTransactionAsync(Raw, Ct));
        Assert.Equal(2, node.HitsFor("eth_sendRawTransaction"));
        Assert.Equal(0, node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task When_every_attempt_is_refused_before_a_node_the_exception_says_the_nonce_is_still_free()
    {
        using var node = Always(request => Error(request, -32005, "limit exceeded"));
        using var host = RpcTestHost.Create([node.Url], Settings);

        var e = await Assert.ThrowsAsync<RawTransactionSubmissionException>(() => host.Client.SendRawTransactionAsync(Raw, Ct));

        Assert.True(e.CertainlyNotSent);
        Assert.Equal(3, e.Attempts);
        Assert.Equal(0, node.HitsFor("eth_getTransactionByHash"));
    }

    [Fact]
    public async Task A_node_returning_a_different_hash_raises_the_documented_submission_exception()
    {
        var other = $"0x{new string('1', 64)}";
        using var node = Always(request => Result(request, $"\"{other}\""));
        using var host = RpcTestHost.Create([node.Url], Settings);

        var e = await Assert.ThrowsAsync<TransactionHashMismatchException>(() => host.Web3().Eth.Transactions.SendRawTransaction.SendRequestAsync(Raw));

        Assert.IsAssignableFrom<RawTransactionSubmissionException>(e);
        Assert.Equal(RawHash, e.TransactionHash);
        Assert.Equal(other, e.ReturnedHash);
        Assert.Contains($"for a transaction whose hash is {RawHash}", e.Message);
        Assert.Equal(1, node.TotalHits);
    }

    private static string FirstParam(JsonElement request) => request.GetProperty("params")[0].GetString()!;

    private static string TransactionJson(string hash) =>
        $$"""{"hash":"{{hash}}","nonce":"0x0","from":"{{HardhatNodeFixture.Account0Address}}","to":"{{HardhatNodeFixture.Account1Address}}","value":"0x1","gas":"0x5208","blockHash":null,"blockNumber":null}""";
}
