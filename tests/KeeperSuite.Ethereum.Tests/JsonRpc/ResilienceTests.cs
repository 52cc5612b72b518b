using System.Diagnostics;
using System.Net;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;
using Nethereum.RPC.Eth.DTOs;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Faults a healthy node never shows, produced by real HTTP servers on loopback, seen through Nethereum's Web3.</summary>
public sealed class ResilienceTests : IDisposable
{
    // Upper bound for any single test; a hang beyond it is a bug, reported as cancellation instead of a stuck run.
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(30));

    private static readonly (string, string)[] FastRetries =
    [
        ("AttemptTimeout", "00:00:02"), ("RetryCount", "2"), ("BackoffBase", "00:00:00.010"), ("MaxBackoff", "00:00:00.050"),
    ];

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose() => _testTimeout.Dispose();

    private static async Task<ulong> ChainIdAsync(RpcTestHost host) => (ulong)(await host.Web3().Eth.ChainId.SendRequestAsync()).Value;

    private static async Task<ulong> BlockNumberAsync(RpcTestHost host) => (ulong)(await host.Web3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    [Fact]
    public async Task A_hanging_endpoint_fails_with_a_timeout_at_the_attempt_timeout_not_later()
    {
        using var server = new ScriptedRpcServer((_, _, _, stopping) => HangAsync(stopping));
        using var host = RpcTestHost.Create([server.Url], ("AttemptTimeout", "00:00:00.500"), ("RetryCount", "0"));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => ChainIdAsync(host));

        Assert.Equal(RpcTransportFailure.Timeout, e.Failure);
        Assert.Contains("did not answer within Rpc:AttemptTimeout", e.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromMilliseconds(500 * 5));
        Assert.Equal(1, server.HitsFor("eth_chainId"));
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried_and_the_retry_answers()
    {
        using var server = new ScriptedRpcServer((request, _, hit, stopping) =>
            hit == 1 ? HangAsync(stopping) : Task.FromResult(Result(request, "\"0x7a69\"")));
        using var host = RpcTestHost.Create([server.Url], [.. FastRetries, ("AttemptTimeout", "00:00:00.500")]);

        Assert.Equal(31337UL, await ChainIdAsync(host));
        Assert.Equal(2, server.HitsFor("eth_chainId"));
    }

    [Fact]
    public async Task Http_429_is_retried_and_then_succeeds()
    {
        using var server = new ScriptedRpcServer((request, _, hit, _) => Task.FromResult(
            hit == 1 ? new Reply(429, """{"error":"slow down"}""", RetryAfter: "0") : Result(request, "\"0x10\"")));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        Assert.Equal(16UL, await BlockNumberAsync(host));
        Assert.Equal(2, server.HitsFor("eth_blockNumber"));
    }

    [Fact]
    public async Task A_json_rpc_limit_exceeded_answer_is_treated_as_rate_limiting_and_retried()
    {
        using var server = new ScriptedRpcServer((request, _, hit, _) => Task.FromResult(
            hit == 1 ? Error(request, -32005, "project ID request rate exceeded") : Result(request, "\"0x11\"")));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        Assert.Equal(17UL, await BlockNumberAsync(host));
        Assert.Equal(2, server.HitsFor("eth_blockNumber"));
    }

    [Fact]
    public async Task Http_500_is_retried_then_fails_over_to_the_second_endpoint()
    {
        using var broken = Always(_ => new Reply(500, "internal error"));
        using var healthy = Always(request => Result(request, "\"0x7a69\""));
        using var host = RpcTestHost.Create([broken.Url, healthy.Url], FastRetries);

        Assert.Equal(31337UL, await ChainIdAsync(host));
        Assert.Equal(3, broken.HitsFor("eth_chainId")); // first attempt + RetryCount 2
        Assert.Equal(1, healthy.HitsFor("eth_chainId"));
    }

    [Fact]
    public async Task When_every_endpoint_fails_the_exception_lists_each_failure()
    {
        using var first = Always(_ => new Reply(503, "unavailable"));
        using var second = Always(_ => new Reply(502, "bad gateway"));
        using var host = RpcTestHost.Create([first.Url, second.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Web3().Eth.GasPrice.SendRequestAsync());

        Assert.Equal(2, e.Failures.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Failures[0].StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, e.Failures[1].StatusCode);
        Assert.Contains("HTTP 503", e.Message);
        Assert.Contains("HTTP 502", e.Message);
    }

    [Fact]
    public async Task A_refused_connection_fails_over_to_the_next_endpoint()
    {
        var nobodyListens = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        using var healthy = Always(request => Result(request, "\"0x1\""));
        using var host = RpcTestHost.Create([nobodyListens, healthy.Url], ("RetryCount", "0"));

        Assert.Equal(1UL, await ChainIdAsync(host));
    }

    [Fact]
    public async Task Malformed_json_becomes_a_typed_exception_and_is_not_retried_on_the_same_endpoint()
    {
        using var server = Always(_ => new Reply(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":"));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => ChainIdAsync(host));

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
        Assert.Contains("not valid JSON", e.Message);
        Assert.Equal(1, server.HitsFor("eth_chainId"));
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":999999,"result":"0x1"}""", "does not match request id")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"result":"0x1","error":{"code":1,"message":"x"}}""", "both \"result\" and \"error\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1}""", "neither \"result\" nor \"error\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"error":{"message":"no code"}}""", "error.code")]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"result":"0x1"}]""", "expected a JSON object")]
    public async Task An_answer_of_the_wrong_shape_or_id_is_rejected(string body, string expected)
    {
        using var server = Always(_ => new Reply(200, body));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => ChainIdAsync(host));

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task A_json_rpc_revert_error_is_not_retried_nor_failed_over_and_keeps_its_revert_data()
    {
        const string revert = "0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000004626f6f6d00000000000000000000000000000000000000000000000000000000";
        using var node = Always(request => Error(request, -32000, "execution reverted", $"\"{revert}\""));
        using var spare = Always(request => Result(request, "\"0x\""));
        using var host = RpcTestHost.Create([node.Url, spare.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcResponseException>(() =>
            host.Web3().Eth.Transactions.Call.SendRequestAsync(new CallInput { To = HardhatNodeFixture.Account1Address, Data = "0x" }));

        Assert.Equal(-32000, e.RpcError.Code);
        Assert.StartsWith("execution reverted", e.RpcError.Message);
        Assert.Equal(revert, e.RpcError.GetDataAsString());
        Assert.Equal(1, node.HitsFor("eth_call"));
        Assert.Equal(0, spare.TotalHits);
    }

    [Theory]
    [InlineData(401, "invalid project id")]
    [InlineData(403, "API key disabled")]
    public async Task A_gateway_4xx_with_a_json_rpc_error_body_is_an_endpoint_failure_that_fails_over(int status, string message)
    {
        using var gateway = Always(request => Error(request, -32001, message) with { Status = status });
        using var healthy = Always(request => Result(request, "\"0x7a69\""));
        using var host = RpcTestHost.Create([gateway.Url, healthy.Url], FastRetries);

        Assert.Equal(31337UL, await ChainIdAsync(host));
        Assert.Equal(1, gateway.TotalHits); // not retried on the same endpoint: the key stays revoked
        Assert.Equal(1, healthy.TotalHits);
    }

    [Fact]
    public async Task A_gateway_4xx_counts_against_the_breaker_and_the_dead_key_endpoint_is_then_skipped()
    {
        using var gateway = Always(request => Error(request, -32001, "invalid API key") with { Status = 401 });
        using var healthy = Always(request => Result(request, "\"0x5\""));
        using var host = RpcTestHost.Create(
            [gateway.Url, healthy.Url],
            ("RetryCount", "0"), ("BreakerFailureRatio", "1"), ("BreakerMinimumThroughput", "2"),
            ("BreakerSamplingDuration", "00:00:30"), ("BreakerBreakDuration", "00:00:30"));

        for (var i = 0; i < 5; i++)
            Assert.Equal(5UL, await BlockNumberAsync(host));

        Assert.Equal(2, gateway.TotalHits);
        Assert.Equal(5, healthy.TotalHits);
    }

    [Fact]
    public async Task When_only_gateways_refuse_the_failure_keeps_the_nodes_json_rpc_error()
    {
        using var gateway = Always(request => Error(request, -32001, "invalid API key") with { Status = 403 });
        using var host = RpcTestHost.Create([gateway.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => ChainIdAsync(host));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Equal(-32001, e.Failures[0].NodeError!.Code);
        Assert.Contains("invalid API key", e.Message);
        Assert.True(e.RequestNotSent);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_later_requests_skip_the_endpoint_at_once()
    {
        using var broken = Always(_ => new Reply(500, "down"));
        using var healthy = Always(request => Result(request, "\"0x5\""));
        using var host = RpcTestHost.Create(
            [broken.Url, healthy.Url],
            ("RetryCount", "0"), ("BreakerFailureRatio", "1"), ("BreakerMinimumThroughput", "2"),
            ("BreakerSamplingDuration", "00:00:30"), ("BreakerBreakDuration", "00:00:30"));

        Assert.Equal(5UL, await BlockNumberAsync(host));
        Assert.Equal(5UL, await BlockNumberAsync(host));
        Assert.Equal(2, broken.TotalHits);

        for (var i = 0; i < 3; i++)
            Assert.Equal(5UL, await BlockNumberAsync(host));

        Assert.Equal(2, broken.TotalHits); // circuit open: endpoint 1 no longer called
        Assert.Equal(5, healthy.TotalHits);
    }

    [Fact]
    public async Task Json_rpc_errors_never_open_the_circuit()
    {
        using var node = Always(request => Error(request, 3, "execution reverted", "\"0x\""));
        using var spare = Always(request => Result(request, "\"0x\""));
        using var host = RpcTestHost.Create(
            [node.Url, spare.Url], ("RetryCount", "0"), ("BreakerFailureRatio", "0.5"), ("BreakerMinimumThroughput", "2"));

        for (var i = 0; i < 6; i++)
            await Assert.ThrowsAsync<RpcResponseException>(() =>
                host.Web3().Eth.Transactions.Call.SendRequestAsync(new CallInput { To = HardhatNodeFixture.Account1Address, Data = "0x" }));

        Assert.Equal(6, node.TotalHits);
        Assert.Equal(0, spare.TotalHits);
    }

    [Fact]
    public async Task Caller_cancellation_propagates_as_cancellation_and_is_not_retried()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // Cancel once the request is in flight (not on a timer, which a busy machine can beat).
        using var server = new ScriptedRpcServer((_, _, _, stopping) =>
        {
            cancel.Cancel();
            return HangAsync(stopping);
        });
        using var host = RpcTestHost.Create([server.Url], ("AttemptTimeout", "00:00:10"), ("RetryCount", "3"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.SendAsync(new RpcRequestMessage(1, "eth_chainId"), cancel.Token));
        Assert.Equal(1, server.TotalHits);
    }

    [Fact]
    public async Task Credentials_in_an_endpoint_url_never_reach_exception_messages()
    {
        var port = FreePort.Next();
        using var host = RpcTestHost.Create([new Uri($"http://user:PASSWORD@127.0.0.1:{port}/v3/APIKEY?token=TOKEN")], ("RetryCount", "0"));

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => ChainIdAsync(host));

        Assert.Equal(RpcTransportFailure.ConnectionFailed, e.Failure);
        Assert.Equal($"http://127.0.0.1:{port}", e.Endpoint);
        foreach (var secret in new[] { "PASSWORD", "APIKEY", "TOKEN" })
            Assert.DoesNotContain(secret, e.ToString());
    }

    [Fact]
    public async Task A_route_is_refused_because_endpoints_come_from_configuration()
    {
        using var host = RpcTestHost.Create([new Uri("http://127.0.0.1:1/")]);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.SendAsync(new RpcRequestMessage(1, "eth_chainId"), "other"));
    }
}
