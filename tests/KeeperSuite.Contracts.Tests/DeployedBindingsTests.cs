using System.Numerics;
using KeeperSuite.Ethereum;
using KeeperSuite.Ethereum.JsonRpc;

namespace KeeperSuite.Contracts.Tests;

/// <summary>The generated bindings against the real contracts, deployed and seeded by the repository's scripts.</summary>
[Collection(DeployedSystem.Name)]
public sealed class DeployedBindingsTests(DeployedSystemFixture system)
{
    private const byte StepCover = 1; // Waterfall.Step.Cover
    private const byte StepStartAuction = 2; // Waterfall.Step.StartAuction
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Lens_collaterals_decode_with_each_tokens_own_decimals()
    {
        var views = MarketLens.DecodeCollateralsOutput(await system.CallAsync(system.Lens, MarketLens.EncodeCollaterals()));

        Assert.Equal(system.Collaterals.Select(c => (c.Id, c.Token, c.Decimals)), views.Select(v => (v.CollateralId, v.Token, v.Decimals)));
        Assert.Equal(new byte[] { 18, 8, 6 }, views.Select(v => v.Decimals).Order().Reverse());
        foreach (var view in views)
        {
            var tokenDecimals = MockERC20.DecodeDecimalsOutput(await system.CallAsync(view.Token, MockERC20.EncodeDecimals()));
            Assert.Equal(view.Decimals, tokenDecimals);
            Assert.True(view.OracleValid);
            Assert.True(view.Price > 0);
            Assert.True(view.Params.LiquidationThreshold > view.Params.MaxLtv);
        }
    }

    [Fact]
    public async Task Positions_found_from_deposit_events_match_the_lens_and_single_reads()
    {
        var keys = await PositionKeysFromEventsAsync();
        Assert.Equal(6, keys.Count); // deploy-scripts/seed.js opens six positions over three collateral types

        var views = MarketLens.DecodePositionsOutput(await system.CallAsync(system.Lens, MarketLens.EncodePositions(keys)));
        var health = MarketLens.DecodeHealthFactorsOutput(await system.CallAsync(system.Lens, MarketLens.EncodeHealthFactors(keys)));

        Assert.Equal(keys.Count, views.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var single = Market.DecodePositionOutput(await system.CallAsync(system.Market, Market.EncodePosition(keys[i].CollateralId, keys[i].Owner)));
            var singleHealth = Market.DecodeHealthFactorOutput(await system.CallAsync(system.Market, Market.EncodeHealthFactor(keys[i].CollateralId, keys[i].Owner)));
            Assert.Equal((keys[i].CollateralId, keys[i].Owner), (views[i].CollateralId, views[i].Owner));
            Assert.Equal(single.Collateral, views[i].Collateral);
            Assert.Equal(single.ScaledDebt, views[i].ScaledDebt);
            Assert.Equal(singleHealth.Hf, health.Hfs[i]);
            Assert.Equal(health.Hfs[i] < Wad, health.Liquidatable[i]);
        }
    }

