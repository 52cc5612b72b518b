using System.Diagnostics;
using System.Net;
using KeeperSuite.Keeper.Tests.Faults;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>
/// Issue 19, defects 5 and 9: /healthz turns unhealthy as soon as no endpoint answers (and rpc_errors counts the
/// outage), a quiet automining chain is not a stale head, a chain that should mine and does not is; an RPC down at
/// start-up is waited for by the daemon and is exit 1 (not 2, "configuration refused") for <c>run --once</c>.
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
    public async Task Daemon_started_while_its_only_endpoint_is_down_waits_and_runs_once_the_endpoint_answers()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        using var web = new DaemonWeb();
        await using var proxy = new FaultProxy(chain.Url, seed: 9, faultShare: 0) { Dead = true };
        var (run, stop) = keeper.StartDaemon([.. web.Settings, "--Rpc:Endpoints:0", proxy.Url.ToString(), "--Rpc:AttemptTimeout", "00:00:01"]);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            if (run.IsCompleted)
            {
                var (early, why) = await run;
                Assert.Fail($"the daemon exited {early} while its endpoint was down: {why}");
            }
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
}
