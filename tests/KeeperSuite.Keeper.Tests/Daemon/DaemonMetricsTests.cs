using System.Globalization;
using System.Net;
using KeeperSuite.Contracts.Market.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>
/// Issue 19, defect 4: what the daemon did before the first scrape of /metrics is in the first scrape, and the
/// debt-asset balance gauge is the balance on chain after the keeper's own liquidations.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class DaemonMetricsTests(KeeperChainFixture chain)
{
    private const string Prefix = "keepersuite_keeper_keeper_";

    [Fact]
    public async Task The_first_scrape_shows_the_liquidations_and_transactions_done_before_it_and_the_balance_left_after_them()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        using var web = new DaemonWeb();
        await chain.FundAsync(keeper.Address, 1_000_000m);
        var start = await chain.BlockNumberAsync();
        await chain.CrashAsync(45m, "WETH", "WBTC");

        var (run, stop) = keeper.StartDaemon(web.Settings);
        string metrics;
        try
        {
            // No scrape until the keeper has liquidated and processed the receipts: /healthz only (it never collects metrics).
            var settled = 0;
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (settled < 5)
            {
                Assert.True(DateTime.UtcNow < deadline, "the keeper did not liquidate and settle in 3 minutes");
                Assert.False(run.IsCompleted, "the daemon stopped");
                var head = await chain.BlockNumberAsync();
                var (code, body) = await web.HealthAsync();
                var liquidations = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start)).Count;
                var done = code == HttpStatusCode.OK && body!.Value.GetProperty("processed").GetUInt64() == head && liquidations > 0;
                settled = done ? settled + 1 : 0;
                await Task.Delay(300);
            }
            metrics = await web.ScrapeAsync();
        }
        finally
        {
            await stop.CancelAsync();
        }
        var (exit, error) = await run;
        stop.Dispose();
        Assert.True(exit == 0, error);

        var byKeeper = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Count(e => string.Equals(e.Event.Liquidator, keeper.Address, StringComparison.OrdinalIgnoreCase));
        var nonce = (double)await ChainQueries.NonceAsync(chain, keeper.Address);
        Assert.True(byKeeper > 0);
        Assert.Equal(byKeeper, DaemonWeb.Sample(metrics, Prefix + "liquidations", ("outcome", "confirmed")));
        Assert.Equal(byKeeper, DaemonWeb.Sample(metrics, Prefix + "liquidations", ("outcome", "sent")));
        Assert.Equal(nonce, DaemonWeb.Sample(metrics, Prefix + "transactions", ("outcome", "sent")));
        Assert.Equal(nonce, DaemonWeb.Sample(metrics, Prefix + "transactions", ("outcome", "confirmed")));
        // Outcomes that did not happen are series at 0, not absent: increase() and the alerts see their first event.
        Assert.Equal(0, DaemonWeb.Sample(metrics, Prefix + "transactions", ("outcome", "reverted")));
        Assert.Equal(0, DaemonWeb.Sample(metrics, Prefix + "liquidations", ("outcome", "reverted")));

        var usdc = chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!;
        var balance = await chain.Admin.Eth.ERC20.GetContractService(usdc).BalanceOfQueryAsync(keeper.Address);
        var units = (double)balance / 1_000_000d;
        Assert.True(units < 1_000_000d, "the keeper spent some of its budget");
        var gauge = DaemonWeb.Sample(metrics, Prefix + "debt_asset_balance");
        Assert.True(gauge is { } g && Math.Abs(g - units) < 0.000_001,
            $"gauge {gauge?.ToString(CultureInfo.InvariantCulture) ?? "absent"}, balance on chain {units.ToString(CultureInfo.InvariantCulture)}");
    }
}