    [Fact]
    public async Task A_liquidation_sent_through_the_bindings_records_a_deficit_that_the_waterfall_reports()
    {
        var weth = system.Collaterals.Single(c => c.Symbol == "WETH");
        var owners = (await PositionKeysFromEventsAsync()).Where(k => k.CollateralId == weth.Id).Select(k => k.Owner).ToList();
        var victim = owners[^1]; // the most leveraged WETH position (HF ~1.08)
        var before = Market.DecodePositionOutput(await system.CallAsync(system.Market, Market.EncodePosition(weth.Id, victim)));

        // ETH 2,000 -> 800 USD leaves the position's collateral worth less than its debt.
        await SendAsync(weth.Aggregator, MockAggregator.EncodeSetAnswer(800 * BigInteger.Pow(10, weth.FeedDecimals)));
        var budget = 100_000 * BigInteger.Pow(10, 6);
        await SendAsync(system.DebtAsset, MockERC20.EncodeMint(system.KeeperAddress, budget));
        await SendAsync(system.DebtAsset, MockERC20.EncodeApprove(system.Market, budget));
        var receipt = await SendAsync(system.Market, Market.EncodeLiquidate(weth.Id, victim, budget));

        var liquidated = receipt.Logs
            .Where(l => l.Address == system.Market && l.Topics[0] == Market.LiquidatedEvent.Definition.Topic0Hex)
            .Select(l => Market.LiquidatedEvent.Decode(l.Topics.Select(Hex.Decode).ToList(), l.Data.Span))
            .Single();
        Assert.Equal((weth.Id, victim, system.KeeperAddress), (liquidated.CollateralId, liquidated.Owner, liquidated.Liquidator));
        Assert.Equal(before.Collateral, liquidated.Seized);
        Assert.True(liquidated.DeficitId > 0 && liquidated.DeficitAssets > 0);

        var ledger = LendingPool.DecodeDeficitOutput(await system.CallAsync(system.Pool, LendingPool.EncodeDeficit(liquidated.DeficitId)));
        Assert.Equal(liquidated.DeficitAssets, ledger.Remaining);
        Assert.Equal(victim, ledger.Borrower);

        var state = Waterfall.DecodeWaterfallStateOutput(await system.CallAsync(system.Waterfall, Waterfall.EncodeWaterfallState()));
        var reported = state.Deficits.Single(d => d.DeficitId == liquidated.DeficitId);
        Assert.Equal((liquidated.DeficitAssets, weth.Id, victim), (reported.Remaining, reported.CollateralId, reported.Borrower));
        Assert.True(state.UncoveredDeficit >= liquidated.DeficitAssets);
        // The fund has money for a deficit once it holds min(minCover, remaining): then cover is due, else the auction.
        var minCover = Waterfall.DecodeMinCoverOutput(await system.CallAsync(system.Waterfall, Waterfall.EncodeMinCover()));
        var available = state.FundBalance + state.SkimmableReserves;
        var fundCanCover = available > 0 && available >= BigInteger.Min(minCover, reported.Remaining);
        Assert.Equal(fundCanCover ? StepCover : StepStartAuction, reported.Next);
    }

    [Fact]
    public async Task Liquidating_a_healthy_position_reverts_with_a_custom_error_the_bindings_decode()
    {
        var keys = await PositionKeysFromEventsAsync();
        var health = MarketLens.DecodeHealthFactorsOutput(await system.CallAsync(system.Lens, MarketLens.EncodeHealthFactors(keys)));
        var healthy = keys[health.Hfs.ToList().FindIndex(hf => hf >= Wad)];

        var call = new CallRequest { From = system.KeeperAddress, To = system.Market, Data = Market.EncodeLiquidate(healthy.CollateralId, healthy.Owner, 1_000_000) };
        var error = await Assert.ThrowsAsync<RpcErrorException>(() => system.Client.CallAsync(call, BlockParameter.Latest, CancellationToken.None));

        var revert = Market.PositionHealthyError.TryDecode(error.GetRevertData());
        Assert.NotNull(revert);
        Assert.True(revert.HealthFactor >= Wad);
    }

    private async Task<List<MarketLens.PositionKey>> PositionKeysFromEventsAsync()
    {
        var logs = await system.Client.GetLogsAsync(new LogFilter
        {
            FromBlock = BlockParameter.FromNumber(system.DeployBlock),
            ToBlock = BlockParameter.Latest,
            Addresses = [system.Market],
            Topics = [[Market.CollateralDepositedEvent.Definition.Topic0Hex]],
        }, CancellationToken.None);
        return logs
            .Select(l => Market.CollateralDepositedEvent.Decode(l.Topics.Select(Hex.Decode).ToList(), l.Data.Span))
            .Select(e => new MarketLens.PositionKey(e.CollateralId, e.Owner))
            .Distinct()
            .ToList();
    }

    private async Task<TransactionReceipt> SendAsync(Address to, byte[] data)
    {
        var receipt = await system.Keeper.SendAsync(to, data, BigInteger.Zero, CancellationToken.None);
        Assert.True(receipt.Succeeded, $"transaction to {to} reverted");
        return receipt;
    }
}
