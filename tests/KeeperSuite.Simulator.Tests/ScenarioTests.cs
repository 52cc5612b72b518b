using KeeperSuite.Devnet;

namespace KeeperSuite.Simulator.Tests;

/// <summary>One chain deployed once for the class; every run starts from its deployment snapshot (as --runs does).</summary>
public sealed class SharedChainFixture : IAsyncLifetime
{
    public SimulationChain Chain { get; private set; } = null!;

    public async Task InitializeAsync() => Chain = await SimulationChain.StartAsync(RepositoryLocator.Find(), _ => { }, CancellationToken.None);

    public async Task DisposeAsync() => await Chain.DisposeAsync();
}

/// <summary>
/// Every scenario runs to its end at a small size, on one chain reset between runs by evm_revert, and each report's
/// figures agree with each other (<see cref="ReportIdentities"/>).
/// </summary>
public sealed class ScenarioTests(SharedChainFixture fixture) : IClassFixture<SharedChainFixture>
{
    [Theory]
    [InlineData("correlated", 6)]
    [InlineData("black-thursday", 8)]
    public async Task Scenario_runs_to_its_end_and_its_report_adds_up(string scenario, int blocks)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var options = new SimulationOptions { Scenario = scenario, Positions = 9, Lps = 2, Blocks = blocks, Seed = 11 };

        var report = await new SimulationRun(options, NoProgress.Instance).RunAsync(fixture.Chain, timeout.Token);

