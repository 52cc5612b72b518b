using KeeperSuite.Contracts.Market.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// Two endpoints to the same node, each behind its own <see cref="FaultProxy"/>; the first is dead or stale. The keeper
/// must keep liquidating through the second, and must never bump a fee against the stale head.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperFailoverTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task Stale_first_endpoint_is_demoted_and_the_keeper_liquidates_through_the_second()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await using var stale = new FaultProxy(chain.Url, 1, 0) { FreezeHead = true };
        await using var good = new FaultProxy(chain.Url, 2, 0);
        var (run, stop) = keeper.StartDaemon(
            "--Rpc:Endpoints:0", stale.Url.ToString(), "--Rpc:Endpoints:1", good.Url.ToString(),
            "--Keeper:StaleHeadAfter", "00:00:02", "--Keeper:Fees:ReplaceAfterBlocks", "1", "--Keeper:WriteOff:Enabled", "false");
        try
        {
            // The keeper is polling the frozen head before the crash happens: it can only see the crash through the second endpoint.
            await WaitAsync(() => Task.FromResult(stale.Count(FaultKind.FrozenHead) >= 3), run, TimeSpan.FromSeconds(60));
            var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, 0, 1);
            Assert.NotEmpty(targets);
            // Done when every position is liquidated and the keeper has recorded each of its transactions as mined.
            await WaitAsync(async () =>
            {
                await chain.MineAsync();
                return await ChaosScenario.AllLiquidatedAsync(chain, targets)
                    && (await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address)).Contiguous;
            }, run, TimeSpan.FromSeconds(90));
            Assert.True(good.Served > 0);
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (code, error) = await run;
        stop.Dispose();
        Assert.True(code == 0, error);
        var ledger = await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address);
        Assert.True(ledger.Contiguous, ledger.ToString());
        Assert.Equal(0, await ReplacementsAsync(keeper));
    }

    [Fact]
    public async Task Dead_first_endpoint_fails_over_and_is_used_again_once_it_recovers()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, 6, 3);
        var start = await chain.BlockNumberAsync();
        await using var first = new FaultProxy(chain.Url, 1, 0) { Dead = true };
        await using var second = new FaultProxy(chain.Url, 2, 0);
        var (run, stop) = keeper.StartDaemon(
            "--Rpc:Endpoints:0", first.Url.ToString(), "--Rpc:Endpoints:1", second.Url.ToString(),
            "--Rpc:BreakerMinimumThroughput", "2", "--Rpc:BreakerBreakDuration", "00:00:01", "--Keeper:WriteOff:Enabled", "false");
        try
        {
            await WaitAsync(async () =>
            {
                await chain.MineAsync();
                return await ChaosScenario.AllLiquidatedAsync(chain, targets);
            }, run, TimeSpan.FromSeconds(90));
            Assert.True(first.Count(FaultKind.Dead) > 0);
            Assert.Equal(0, first.Count(FaultKind.None));

            // Back up: once its circuit's break is over, the first endpoint serves again (failover order is restored).
            first.Dead = false;
            await WaitAsync(async () =>
            {
                await chain.MineAsync();
                return first.Count(FaultKind.None) >= 5;
            }, run, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (code, error) = await run;
        stop.Dispose();
        Assert.True(code == 0, error);
        var liquidated = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToList();
        Assert.True(targets.SetEquals(liquidated));
        Assert.Equal(liquidated.Count, liquidated.Distinct().Count());
    }

    private static async Task<long> ReplacementsAsync(KeeperRunner keeper)
    {
        using var db = keeper.OpenDatabase();
        return await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT (SELECT COUNT(*) FROM tx_attempts) - (SELECT COUNT(*) FROM transactions)";
            return (long)command.ExecuteScalar()!;
        }, CancellationToken.None);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, Task<(int Code, string Error)> run, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            Assert.False(run.IsCompleted, $"the keeper exited: {(run.IsCompleted ? (await run).Error : "")}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"condition not met within {limit}");
            await Task.Delay(400);
        }
    }
}
