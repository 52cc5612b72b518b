using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Faults a healthy node never shows, produced by real HTTP servers on loopback.</summary>
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

    [Fact]
    public async Task A_hanging_endpoint_fails_with_a_timeout_at_the_attempt_timeout_not_later()
    {
        using var server = new ScriptedRpcServer((_, _, _, stopping) => HangAsync(stopping));
        using var host = RpcTestHost.Create([server.Url], ("AttemptTimeout", "00:00:00.500"), ("RetryCount", "0"));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.ChainIdAsync(Ct));

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

        Assert.Equal(31337UL, await host.Client.ChainIdAsync(Ct));
        Assert.Equal(2, server.HitsFor("eth_chainId"));
    }

    [Fact]
    public async Task Http_429_is_retried_and_then_succeeds()
    {
        using var server = new ScriptedRpcServer((request, _, hit, _) => Task.FromResult(
            hit == 1 ? new Reply(429, """{"error":"slow down"}""", RetryAfter: "0") : Result(request, "\"0x10\"")));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        Assert.Equal(16UL, await host.Client.BlockNumberAsync(Ct));
        Assert.Equal(2, server.HitsFor("eth_blockNumber"));
    }

    [Fact]
    public async Task A_json_rpc_limit_exceeded_answer_is_treated_as_rate_limiting_and_retried()
    {
        using var server = new ScriptedRpcServer((request, _, hit, _) => Task.FromResult(
            hit == 1 ? Error(request, -32005, "project ID request rate exceeded") : Result(request, "\"0x11\"")));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        Assert.Equal(17UL, await host.Client.BlockNumberAsync(Ct));
        Assert.Equal(2, server.HitsFor("eth_blockNumber"));
    }

    [Fact]
    public async Task Http_500_is_retried_then_fails_over_to_the_second_endpoint()
    {
        using var broken = Always(_ => new Reply(500, "internal error"));
        using var healthy = Always(request => Result(request, "\"0x7a69\""));
        using var host = RpcTestHost.Create([broken.Url, healthy.Url], FastRetries);

        Assert.Equal(31337UL, await host.Client.ChainIdAsync(Ct));
        Assert.Equal(3, broken.HitsFor("eth_chainId")); // first attempt + RetryCount 2
        Assert.Equal(1, healthy.HitsFor("eth_chainId"));
    }

    [Fact]
    public async Task When_every_endpoint_fails_the_exception_lists_each_failure()
    {
        using var first = Always(_ => new Reply(503, "unavailable"));
        using var second = Always(_ => new Reply(502, "bad gateway"));
        using var host = RpcTestHost.Create([first.Url, second.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.GasPriceAsync(Ct));

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

        Assert.Equal(1UL, await host.Client.ChainIdAsync(Ct));
    }

    [Fact]
    public async Task Malformed_json_becomes_a_typed_exception_and_is_not_retried_on_the_same_endpoint()
    {
        using var server = Always(_ => new Reply(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":"));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.ChainIdAsync(Ct));

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
        Assert.Contains("not valid JSON", e.Message);
        Assert.Equal(1, server.HitsFor("eth_chainId"));
    }

    [Theory]
    [InlineData("\"0xzz\"", "expected a 0x-prefixed hex quantity")]
    [InlineData("42", "expected a JSON string")]
    [InlineData("\"0x10000000000000000\"", "below 2^64")]
    public async Task A_result_of_the_wrong_shape_becomes_a_typed_exception(string result, string expected)
    {
        using var server = Always(request => Result(request, result));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcTransportException>(() => host.Client.ChainIdAsync(Ct));

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
        Assert.Contains("Malformed result of eth_chainId", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task An_answer_with_the_wrong_id_is_rejected()
    {
        using var server = Always(_ => new Reply(200, """{"jsonrpc":"2.0","id":999999,"result":"0x1"}"""));
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.ChainIdAsync(Ct));

        Assert.Contains("does not match request id", e.Message);
    }

    [Fact]
    public async Task A_json_rpc_revert_error_is_not_retried_nor_failed_over_and_keeps_its_revert_data()
    {
        const string revert = "0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000004626f6f6d00000000000000000000000000000000000000000000000000000000";
        using var node = Always(request => Error(request, -32000, "execution reverted", $"\"{revert}\""));
        using var spare = Always(request => Result(request, "\"0x\""));
        using var host = RpcTestHost.Create([node.Url, spare.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcErrorException>(() =>
            host.Client.CallAsync(new CallRequest { To = HardhatNodeFixture.Account1Address }, null, Ct));

        Assert.Equal(-32000, e.Code);
        Assert.Equal("execution reverted", e.RpcMessage);
        Assert.Equal(revert, e.RevertDataHex);
        Assert.Contains("JSON-RPC error -32000", e.Message);
        Assert.Equal(1, node.HitsFor("eth_call"));
        Assert.Equal(0, spare.TotalHits);
    }

    [Fact]
    public async Task A_4xx_answer_carrying_a_json_rpc_error_is_the_node_speaking_not_a_transport_fault()
    {
        using var server = Always(request => Error(request, -32602, "invalid params") with { Status = 400 });
        using var host = RpcTestHost.Create([server.Url], FastRetries);

        var e = await Assert.ThrowsAsync<RpcErrorException>(() => host.Client.GasPriceAsync(Ct));

        Assert.Equal(-32602, e.Code);
        Assert.Equal(1, server.TotalHits);
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

        Assert.Equal(5UL, await host.Client.BlockNumberAsync(Ct));
        Assert.Equal(5UL, await host.Client.BlockNumberAsync(Ct));
        Assert.Equal(2, broken.TotalHits);

        for (var i = 0; i < 3; i++)
            Assert.Equal(5UL, await host.Client.BlockNumberAsync(Ct));

        Assert.Equal(2, broken.TotalHits); // circuit open: endpoint 1 no longer called
        Assert.Equal(5, healthy.TotalHits);
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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.ChainIdAsync(cancel.Token));
        Assert.Equal(1, server.TotalHits);
    }

    [Fact]
    public async Task Credentials_in_an_endpoint_url_never_reach_exception_messages()
    {
        var port = FreePort.Next();
        using var host = RpcTestHost.Create([new Uri($"http://user:PASSWORD@127.0.0.1:{port}/v3/APIKEY?token=TOKEN")], ("RetryCount", "0"));

        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Client.ChainIdAsync(Ct));

        Assert.Equal(RpcTransportFailure.ConnectionFailed, e.Failure);
        Assert.Equal($"http://127.0.0.1:{port}", e.Endpoint);
        foreach (var secret in new[] { "PASSWORD", "APIKEY", "TOKEN" })
            Assert.DoesNotContain(secret, e.ToString());
    }
}
