using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;

namespace KeeperSuite.Keeper.Tests;

[CollectionDefinition(Name)]
public sealed class KeeperChain : ICollectionFixture<KeeperChainFixture>
{
    public const string Name = "keeper chain";
}

[Collection(KeeperChain.Name)]
public sealed class KeeperEndToEndTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task Crash_is_liquidated_and_every_deficit_written_off_fund_then_auction_then_lps_with_no_other_actor()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await chain.MintDebtAssetAsync(chain.Address("InsuranceFund"), 1_500m);
        var keys = await ChainQueries.PositionKeysAsync(chain);
        await chain.CrashAsync(45m, "WETH", "WBTC");
        var before = await chain.HealthAsync(keys);
        var unhealthy = keys.Where((k, i) => before.Liquidatable[i]).Select(k => (k.CollateralId, k.Owner)).ToHashSet();
        var healthy = keys.Where((k, i) => !before.Liquidatable[i]).Select(k => (k.CollateralId, k.Owner)).ToHashSet();
        Assert.NotEmpty(unhealthy);
        Assert.NotEmpty(healthy);
        var start = await chain.BlockNumberAsync();

        var (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);

        // An outside bidder takes part of the first live auction once the keeper has started it.
        var bidderTook = false;
        for (var pass = 0; pass < 16; pass++)
        {
            var state = await ChainQueries.WaterfallAsync(chain);
            if (state.UncoveredDeficit == 0)
                break;
            if (!bidderTook && state.Auction is { CanSell: true } live && live.AuctionId > 0)
            {
                await BidAsync(live);
                bidderTook = true;
            }
            else if (state.Auction.AuctionId > 0)
            {
                await chain.IncreaseTimeAsync(TimeSpan.FromSeconds(Math.Max(60, (double)state.Auction.Deadline - await NowAsync() + 1)));
            }
            (code, error) = await keeper.RunOnceAsync();
            Assert.True(code == 0, error);
        }

        var final = await ChainQueries.WaterfallAsync(chain);
        Assert.Equal(BigInteger.Zero, final.UncoveredDeficit);
        Assert.Equal(0, final.Next);
        var liquidated = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToHashSet();
        Assert.True(unhealthy.SetEquals(liquidated), "every unhealthy position, and only those, was liquidated");
        Assert.Empty(liquidated.Intersect(healthy));

        // The order of the waterfall, from events: fund first, then an auction (taken, settled), then the LPs.
        var covered = await ChainQueries.EventsAsync<CoveredEventDTO>(chain, "Waterfall", start);
        var started = await ChainQueries.EventsAsync<AuctionStartedEventDTO>(chain, "Waterfall", start);
        var taken = await ChainQueries.EventsAsync<AuctionTakenEventDTO>(chain, "Waterfall", start);
        var settled = await ChainQueries.EventsAsync<AuctionSettledEventDTO>(chain, "Waterfall", start);
        var socialized = await ChainQueries.EventsAsync<SocializedEventDTO>(chain, "Waterfall", start);
        Assert.NotEmpty(covered);
        Assert.NotEmpty(started);
        Assert.NotEmpty(taken);
        Assert.NotEmpty(settled);
        Assert.NotEmpty(socialized);
        Assert.True(covered.Min(e => e.Log.BlockNumber.Value) <= started.Min(e => e.Log.BlockNumber.Value));
        Assert.True(started.Min(e => e.Log.BlockNumber.Value) < taken.Min(e => e.Log.BlockNumber.Value));
        Assert.True(taken.Min(e => e.Log.BlockNumber.Value) <= settled.Max(e => e.Log.BlockNumber.Value));
        Assert.True(settled.Min(e => e.Log.BlockNumber.Value) <= socialized.Max(e => e.Log.BlockNumber.Value));
        Assert.All(started, e => Assert.Equal(keeper.Address.ToLowerInvariant(), e.Event.Keeper.ToLowerInvariant()));

        // Nothing was sent twice: every nonce the keeper used is one confirmed transaction.
        using var db = keeper.OpenDatabase();
        var nonce = await ChainQueries.NonceAsync(chain, keeper.Address);
        var store = await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT nonce), SUM(status = 'confirmed') FROM transactions";
            using var reader = command.ExecuteReader();
            reader.Read();
            return (Total: reader.GetInt64(0), Distinct: reader.GetInt64(1), Confirmed: reader.GetInt64(2));
        }, CancellationToken.None);
        Assert.Equal((long)nonce, store.Total);
        Assert.Equal(store.Total, store.Distinct);
        Assert.Equal(store.Total, store.Confirmed);
    }

    private async Task<double> NowAsync()
    {
        var block = await chain.Admin.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest());
        return (double)block.Timestamp.Value;
    }

    private async Task BidAsync(AuctionView auction)
    {
        var key = EthECKey.GenerateKey();
        var bidder = new Web3(new Account(key, 31337), chain.Url.ToString());
        bidder.TransactionManager.UseLegacyAsDefault = false;
        await chain.FundAsync(key.GetPublicAddress(), 100_000m);
        var usdc = chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!;
        await bidder.Eth.GetContractTransactionHandler<Erc20.ApproveFunction>().SendRequestAndWaitForReceiptAsync(usdc,
            new Erc20.ApproveFunction { Spender = chain.Address("Waterfall"), Value = Nethereum.ABI.IntType.MAX_UINT256_VALUE });
        var receipt = await bidder.Eth.GetContractTransactionHandler<TakeFunction>().SendRequestAndWaitForReceiptAsync(chain.Address("Waterfall"), new TakeFunction
        {
            AuctionId = auction.AuctionId,
            MaxTokens = BigInteger.Min(auction.LotLeft, BigInteger.Pow(10, 18)),
            MaxPrice = auction.Price * 2,
            Receiver = key.GetPublicAddress(),
        });
        Assert.Equal(BigInteger.One, receipt.Status.Value);
    }
}
