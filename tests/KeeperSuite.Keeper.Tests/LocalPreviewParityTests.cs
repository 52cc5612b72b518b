using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Scanning;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using MarketParams = KeeperSuite.Contracts.Market.ContractDefinition.MarketParams;
using PositionKey = KeeperSuite.Core.Indexing.PositionKey;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// Liquidation previews computed by the keeper (<see cref="LocalPreview"/>, from its stored amounts and the terms it
/// reads once a pass) against <c>Market.previewLiquidation</c> on a real chain, exactly: many positions on the 18-, 8-
/// and 6-decimal collaterals, random prices, accrual, market and collateral parameters (close-factor threshold,
/// insurance cut 0 or not, small-position value, bonus, dust), partial liquidations in between, and several repay caps.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class LocalPreviewParityTests(KeeperChainFixture chain, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger MaxUint = (BigInteger.One << 256) - 1;
    private readonly string _keyVariable = "KEEPER_LOCAL_PREVIEW_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _stateDirectory = Directory.CreateTempSubdirectory("keeper-local-preview-").FullName;
    private List<CollateralView> _collaterals = [];
    private readonly Dictionary<uint, BigInteger> _initialAnswers = [];

    public async Task InitializeAsync()
    {
        await chain.ResetAsync();
        Environment.SetEnvironmentVariable(_keyVariable, EthECKey.GenerateKey().GetPrivateKey());
        _collaterals = (await chain.Admin.Eth.GetContractQueryHandler<CollateralsFunction>()
            .QueryDeserializingToObjectAsync<CollateralsOutputDTO>(new CollateralsFunction(), chain.Address("MarketLens"))).Views;
        foreach (var c in _collaterals)
            _initialAnswers[c.CollateralId] = (await LatestAnswerAsync(c.CollateralId));
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Directory.Delete(_stateDirectory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Local_previews_equal_the_Markets_exactly_for_partial_full_bad_debt_and_dust_outcomes_on_every_decimals()
    {
        var random = new Random(4242);
        // Small (below smallPositionValue: always full) to large positions, borrowed at 80-99 % of the max LTV.
        foreach (var c in _collaterals)
        {
            foreach (var usd in new[] { 150m, 900m, 1_900m, 2_600m, 4_000m, 7_500m, 12_000m, 18_000m, 26_000m, 40_000m })
                await OpenAsync(c, usd + random.Next(0, 100), 0.80m + 0.19m * (decimal)random.NextDouble());
        }
        await chain.MintDebtAssetAsync(chain.Admin.TransactionManager.Account.Address, 10_000_000m);
        await ChainWrites.SendAsync(chain.Admin, chain.DebtAsset, new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = BigInteger.Pow(2, 255) });

        await using var keeper = await StartKeeperAsync();
        var keeperAddress = keeper.Services.GetRequiredService<ChainConnection>().Context.KeeperAddress;
        var seen = new Dictionary<string, int>();
        var comparisons = 0;
        for (var round = 0; round < 14; round++)
        {
            await RandomizeAsync(random, round);
            var head = await chain.BlockNumberAsync();
            await keeper.Services.GetRequiredService<LogIndexer>().SyncAsync(head, CancellationToken.None);
            var scan = await keeper.Services.GetRequiredService<HealthScanner>().ScanAsync(head, CancellationToken.None);
            var previews = keeper.Services.GetRequiredService<LiquidationPreviews>();
            var terms = await previews.ReadTermsAsync(head);
            Assert.NotNull(terms);
            var index = keeper.Services.GetRequiredService<PositionIndex>();

            // Every watched position, at three repay caps: unbounded (what the keeper previews), one inside the debt, and 1 unit.
            var cases = new List<(PositionKey Key, BigInteger MaxRepay, PreviewOutcome? Local, BigInteger Debt)>();
            foreach (var p in scan.Positions)
            {
                Assert.True(index.TryGetAmounts(p.Key, out var amounts), $"no amounts for {p.Key}");
                var type = terms.Collaterals[p.Key.CollateralId];
                var debt = BigInteger.DivRem((BigInteger)amounts.ScaledDebt * terms.Market.Index, BigInteger.Pow(10, 27), out var rest) + (rest.IsZero ? 0 : 1);
                foreach (var maxRepay in new[] { MaxUint, 1 + (debt * random.Next(1, 1_000) / 1_000), BigInteger.One })
                    cases.Add((p.Key, maxRepay, LocalPreview.Preview(amounts.Collateral, amounts.ScaledDebt, maxRepay, type, terms.Market), debt));
            }
            var onChain = await MarketPreviewsAsync(cases.Select(c => (c.Key, c.MaxRepay)).ToList(), keeperAddress, head);
            for (var i = 0; i < cases.Count; i++)
            {
                var (key, maxRepay, local, debt) = cases[i];
                Assert.True(local is not null, $"round {round}: no local preview for {key}");
                Assert.True(onChain[i] == local, $"round {round}, {key}, maxRepay {maxRepay}: local {local}, Market {onChain[i]}");
                comparisons++;
                var kind = Kind(local!.Value, key, debt);
                seen[kind] = seen.GetValueOrDefault(kind) + 1;
            }

            // The keeper's own path: every liquidatable position of the scan is previewed locally, and equals the Market.
            var due = scan.Liquidatable.ToList();
            var kept = await previews.PreviewAsync(due, scan, terms);
            var max = await MarketPreviewsAsync(due.Select(p => (p.Key, MaxUint)).ToList(), keeperAddress, head);
            for (var i = 0; i < due.Count; i++)
            {
                Assert.True(kept[i] is { Local: true }, $"round {round}: {due[i].Key} was not previewed locally");
                Assert.Equal(max[i], kept[i]!.Value.Outcome);
            }

            // Liquidate a few partially (random caps) so later rounds see amounts no open() produces.
            foreach (var p in due.Take(round % 2 == 0 ? 1 : 0))
            {
                var cap = kept[due.IndexOf(p)]!.Value.Outcome.Repaid * random.Next(30, 101) / 100 + 1;
                await ChainWrites.TryAsync(() => ChainWrites.SendAsync(chain.Admin, chain.Address("Market"),
                    new LiquidateFunction { CollateralId = p.Key.CollateralId, Owner = p.Key.Owner, MaxRepay = cap }));
            }
        }

        var summary = string.Join(", ", seen.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));
        output.WriteLine($"{comparisons} comparisons: {summary}");
        foreach (var kind in new[] { "partial", "full", "bad debt", "healthy", "max repay too low" })
            Assert.True(seen.Keys.Any(k => k.StartsWith(kind, StringComparison.Ordinal)), $"no '{kind}' outcome among {comparisons}: {summary}");
        foreach (var c in _collaterals)
            Assert.True(seen.Keys.Any(k => k.EndsWith($"/{c.Decimals}", StringComparison.Ordinal) && !k.StartsWith("healthy", StringComparison.Ordinal) && !k.StartsWith("max", StringComparison.Ordinal)),
                $"no liquidation outcome on the {c.Decimals}-decimals collateral: {summary}");
    }

    [Fact]
    public async Task After_a_local_preview_differs_from_the_lens_every_preview_is_the_lenss_for_a_thousand_blocks()
    {
        foreach (var c in _collaterals)
            await OpenAsync(c, 5_000m, 0.98m);
        foreach (var c in _collaterals)
            await ChainWrites.SendAsync(chain.Admin, chain.FeedOf(c.CollateralId), new Agg.SetAnswerFunction { Answer = _initialAnswers[c.CollateralId] * 70 / 100 });
        await using var keeper = await StartKeeperAsync();
        var previews = keeper.Services.GetRequiredService<LiquidationPreviews>();

        async Task<(List<Previewed?> Kept, ScanResult Scan)> PreviewAtHeadAsync()
        {
            var head = await chain.BlockNumberAsync();
            await keeper.Services.GetRequiredService<LogIndexer>().SyncAsync(head, CancellationToken.None);
            var scan = await keeper.Services.GetRequiredService<HealthScanner>().ScanAsync(head, CancellationToken.None);
            Assert.True(scan.Liquidatable.Count() >= _collaterals.Count, $"{scan.Liquidatable.Count()} liquidatable");
            return (await previews.PreviewAsync([.. scan.Liquidatable], scan, await previews.ReadTermsAsync(head)), scan);
        }

        var (kept, scan) = await PreviewAtHeadAsync();
        Assert.All(kept, k => Assert.True(k is { Local: true }));
        // The audit is handed one local preview that the lens contradicts (a model of the Market gone wrong).
        var wrong = kept[0]!.Value.Outcome with { Seized = kept[0]!.Value.Outcome.Seized + 1 };
        await previews.AuditAsync([(scan.Liquidatable.First().Key, wrong)], scan.Block);

        (kept, _) = await PreviewAtHeadAsync();
        Assert.All(kept, k => Assert.True(k is { Local: false }, "previewed locally right after a mismatch"));
        await chain.Rpc<object>("hardhat_mine", "0x" + LiquidationPreviews.LensOnlyBlocksAfterMismatch.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var c in _collaterals) // fresh rounds: the feeds' answers are not stale after the mined blocks
            await ChainWrites.SendAsync(chain.Admin, chain.FeedOf(c.CollateralId), new Agg.SetAnswerFunction { Answer = _initialAnswers[c.CollateralId] * 70 / 100 });
        (kept, _) = await PreviewAtHeadAsync();
        Assert.All(kept, k => Assert.True(k is { Local: true }, "still the lens's after the distrust window"));
    }

    private string Kind(PreviewOutcome o, PositionKey key, BigInteger debt)
    {
        var decimals = _collaterals.First(c => c.CollateralId == key.CollateralId).Decimals;
        var kind = o.Status switch
        {
            LiquidationStatus.Liquidated when o.DeficitAssets > 0 => "bad debt",
            LiquidationStatus.Liquidated when o.Repaid < debt => "partial",
            LiquidationStatus.Liquidated => "full",
            LiquidationStatus.SkippedHealthy => "healthy",
            LiquidationStatus.SkippedMaxRepayTooLow => "max repay too low",
            _ => o.Status.ToString(),
        };
        return $"{kind}/{decimals}";
    }

    /// <summary>
    /// One random step of the world: prices (40-105 % of the seeded ones), time (feeds refreshed), and now and then the
    /// market's and a collateral's liquidation parameters within their bounds.
    /// </summary>
    private async Task RandomizeAsync(Random random, int round)
    {
        if (round > 0)
            await chain.IncreaseTimeAsync(TimeSpan.FromSeconds(random.Next(600, 40 * 86_400)));
        if (round % 3 == 1)
        {
            var cut = random.Next(3) == 0 ? BigInteger.Zero : Wad * random.Next(1, 501) / 1_000;
            await ChainWrites.SendAsync(chain.Admin, chain.Address("Market"), new SetMarketParamsFunction
            {
                Params = new MarketParams
                {
                    CloseFactorHfThreshold = (ulong)(Wad * random.Next(500, 1_001) / 1_000),
                    InsuranceCut = (ulong)cut,
                    SmallPositionValue = random.Next(0, 6_000) * 1_000_000L + random.Next(1_000_000),
                },
            });
        }
        if (round % 3 == 2)
        {
            var c = _collaterals[random.Next(_collaterals.Count)];
            // thresholdTimesBonus: threshold × (1 + bonus) <= 1.
            var maxBonus = BigInteger.Min(Wad / 4, Wad * Wad / c.Params.LiquidationThreshold - Wad);
            await ChainWrites.SendAsync(chain.Admin, chain.Address("Market"), new SetCollateralParamsFunction
            {
                CollateralId = c.CollateralId,
                Params = new Contracts.Market.ContractDefinition.CollateralParams
                {
                    MaxLtv = c.Params.MaxLtv,
                    LiquidationThreshold = c.Params.LiquidationThreshold,
                    LiquidationBonus = (ulong)(maxBonus * random.Next(0, 1_001) / 1_000),
                    DebtCeiling = c.Params.DebtCeiling,
                    Dust = random.Next(0, 3_000) * 1_000_000L + random.Next(1_000_000),
                },
            });
        }
        foreach (var c in _collaterals)
        {
            var answer = _initialAnswers[c.CollateralId] * random.Next(400, 1_051) / 1_000 + random.Next(0, 1_000);
            await ChainWrites.SendAsync(chain.Admin, chain.FeedOf(c.CollateralId), new Agg.SetAnswerFunction { Answer = answer });
        }
    }

    private async Task<List<PreviewOutcome>> MarketPreviewsAsync(List<(PositionKey Key, BigInteger MaxRepay)> cases, string liquidator, ulong block)
    {
        var calls = cases.Select(c => new PreviewLiquidationFunction { CollateralId = c.Key.CollateralId, Owner = c.Key.Owner, Liquidator = liquidator, MaxRepay = c.MaxRepay }).ToList();
        var outcomes = await BatchCaller.CallAsync<PreviewLiquidationFunction, PreviewLiquidationOutputDTO>(
            chain.Admin.Client, chain.Address("Market"), calls, new BlockParameter(new HexBigInteger(block)));
        return outcomes.Select((o, i) =>
        {
            Assert.True(o.Ok, $"previewLiquidation of {cases[i].Key} failed: {o.Error}");
            var r = o.Output!.Result;
            Assert.Equal(BigInteger.Zero, r.DeficitId);
            return new PreviewOutcome((LiquidationStatus)r.Status, r.Repaid, r.Seized, r.Fee, r.DeficitAssets);
        }).ToList();
    }

    private Task<InProcessKeeper> StartKeeperAsync() => InProcessKeeper.StartAsync(chain, _keyVariable, _stateDirectory);

    /// <summary>Opens a position worth <paramref name="usd"/> borrowing <paramref name="ltvShare"/> of its max LTV.</summary>
    private async Task OpenAsync(CollateralView c, decimal usd, decimal ltvShare)
    {
        var key = EthECKey.GenerateKey();
        var owner = key.GetPublicAddress();
        await chain.Admin.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(owner, 1m);
        var amount = new BigInteger(usd) * BigInteger.Pow(10, c.Decimals) * Wad / c.Price;
        await ChainWrites.SendAsync(chain.Admin, c.Token, new Erc20.MintFunction { To = owner, Amount = amount });
        var web3 = new Web3(new Account(key, 31337), chain.Url.ToString());
        web3.TransactionManager.UseLegacyAsDefault = false;
        await ChainWrites.SendAsync(web3, c.Token, new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = amount });
        var borrow = new BigInteger(usd * ltvShare * 1_000_000m) * c.Params.MaxLtv / Wad;
        await ChainWrites.SendAsync(web3, chain.Address("Market"), new OpenFunction { CollateralId = c.CollateralId, CollateralAmount = amount, BorrowAssets = borrow, Receiver = owner });
    }

    private async Task<BigInteger> LatestAnswerAsync(uint collateralId) =>
        (await chain.Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
            .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), chain.FeedOf(collateralId))).ReturnValue2;
}
