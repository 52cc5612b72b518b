using System.Diagnostics;
using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Xunit.Abstractions;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// The keeper daemon through <see cref="FaultProxy"/>: the same crash (same seed) once without faults and once with
/// 30% of requests faulted and the node restarted once (<see cref="NodeRestart"/>) while the keeper has transactions
/// in its mempool. Both must end in the same place — every eligible position liquidated, every deficit closed by the
/// waterfall, nonces contiguous — and the faulted run's extra blocks are reported (RELIABILITY.md). Automine is off
/// while the keeper runs (a block every 400 ms), so its transactions really wait in the mempool a restart loses.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperChaosTests(KeeperChainFixture chain, ITestOutputHelper output)
{
    private const int Seed = 1107;
    private const int ExtraPositions = 30;

    private static readonly TimeSpan RestartDown = TimeSpan.FromSeconds(6);
    private const int BlocksMissedByRestart = 5;

    public sealed record Outcome(
        long Blocks, TimeSpan Elapsed, string Faults, double RpcErrors, double FailedPasses, double Replaced, KeeperLedger.Summary Ledger, RestartReport? Restart);

    [Fact]
    public async Task Keeper_survives_30_percent_faulted_requests_and_a_node_restart_and_ends_where_a_clean_run_ends()
    {
        var clean = await RunAsync(0.0, restart: false);
        var faulted = await RunAsync(0.30, restart: true);

        output.WriteLine($"clean:   {clean.Blocks} blocks, {clean.Elapsed.TotalSeconds:F1} s, ledger {clean.Ledger}");
        output.WriteLine($"faulted: {faulted.Blocks} blocks, {faulted.Elapsed.TotalSeconds:F1} s, ledger {faulted.Ledger}");
        output.WriteLine($"faults:  {faulted.Faults}; keeper_rpc_errors {faulted.RpcErrors}, keeper_pass_failures {faulted.FailedPasses}");
        output.WriteLine($"restart: {faulted.Restart}; keeper replacements (clean / faulted) {clean.Replaced} / {faulted.Replaced}");
        output.WriteLine($"extra blocks under 30% faults: {faulted.Blocks - clean.Blocks}");
        Assert.True(faulted.RpcErrors + faulted.FailedPasses > 0, "the metrics count the faults the keeper saw");
        Assert.NotNull(faulted.Restart);
        Assert.True(faulted.Restart.KeeperDropped > 0, $"the restart lost at least one keeper transaction: {faulted.Restart}");
    }

    private async Task<Outcome> RunAsync(double faultShare, bool restart)
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await chain.MintDebtAssetAsync(chain.Address("InsuranceFund"), 1_500m);
        var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, ExtraPositions, Seed);
        Assert.True(targets.Count >= ExtraPositions, $"{targets.Count} liquidatable positions");
        var start = await chain.BlockNumberAsync();
        await using var proxy = new FaultProxy(chain.Url, Seed, faultShare);
        var nodeRestart = restart ? new NodeRestart(chain, proxy) : null;
        // Set up with automine; from here on blocks come only from the driver, so sent transactions wait in the mempool.
        await chain.Rpc<object>("evm_setAutomine", false);
        var metricsUrl = $"http://127.0.0.1:{FreePort.Next()}/";
        var (run, stop) = keeper.StartDaemon(
            "--Rpc:Endpoints:0", proxy.Url.ToString(),
            "--Rpc:AttemptTimeout", "00:00:02",
            "--Rpc:RetryCount", "2",
            "--Rpc:BackoffBase", "00:00:00.050",
            "--Rpc:MaxBackoff", "00:00:01",
            "--Rpc:BreakerBreakDuration", "00:00:01",
            "--Keeper:Metrics:Enabled", "true",
            "--Keeper:Metrics:Url", metricsUrl);
        var clock = Stopwatch.StartNew();
        string metrics;
        RestartReport? restarted;
        try
        {
            restarted = await DriveUntilDoneAsync(keeper, targets, run, nodeRestart, TimeSpan.FromMinutes(4));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            metrics = await http.GetStringAsync(new Uri(metricsUrl + "metrics"));
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (code, error) = await run;
        stop.Dispose();
        Assert.True(code == 0, error);
        var end = await chain.BlockNumberAsync();

        var liquidated = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToHashSet();
        Assert.True(targets.IsSubsetOf(liquidated), "every eligible position was liquidated");
        Assert.NotEmpty(await ChainQueries.EventsAsync<CoveredEventDTO>(chain, "Waterfall", start));
        var final = await ChainQueries.WaterfallAsync(chain);
        Assert.Equal(BigInteger.Zero, final.UncoveredDeficit);
        Assert.Equal(0, final.Next);
        var ledger = await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address);
        Assert.True(ledger.Contiguous, ledger.ToString());
        return new Outcome((long)(end - start), clock.Elapsed, proxy.Summary(),
            ChaosScenario.Sum(metrics, "keeper_rpc_errors"), ChaosScenario.Sum(metrics, "keeper_pass_failures"),
            ReplacedCount(metrics), ledger, restarted);
    }

    /// <summary>
    /// Mines a block every 400 ms (a chain that keeps producing heads) until every target is liquidated; then moves
    /// time past each live auction's deadline so the waterfall can settle and socialize; done when no deficit is open
    /// and the keeper has recorded every transaction as mined. With <paramref name="restart"/>, the node is restarted
    /// once, the first time a keeper transaction after its approval (nonce ≥ 1) waits in the mempool. The daemon must
    /// never stop on its own.
    /// </summary>
    private async Task<RestartReport?> DriveUntilDoneAsync(
        KeeperRunner keeper, HashSet<(uint, string)> targets, Task<(int Code, string Error)> run, NodeRestart? restart, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var liquidated = false;
        RestartReport? restarted = null;
        while (true)
        {
            // Nonce 0 is the debt-asset approval: wait for a liquidation or write-off step in flight, i.e. mid-run.
            if (restart is not null && restarted is null && await restart.KeeperHasPendingAsync(keeper.Address, minNonce: 1))
            {
                restarted = await restart.RunAsync(keeper.Address, RestartDown, BlocksMissedByRestart, CancellationToken.None);
                output.WriteLine($"restarted the node: {restarted}");
            }
            Assert.False(run.IsCompleted, $"the keeper exited: {(run.IsCompleted ? (await run).Error : "")}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"not done within {limit}: liquidated {liquidated}, waterfall uncovered {(await ChainQueries.WaterfallAsync(chain)).UncoveredDeficit}");
            liquidated = liquidated || await ChaosScenario.AllLiquidatedAsync(chain, targets);
            if (liquidated)
            {
                var state = await ChainQueries.WaterfallAsync(chain);
                if (state.UncoveredDeficit.IsZero && await NothingPendingAsync()
                    && (await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address)).Contiguous)
                {
                    Assert.True(restart is null || restarted is not null, "the node was restarted while the keeper had transactions in flight");
                    return restarted;
                }
                if (state.Auction.AuctionId > 0)
                {
                    var now = await NowAsync();
                    var latest = state.Auction.Deadline;
                    if (latest >= now)
                    {
                        await chain.Rpc<object>("evm_increaseTime", (long)(latest - now + 1));
                    }
                }
            }
            await chain.MineAsync();
            await Task.Delay(400);
        }
    }

    /// <summary>Replacements the keeper sent (keeper_transactions{outcome="replaced"}): how it got its dropped transactions back in.</summary>
    private static double ReplacedCount(string metrics) =>
        ChaosScenario.Sum(string.Join('\n', metrics.Split('\n').Where(l => l.Contains("replaced", StringComparison.Ordinal))), "keeper_transactions");

    private async Task<bool> NothingPendingAsync()
    {
        var pending = await chain.Rpc<Nethereum.RPC.Eth.DTOs.BlockWithTransactionHashes>("eth_getBlockByNumber", "pending", false);
        return pending.TransactionHashes.Length == 0;
    }

    private async Task<ulong> NowAsync()
    {
        var block = await chain.Admin.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest());
        return (ulong)block.Timestamp.Value;
    }
}
