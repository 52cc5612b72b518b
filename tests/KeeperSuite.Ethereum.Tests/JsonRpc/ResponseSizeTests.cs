using System.Diagnostics;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using static KeeperSuite.Ethereum.Tests.JsonRpc.ScriptedRpcServer;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>
/// Rpc:MaxResponseBytes (found by the keeper's RPC answer fuzz: an endless body was buffered by HttpClient, up to 2 GB,
/// until the attempt timeout).
/// </summary>
public sealed class ResponseSizeTests
{
    [Fact]
    public async Task An_answer_longer_than_MaxResponseBytes_is_refused_without_waiting_for_the_timeout()
    {
        var huge = "\"0x" + new string('1', 64 * 1024) + "\"";
        using var server = Always(request => Result(request, huge));
        using var host = RpcTestHost.Create([server.Url], ("RetryCount", "0"), ("MaxResponseBytes", "4096"), ("AttemptTimeout", "00:00:10"));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<RpcEndpointsExhaustedException>(() => host.Web3().Eth.Blocks.GetBlockNumber.SendRequestAsync());

        Assert.Equal(RpcTransportFailure.MalformedResponse, e.Failure);
        Assert.Contains("Rpc:MaxResponseBytes (4096)", e.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
