using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Contracts.MockAggregator;
using KeeperSuite.Contracts.MockERC20;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using DeficitRecordedEventDTO = KeeperSuite.Contracts.LendingPool.ContractDefinition.DeficitRecordedEventDTO;

namespace KeeperSuite.Contracts.Tests;

/// <summary>The generated Nethereum services against the real contracts, deployed and seeded by the repository's scripts.</summary>
[Collection(DeployedSystem.Name)]
public sealed class DeployedBindingsTests(DeployedSystemFixture system)
{
    private const byte StepCover = 1; // Waterfall.Step.Cover
    private const byte StepStartAuction = 2; // Waterfall.Step.StartAuction
    private const byte LiquidatedWithDeficit = 2; // Market.LiquidationStatus
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Lens_collaterals_decode_with_each_tokens_own_decimals()
    {
        var views = (await system.LensService.CollateralsQueryAsync()).Views;

        Assert.Equal(
            system.Collaterals.Select(c => (c.Id, c.Token.ToLowerInvariant(), c.Decimals)),
            views.Select(v => (v.CollateralId, v.Token.ToLowerInvariant(), v.Decimals)));
        Assert.Equal(new byte[] { 18, 8, 6 }, views.Select(v => v.Decimals).Order().Reverse());
        foreach (var view in views)
        {
            Assert.Equal(view.Decimals, await new MockERC20Service(system.Web3, view.Token).DecimalsQueryAsync());
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

        var views = (await system.LensService.PositionsQueryAsync(keys)).Views;
        var health = await system.LensService.HealthFactorsQueryAsync(keys);

        Assert.Equal(keys.Count, views.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var single = (await system.MarketService.PositionQueryAsync(keys[i].CollateralId, keys[i].Owner)).ReturnValue1;
            var singleHealth = await system.MarketService.HealthFactorQueryAsync(keys[i].CollateralId, keys[i].Owner);
            Assert.Equal((keys[i].CollateralId, keys[i].Owner), (views[i].CollateralId, views[i].Owner.ToLowerInvariant()));
            Assert.Equal(single.Collateral, views[i].Collateral);
            Assert.Equal(single.ScaledDebt, views[i].ScaledDebt);
            Assert.Equal(singleHealth.Hf, health.Hfs[i]);
            Assert.Equal(health.Hfs[i] < Wad, health.Liquidatable[i]);
        }
    }

    [Fact]
    public async Task A_batch_liquidation_sent_through_the_bindings_records_a_deficit_that_the_waterfall_reports()
    {
        var weth = system.Collaterals.Single(c => c.Symbol == "WETH");
        var owners = (await PositionKeysFromEventsAsync()).Where(k => k.CollateralId == weth.Id).Select(k => k.Owner).ToList();
        var victim = owners[^1]; // the most leveraged WETH position (HF ~1.08)
        var before = (await system.MarketService.PositionQueryAsync(weth.Id, victim)).ReturnValue1;

        // ETH 2,000 -> 800 USD leaves the position's collateral worth less than its debt.
        await Succeeds(new MockAggregatorService(system.Web3, weth.Aggregator).SetAnswerRequestAndWaitForReceiptAsync(800 * weth.FeedUnit));
        var budget = 100_000 * BigInteger.Pow(10, 6);
        var usdc = new MockERC20Service(system.Web3, system.DebtAsset);
        await Succeeds(usdc.MintRequestAndWaitForReceiptAsync(system.Keeper.Address, budget));
        await Succeeds(usdc.ApproveRequestAndWaitForReceiptAsync(system.Market, budget));
        var receipt = await Succeeds(system.MarketService.LiquidateBatchRequestAndWaitForReceiptAsync(
            [new LiquidationOrder { CollateralId = weth.Id, Owner = victim, MaxRepay = budget }]));

        var liquidated = Assert.Single(receipt.DecodeAllEvents<LiquidatedEventDTO>()).Event;
        Assert.Equal((weth.Id, victim.ToLowerInvariant(), system.Keeper.Address.ToLowerInvariant()),
            (liquidated.CollateralId, liquidated.Owner.ToLowerInvariant(), liquidated.Liquidator.ToLowerInvariant()));
        Assert.Equal(before.Collateral, liquidated.Seized);
        // The deficit is the pool's event, logged in the same receipt for the same position.
        var recorded = Assert.Single(receipt.DecodeAllEvents<DeficitRecordedEventDTO>()).Event;
        Assert.Equal((weth.Id, victim.ToLowerInvariant()), (recorded.CollateralId, recorded.Borrower.ToLowerInvariant()));
        Assert.True(recorded.DeficitId > 0 && recorded.Assets > 0);

        var ledger = (await system.PoolService.DeficitQueryAsync(recorded.DeficitId)).ReturnValue1;
        Assert.Equal(recorded.Assets, ledger.Original);
        Assert.Equal(victim.ToLowerInvariant(), ledger.Borrower.ToLowerInvariant());

        // The waterfall works on the aggregate: the deficit sits in the open round and in the uncovered total.
        var state = (await system.WaterfallService.WaterfallStateQueryAsync()).St;
        Assert.True(state.UncoveredDeficit >= recorded.Assets);
        Assert.True(state.DeficitCount >= recorded.DeficitId);
        Assert.InRange(state.Round.FirstDeficitId, 1UL, (ulong)recorded.DeficitId);
        // The fund goes first once it holds min(minCover, debt): then cover is due, else the auction.
        var minCover = await system.WaterfallService.MinCoverQueryAsync();
        var available = state.FundBalance + state.SkimmableReserves;
        var fundCanCover = available > 0 && available >= BigInteger.Min(minCover, state.OpenDebt);
        Assert.Equal(fundCanCover ? StepCover : StepStartAuction, state.Next);

        // Skipping ahead to socialization reverts StepDue(due), caught by type from gas estimation.
        var stepDue = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            system.WaterfallService.SocializeRequestAsync());
        Assert.True(stepDue.IsCustomErrorFor<StepDueError>());
        Assert.Equal(state.Next, stepDue.DecodeError<StepDueError>().Due);
    }

