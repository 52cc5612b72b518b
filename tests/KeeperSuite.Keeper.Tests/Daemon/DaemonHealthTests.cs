using System.Diagnostics;
using System.Net;
using KeeperSuite.Keeper.Tests.Faults;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>
/// Issue 19, defects 5 and 9: /healthz turns unhealthy as soon as no endpoint answers (and rpc_errors counts the
/// outage), a quiet automining chain is not a stale head, a chain that should mine and does not is; an RPC down at
/// start-up is waited for by the daemon — its /healthz and /metrics answering meanwhile — and is exit 1 (not 2,
/// "configuration refused") for <c>run --once</c>.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class DaemonHealthTests(KeeperChainFixture chain)
{
    private static bool Healthy(HttpStatusCode code, System.Text.Json.JsonElement body) =>
        code == HttpStatusCode.OK && body.GetProperty("status").GetString() == "healthy";

    [Fact]
    public async Task Healthz_stays_healthy_on_a_quiet_automining_chain_and_turns_unhealthy_within_seconds_when_the_only_endpoint_goes_down()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        using var web = new DaemonWeb();
        await using var proxy = new FaultProxy(chain.Url, seed: 19, faultShare: 0);
        var (run, stop) = keeper.StartDaemon([.. web.Settings,
            "--Rpc:Endpoints:0", proxy.Url.ToString(), "--Rpc:AttemptTimeout", "00:00:01", "--Keeper:StaleHeadAfter", "00:00:02"]);
        try
        {
            await web.WaitForHealthAsync(Healthy, TimeSpan.FromMinutes(1), run);

            // No traffic, automine: the head does not move for three times StaleHeadAfter, and that is not stale.
            var quiet = Stopwatch.StartNew();
            while (quiet.Elapsed < TimeSpan.FromSeconds(6))
            {
                var (code, body) = await web.HealthAsync();
                Assert.True(code == HttpStatusCode.OK, $"a quiet chain whose node answers was judged {(int)code} {body}");
                await Task.Delay(250);
            }

            proxy.Dead = true;
            var down = Stopwatch.StartNew();
            var unhealthy = await web.WaitForHealthAsync((code, _) => code == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10), run);
            Assert.Contains("no RPC endpoint answers", unhealthy.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
            var metrics = await web.ScrapeAsync();
            Assert.True(DaemonWeb.Sample(metrics, "keepersuite_keeper_keeper_rpc_errors", ("method", "eth_blockNumber")) > 0,
                $"rpc_errors during the outage ({down.Elapsed.TotalSeconds:F1} s in)");

            proxy.Dead = false;
            await web.WaitForHealthAsync(Healthy, TimeSpan.FromSeconds(30), run);
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (exit, error) = await run;
        stop.Dispose();
        Assert.True(exit == 0, error);
    }

    [Fact]
    public async Task Healthz_calls_a_head_stale_when_the_node_does_not_mine_on_demand_and_the_head_stops()
    {
        await chain.ResetAsync();
        await chain.Rpc<object>("evm_setAutomine", false);
        try
        {
            using var keeper = new KeeperRunner(chain);
            using var web = new DaemonWeb();
            var (run, stop) = keeper.StartDaemon([.. web.Settings, "--Keeper:StaleHeadAfter", "00:00:02"]);
            try
            {
                await web.WaitForHealthAsync(Healthy, TimeSpan.FromSeconds(60), run);
                var stale = await web.WaitForHealthAsync((code, _) => code == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30), run);
                Assert.Contains("has not moved", stale.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
            }
            finally
            {
                await stop.CancelAsync();
            }
            var (exit, error) = await run;
            stop.Dispose();
            Assert.True(exit == 0, error);
        }
        finally
        {
            await chain.Rpc<object>("evm_setAutomine", true);
        }
    }

    [Fact]
    public async Task Daemon_started_while_its_only_endpoint_is_down_answers_healthz_unhealthy_waits_and_runs_once_the_endpoint_answers()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        using var web = new DaemonWeb();
        await using var proxy = new FaultProxy(chain.Url, seed: 9, faultShare: 0) { Dead = true };
        var (run, stop) = keeper.StartDaemon([.. web.Settings, "--Rpc:Endpoints:0", proxy.Url.ToString(), "--Rpc:AttemptTimeout", "00:00:01"]);
        try
        {
            // While it waits, the web host already answers: unhealthy, with the reason, and the failed tries counted.
            var waiting = await web.WaitForHealthAsync((code, _) => code == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30), run);
            Assert.Equal("no RPC endpoint has answered yet", waiting.GetProperty("reasons")[0].GetString());
            var clock = Stopwatch.StartNew();
            while (DaemonWeb.Sample(await web.ScrapeAsync(), "keepersuite_keeper_keeper_rpc_errors", ("method", "start-up checks")) is null or 0
                && clock.Elapsed < TimeSpan.FromSeconds(30))
                await Task.Delay(200);
            Assert.True(DaemonWeb.Sample(await web.ScrapeAsync(), "keepersuite_keeper_keeper_rpc_errors", ("method", "start-up checks")) > 0,
                "rpc_errors did not count the start-up checks' failed tries");
            Assert.False(run.IsCompleted, "the daemon exited while its endpoint was down");
            proxy.Dead = false;
            var body = await web.WaitForHealthAsync(Healthy, TimeSpan.FromMinutes(1), run);
            Assert.True(body.GetProperty("processed").GetUInt64() > 0);
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (exit, error) = await run;
        stop.Dispose();
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_daemon_whose_chain_refuses_its_deployments_file_exits_2_with_one_line_though_its_web_host_had_started()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        using var web = new DaemonWeb();
        var deployments = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(chain.DeploymentsFile))!;
        deployments["chainId"] = 999;
        var wrongChain = Path.Combine(keeper.StateDirectory, "wrong-chain.json");
        await File.WriteAllTextAsync(wrongChain, deployments.ToJsonString());

        var (run, stop) = keeper.StartDaemon([.. web.Settings, "--Keeper:DeploymentsFile", wrongChain]);
        using (stop)
        {
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
            Assert.True(finished == run, "the daemon kept running on a refused deployments file");
        }
        var (exit, error) = await run;
        Assert.True(exit == 2, $"exit {exit}: {error}");
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: Keeper:DeploymentsFile: it is for chain id 999 but Rpc:Endpoints serve chain id 31337", line, StringComparison.Ordinal);
        Assert.Equal(0, (int)(await web.HealthAsync()).Code);
    }
}
