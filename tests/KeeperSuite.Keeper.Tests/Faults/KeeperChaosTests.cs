using System.Diagnostics;
using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Testing;
using Xunit.Abstractions;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// The keeper daemon through <see cref="FaultProxy"/>: the same crash (same seed) once without faults and once with
/// 30% of requests faulted. Both must end in the same place — every eligible position liquidated, every deficit
/// closed by the waterfall, nonces contiguous — and the faulted run's extra blocks are reported (RELIABILITY.md).
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperChaosTests(KeeperChainFixture chain, ITestOutputHelper output)
{
    private const int Seed = 1107;
    private const int ExtraPositions = 30;

    public sealed record Outcome(long Blocks, TimeSpan Elapsed, string Faults, double RpcErrors, double FailedPasses, KeeperLedger.Summary Ledger);

    [Fact]
    public async Task Keeper_survives_30_percent_faulted_requests_and_ends_where_a_clean_run_ends()
    {
        var clean = await RunAsync(0.0);
        var faulted = await RunAsync(0.30);

        output.WriteLine($"clean:   {clean.Blocks} blocks, {clean.Elapsed.TotalSeconds:F1} s, ledger {clean.Ledger}");
        output.WriteLine($"faulted: {faulted.Blocks} blocks, {faulted.Elapsed.TotalSeconds:F1} s, ledger {faulted.Ledger}");
        output.WriteLine($"faults:  {faulted.Faults}; keeper_rpc_errors {faulted.RpcErrors}, keeper_pass_failures {faulted.FailedPasses}");
        output.WriteLine($"extra blocks under 30% faults: {faulted.Blocks - clean.Blocks}");
        Assert.True(faulted.RpcErrors + faulted.FailedPasses > 0, "the metrics count the faults the keeper saw");
    }

    private async Task<Outcome> RunAsync(double faultShare)
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await chain.MintDebtAssetAsync(chain.Address("InsuranceFund"), 1_500m);
        var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, ExtraPositions, Seed);
        Assert.True(targets.Count >= ExtraPositions, $"{targets.Count} liquidatable positions");
        var start = await chain.BlockNumberAsync();
        await using var proxy = new FaultProxy(chain.Url, Seed, faultShare);
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
        try
        {
            await DriveUntilDoneAsync(keeper, targets, run, TimeSpan.FromMinutes(4));
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
            ChaosScenario.Sum(metrics, "keeper_rpc_errors"), ChaosScenario.Sum(metrics, "keeper_pass_failures"), ledger);
    }

    /// <summary>
    /// Mines a block every 400 ms (a chain that keeps producing heads) until every target is liquidated; then moves
    /// time past each live auction's deadline so the waterfall can settle and socialize; done when no deficit is open
    /// and the keeper has recorded every transaction as mined. The daemon must never stop on its own.
    /// </summary>
    private async Task DriveUntilDoneAsync(KeeperRunner keeper, HashSet<(uint, string)> targets, Task<(int Code, string Error)> run, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var liquidated = false;
        while (true)
        {
            Assert.False(run.IsCompleted, $"the keeper exited: {(run.IsCompleted ? (await run).Error : "")}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"not done within {limit}: liquidated {liquidated}, waterfall uncovered {(await ChainQueries.WaterfallAsync(chain)).UncoveredDeficit}");
            liquidated = liquidated || await ChaosScenario.AllLiquidatedAsync(chain, targets);
            if (liquidated)
            {
                var state = await ChainQueries.WaterfallAsync(chain);
                if (state.UncoveredDeficit.IsZero && await NothingPendingAsync()
                    && (await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address)).Contiguous)
                    return;
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