    [Fact]
    public async Task Liquidating_a_healthy_position_reverts_with_a_custom_error_caught_by_type()
    {
        var keys = await PositionKeysFromEventsAsync();
        var health = await system.LensService.HealthFactorsQueryAsync(keys);
        var healthy = keys[health.Hfs.FindIndex(hf => hf >= Wad)];
        var liquidate = new LiquidateFunction
        {
            CollateralId = healthy.CollateralId, Owner = healthy.Owner, MaxRepay = 1_000_000, FromAddress = system.Keeper.Address,
        };

        // eth_call through the query handler, and the real send path (Nethereum estimates gas before signing).
        var fromCall = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            system.Web3.Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(liquidate, system.Market));
        var fromSend = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            system.MarketService.LiquidateRequestAsync(healthy.CollateralId, healthy.Owner, 1_000_000));

        foreach (var revert in new[] { fromCall, fromSend })
        {
            Assert.True(revert.IsCustomErrorFor<PositionHealthyError>());
            Assert.True(revert.DecodeError<PositionHealthyError>().HealthFactor >= Wad);
        }
    }

    private async Task<List<PositionKey>> PositionKeysFromEventsAsync()
    {
        var deposits = system.Web3.Eth.GetEvent<CollateralDepositedEventDTO>(system.Market);
        var logs = await deposits.GetAllChangesAsync(deposits.CreateFilterInput(
            new BlockParameter(system.DeployBlock), BlockParameter.CreateLatest()));
        return logs
            .Select(l => (l.Event.CollateralId, Owner: l.Event.Owner.ToLowerInvariant()))
            .Distinct()
            .Select(k => new PositionKey { CollateralId = k.CollateralId, Owner = k.Owner })
            .ToList();
    }

    private static async Task<TransactionReceipt> Succeeds(Task<TransactionReceipt> sending)
    {
        var receipt = await sending;
        Assert.True(receipt.Succeeded(), $"transaction {receipt.TransactionHash} reverted");
        return receipt;
    }
}