        ReportIdentities.AssertHold(report);
        Assert.NotEmpty(report.HealthBefore);
        Assert.Equal(9, report.HealthBefore.Count);
        Assert.NotNull(report.Timings);
    }

    [Fact]
    public async Task No_bidders_run_socializes_what_the_fund_cannot_cover()
    {
        SimulationTests.ChainFacts? facts = null;
        var run = new SimulationRun(new SimulationOptions { Scenario = "no-bidders", Positions = 9, Lps = 2, Blocks = 5, Seed = 7, Fund = 100 }, NoProgress.Instance)
        {
            InspectChain = async (url, d) => facts = await SimulationTests.ChainFacts.ReadAsync(url, d),
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await run.RunAsync(fixture.Chain, timeout.Token);

        ReportIdentities.AssertHold(report);
        Assert.NotNull(facts);
        Assert.Equal(System.Numerics.BigInteger.Zero, facts.RecoveryTokens);
        Assert.Equal("0", report.Deficits.AuctionBaseUnits);
        Assert.True(facts.WrittenOff > 0, "with no taker the LPs must bear the rest");
        Assert.Equal(facts.WrittenOff.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Deficits.LpsBaseUnits);
        Assert.Equal(facts.DeficitsCreated + facts.Rewards - facts.WrittenOff, System.Numerics.BigInteger.Parse(report.Deficits.FundBaseUnits, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(System.Numerics.BigInteger.Zero, facts.Uncovered);
        Assert.True(report.Lp.LossShare > 0 && report.Lp.HaircutFraction > 0, "the LPs bore part of the loss: the share price must show it");
        Assert.True(report.Deficits.LpShare > 0);
    }

    [Fact]
    public async Task Slow_bleed_liquidates_on_interest_alone_without_a_reverted_keeper_transaction()
    {
        // Before the fix every liquidation reverted OracleInvalid: the keeper's transaction ran ahead of the block's
        // price post, ten days after the last one. Prices are flat here, so only interest can make a position liquidatable.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var options = new SimulationOptions { Scenario = "slow-bleed", Positions = 9, Lps = 2, Seed = 1 };

        var report = await new SimulationRun(options, NoProgress.Instance).RunAsync(fixture.Chain, timeout.Token);

        ReportIdentities.AssertHold(report);
        Assert.Empty(report.KeeperReverts);
        Assert.True(report.Liquidations.Liquidations > 0, "300 days at ~50 % APR must push some position under");
        Assert.True(report.Lp.InterestEarned > 0 && report.Lp.HaircutFraction < 0, "the LPs earned the interest");
    }

    [Fact]
    public async Task Thin_liquidity_runs_to_its_end_and_its_flash_sales_slip_more_than_on_the_deployed_pools()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var deep = await new SimulationRun(new SimulationOptions { Scenario = "crash", Positions = 9, Lps = 2, Blocks = 5, Seed = 5 }, NoProgress.Instance)
            .RunAsync(fixture.Chain, timeout.Token);
        var thin = await new SimulationRun(new SimulationOptions { Scenario = "thin-liquidity", Positions = 9, Lps = 2, Blocks = 5, Seed = 5 }, NoProgress.Instance)
            .RunAsync(fixture.Chain, timeout.Token);

        ReportIdentities.AssertHold(thin);
        Assert.NotNull(deep.Dex);
        Assert.NotNull(thin.Dex);
        Assert.Equal("flash", thin.KeeperMode);
        // dex.js deploys 1,000,000 per 2 %; thin-liquidity keeps 15 % (the depth is measured back from the pool).
        Assert.All(deep.Dex.Depth.Values, d => Assert.InRange(d, 990_000m, 1_010_000m));
        Assert.All(thin.Dex.Depth.Values, d => Assert.InRange(d, 148_500m, 151_500m));
        Assert.NotEmpty(thin.Sales);
        Assert.All(thin.Sales, s => Assert.True(s.Sold, "a flash keeper sells what it seizes in the same transaction"));
        Assert.True(thin.Dex.Slippage > 0 && deep.Dex.Slippage > 0, "every sale pays at least the pool's 0.3 % fee");
        Assert.True(thin.Dex.SlippageFraction > deep.Dex.SlippageFraction,
            $"thin pools slip {thin.Dex.SlippageFraction:P3}, the deployed ones {deep.Dex.SlippageFraction:P3}");
        Assert.Equal(thin.Dex.Slippage, thin.Sales.Sum(s => s.Slippage));
        Assert.Equal(Math.Round(thin.Dex.DexValue, 2), thin.Liquidations.SeizedValue);
    }

    [Fact]
    public async Task After_a_price_post_every_pool_is_at_the_oracle_price_within_the_tolerance()
    {
        await fixture.Chain.ResetAsync();
        var url = fixture.Chain.Node.Url;
        var deployment = fixture.Chain.Deployment;
        var driver = await ChainDriver.ConnectAsync(url, deployment);
        var dex = await driver.AttachDexAsync(url, deployment, fixture.Chain.DeploymentsFile, SimulationAccounts.Arbitrageur(1), 300_000, CancellationToken.None);
        Assert.NotNull(dex);
        await driver.SetAutomineAsync(false);

        // Down 35 % / up 12 % / flat, then back up past the start: the arbitrage sells collateral, then buys it.
        foreach (var multipliers in new[] { new[] { 0.65, 1.12, 1.0 }, new[] { 1.3, 0.9, 1.0 } })
        {
            await driver.PostPricesAsync(multipliers, CancellationToken.None);
            var block = await driver.MineAsync();
            foreach (var pool in dex.Pools)
            {
                var oracle = (double)await dex.OraclePriceAsync(pool, block);
                var price = (double)await dex.PoolPriceAsync(pool, block);
                Assert.True(Math.Abs(price / oracle - 1) <= SimulationDex.Tolerance, $"{pool.Collateral.Symbol}: pool {price / 1e18} vs oracle {oracle / 1e18}");
            }
        }
        await driver.SetAutomineAsync(true);
    }

    [Fact]
    public async Task Same_seed_on_a_reset_chain_gives_the_same_run()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var options = new SimulationOptions { Scenario = "crash", Positions = 9, Lps = 2, Blocks = 5, Seed = 7 };

        var first = await new SimulationRun(options, NoProgress.Instance).RunAsync(fixture.Chain, timeout.Token);
        var second = await new SimulationRun(options, NoProgress.Instance).RunAsync(fixture.Chain, timeout.Token);

        Assert.True(first.Deficits.Count > 0);
        Assert.Equal(first.Deficits.Count, second.Deficits.Count);
        Assert.Equal(first.Liquidations.Liquidations, second.Liquidations.Liquidations);
        Assert.Equal(first.Liquidations.SeizedTokens, second.Liquidations.SeizedTokens);
        // Block timestamps follow the wall clock, so interest over the seconds of seeding differs by a few base units.
        Assert.InRange(Math.Abs(first.Deficits.Created - second.Deficits.Created), 0m, first.Deficits.Created * 0.00001m);
        Assert.InRange(Math.Abs(first.Lp.ValueBefore - second.Lp.ValueBefore), 0m, first.Lp.ValueBefore * 0.00001m);
    }

    [Fact]
    public async Task A_parameter_out_of_the_contracts_bounds_fails_the_run_with_the_reason()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var options = RiskParameters.With(new SimulationOptions { Scenario = "crash", Positions = 3, Lps = 1, Blocks = 2, Seed = 3 }, "liquidationBonus", 5);

        var error = await Assert.ThrowsAsync<SimulationException>(() => new SimulationRun(options, NoProgress.Instance).RunAsync(fixture.Chain, timeout.Token));

        Assert.Contains("liquidationBonus=5", error.Message);
    }
}
