using KeeperSuite.Devnet;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// A state folder belongs to one chain and one deployment. What a newcomer repeating the README does — restart the
/// local node, redeploy (same addresses), run again with the same folder — is refused at start-up with one line
/// saying what to do, instead of a re-index that ends in a nonce conflict and a crash loop.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class StateFolderTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task A_chain_reset_and_redeployed_at_the_same_addresses_is_refused_with_one_line()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);

        await using var restarted = await HardhatNode.StartAsync();
        var deployments = Directory.CreateTempSubdirectory("keeper-redeploy-").FullName;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await HardhatProject.RunDeployScriptAsync("deploy.js", restarted.Url, deployments, timeout.Token);
            var redeployed = Path.Combine(deployments, "custom.json");
            Assert.Equal(chain.Address("Market"), System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(redeployed))
                .RootElement.GetProperty("contracts").GetProperty("Market").GetProperty("address").GetString());

            (code, error) = await keeper.RunOnceAsync("--Rpc:Endpoints:0", restarted.Url.ToString(), "--Keeper:DeploymentsFile", redeployed);

            Assert.True(code == 2, $"exit code {code}: {error}");
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("error: Keeper:StateDirectory", line, StringComparison.Ordinal);
            Assert.Contains("reset", line, StringComparison.Ordinal);
            Assert.Contains(keeper.StateDirectory, line, StringComparison.Ordinal);

            // The folder's own chain is still served from it.
            (code, error) = await keeper.RunOnceAsync();
            Assert.True(code == 0, error);
        }
        finally
        {
            Directory.Delete(deployments, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_keeper_on_a_state_folder_in_use_is_refused_with_one_line()
    {
        await chain.ResetAsync();
        using var first = new KeeperRunner(chain);
        using var second = new KeeperRunner(chain);
        var (run, stop) = first.StartDaemon();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(first.StateDirectory, "keeper.db")) && clock.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(100);

            var (code, error) = await second.RunOnceAsync("--Keeper:StateDirectory", first.StateDirectory);

            Assert.True(code == 2, $"exit code {code}: {error}");
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("error: Keeper:StateDirectory", line, StringComparison.Ordinal);
            Assert.Contains("in use by another keeper", line, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            var (code, error) = await run;
            stop.Dispose();
            Assert.True(code == 0, error);
        }

        // Once the first keeper has stopped, the folder is free again.
        var (again, againError) = await second.RunOnceAsync("--Keeper:StateDirectory", first.StateDirectory);
        Assert.True(again == 0, againError);
    }

    [Fact]
    public async Task Status_runs_beside_the_daemon_on_its_state_folder_shows_its_ledger_and_writes_nothing_there()
    {
        using var keeper = await chain.FundedKeeperAfterWethCrashAsync();
        var (run, stop) = keeper.StartDaemon("--Keeper:WriteOff:Enabled", "false");
        try
        {
            // What the daemon signed reaches status through the snapshot: wait for its first liquidation to be recorded.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            System.Text.Json.JsonElement json;
            while (true)
            {
                Assert.False(run.IsCompleted, "the daemon stopped while status ran");
                var (code, report, error) = await KeeperRunner.StatusAsync(keeper.Settings("--json"));
                Assert.True(code == 0, error);
                json = System.Text.Json.JsonDocument.Parse(report).RootElement;
                var sent = json.GetProperty("transactions").GetProperty("byStatus").EnumerateObject().Sum(s => s.Value.GetInt32());
                if (sent > 0)
                    break;
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "status never showed a transaction of the daemon's: " + report);
                await Task.Delay(200);
            }
            Assert.True(json.GetProperty("watched").GetInt32() > 0);
            var byStatus = json.GetProperty("transactions").GetProperty("byStatus");
            var pending = byStatus.TryGetProperty("pending", out var p) ? p.GetInt32() : 0;
            Assert.Equal(pending, json.GetProperty("transactions").GetProperty("inFlight").GetArrayLength());

            var files = Directory.GetFiles(keeper.StateDirectory).Select(Path.GetFileName).Order().ToList();
            var (again, _, againError) = await KeeperRunner.StatusAsync(keeper.Settings());
            Assert.True(again == 0, againError);
            Assert.False(run.IsCompleted, "the daemon stopped while status ran");
            Assert.Equal(files, Directory.GetFiles(keeper.StateDirectory).Select(Path.GetFileName).Order().ToList());
        }
        finally
        {
            await stop.CancelAsync();
            var (code, error) = await run;
            stop.Dispose();
            Assert.True(code == 0, error);
        }

        // Stopped, its folder's database is read just the same (the last send may still be pending: no block came after it).
        var (stopped, text, stoppedError) = await KeeperRunner.StatusAsync(keeper.Settings());
        Assert.True(stopped == 0, stoppedError);
        Assert.Matches(@"Transactions in the state folder's ledger: \d+ [a-z]+", text);
        // A folder that does not exist is not created.
        var none = Path.Combine(keeper.StateDirectory, "not-there");
        (var fresh, text, var freshError) = await KeeperRunner.StatusAsync(keeper.Settings("--Keeper:StateDirectory", none));
        Assert.True(fresh == 0, freshError);
        Assert.Contains("Transactions in the state folder's ledger: none", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(none), "status created the state folder it was pointed at");
    }
}
