using System.Globalization;
using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Scanning;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using PositionKey = KeeperSuite.Core.Indexing.PositionKey;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// Health factors computed by the keeper (from its stored amounts, one price per collateral and one borrow index)
/// against MarketLens's, exactly, on a real chain: every position is cross-checked at every step.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class LocalHealthTests(KeeperChainFixture chain) : IAsyncLifetime
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private readonly string _keyVariable = "KEEPER_LOCAL_HEALTH_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _stateDirectory = Directory.CreateTempSubdirectory("keeper-local-health-").FullName;
    private readonly List<(EthECKey Key, uint CollateralId)> _borrowers = [];
    private List<CollateralView> _collaterals = [];

    public async Task InitializeAsync()
    {
        await chain.ResetAsync();
        Environment.SetEnvironmentVariable(_keyVariable, EthECKey.GenerateKey().GetPrivateKey());
        _collaterals = (await chain.Admin.Eth.GetContractQueryHandler<CollateralsFunction>()
            .QueryDeserializingToObjectAsync<CollateralsOutputDTO>(new CollateralsFunction(), chain.Address("MarketLens"))).Views;
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Directory.Delete(_stateDirectory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Local_health_equals_the_lens_exactly_through_random_deposits_borrows_repays_accrual_price_moves_and_liquidations()
    {
        var random = new Random(1717);
        foreach (var c in _collaterals)
        {
            for (var n = 0; n < 3; n++)
                await OpenAsync(c, 3_000m + 4_000m * n, 0.5m + 0.12m * n);
        }
        await chain.MintDebtAssetAsync(chain.Admin.TransactionManager.Account.Address, 10_000_000m);
        await ChainWrites.SendAsync(chain.Admin, chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!,
            new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = BigInteger.Pow(2, 255) });

        await using var keeper = await StartKeeperAsync();
        var actions = new Dictionary<string, int>();
        var liquidated = 0;
        for (var step = 0; step < 40; step++)
        {
            var action = step == 20 ? "crash" : random.Next(7) switch
            {
                0 => "deposit",
                1 => "borrow",
                2 => "repay",
                3 => "accrue",
                4 => "price",
                5 => "liquidate",
                _ => "withdraw",
            };
            var (key, collateralId) = _borrowers[random.Next(_borrowers.Count)];
            var borrower = Web3Of(key);
            var owner = key.GetPublicAddress();
            var c = _collaterals.First(v => v.CollateralId == collateralId);
            var unit = BigInteger.Pow(10, c.Decimals);
            var done = action switch
            {
                "deposit" => await ChainWrites.TryAsync(async () =>
                {
                    var amount = unit * random.Next(1, 100) / 100;
                    await MintAsync(c, owner, amount);
                    await ChainWrites.SendAsync(borrower, chain.Address("Market"), new DepositFunction { CollateralId = collateralId, Owner = owner, Amount = amount });
                }),
                "borrow" => await ChainWrites.TryAsync(() => ChainWrites.SendAsync(borrower, chain.Address("Market"),
                    new BorrowFunction { CollateralId = collateralId, Assets = random.Next(1, 2_000) * 1_000_000L + random.Next(1_000_000), Receiver = owner })),
                "repay" => await ChainWrites.TryAsync(() => ChainWrites.SendAsync(borrower, chain.Address("Market"),
                    new RepayFunction { CollateralId = collateralId, Owner = owner, Assets = random.Next(1, 500) * 1_000_000L + random.Next(1_000_000) })),
                "withdraw" => await ChainWrites.TryAsync(() => ChainWrites.SendAsync(borrower, chain.Address("Market"),
                    new WithdrawFunction { CollateralId = collateralId, Amount = unit * random.Next(1, 30) / 1_000 + 1, Receiver = owner })),
                "accrue" => await ChainWrites.TryAsync(async () =>
                {
                    await chain.IncreaseTimeAsync(TimeSpan.FromSeconds(random.Next(60, 3_000)));
                    if (random.Next(3) > 0)
                        await RefreshFeedsAsync(); // otherwise a feed may go stale: blind on both sides
                }),
                "price" => await ChainWrites.TryAsync(() => MovePriceAsync(_collaterals[random.Next(_collaterals.Count)], 85 + random.Next(0, 31))),
                "crash" => await ChainWrites.TryAsync(async () =>
                {
                    foreach (var v in _collaterals)
                        await MovePriceAsync(v, 75);
                }),
                _ => false,
            };
            if (action == "liquidate")
            {
                var scanned = await ScanAsync(keeper);
                var target = scanned.Liquidatable.FirstOrDefault();
                if (target.Known)
                {
                    done = await ChainWrites.TryAsync(() => ChainWrites.SendAsync(chain.Admin, chain.Address("Market"),
                        new LiquidateFunction { CollateralId = target.Key.CollateralId, Owner = target.Key.Owner, MaxRepay = BigInteger.Pow(2, 255) }));
                    liquidated += done ? 1 : 0;
                }
            }
            if (done)
                actions[action] = actions.GetValueOrDefault(action) + 1;

            var scan = await ScanAsync(keeper);
            Assert.True(scan.Mismatched.Count == 0, $"step {step} ({action}): local health differs from the lens for {string.Join(", ", scan.Mismatched)}");
            Assert.Equal(scan.Positions.Count, scan.CrossChecked);
            Assert.All(scan.Positions, p => Assert.True(p.Known));
            await AssertMatchesLensAsync(scan);
        }
        Assert.True(liquidated > 0, "no liquidation happened: " + string.Join(", ", actions.Select(a => $"{a.Key} {a.Value}")));
        foreach (var action in new[] { "deposit", "borrow", "repay", "accrue", "price", "withdraw" })
            Assert.True(actions.GetValueOrDefault(action) > 0, $"no successful {action}: " + string.Join(", ", actions.Select(a => $"{a.Key} {a.Value}")));
    }

    [Fact]
    public async Task A_corrupted_stored_position_is_caught_by_the_cross_check_and_read_again()
    {
        foreach (var c in _collaterals)
            await OpenAsync(c, 5_000m, 0.6m);
        var victim = PositionKey.Of(_collaterals[1].CollateralId, _borrowers[1].Key.GetPublicAddress());
        await using (var first = await StartKeeperAsync())
        {
            var clean = await ScanAsync(first);
            Assert.Empty(clean.Mismatched);
            Assert.Contains(clean.Positions, p => p.Key == victim);
        }
        var stored = await StoredCollateralAsync(victim);

        using (var db = Core.State.KeeperDatabase.Open(_stateDirectory))
        {
            await db.WriteAsync((connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "UPDATE position_amounts SET collateral = $a WHERE collateral_id = $c AND owner = $o";
                command.Parameters.AddWithValue("$a", (UInt128.Parse(stored, CultureInfo.InvariantCulture) * 2).ToString(CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$c", (long)victim.CollateralId);
                command.Parameters.AddWithValue("$o", victim.Owner);
                Assert.Equal(1, command.ExecuteNonQuery());
                return 0;
            }, CancellationToken.None);
        }

        await using var second = await StartKeeperAsync();
        var caught = await ScanAsync(second);
        Assert.Equal([victim], caught.Mismatched);
        await AssertMatchesLensAsync(caught); // the lens's figure is what the scan reports for it
        Assert.Equal(stored, await StoredCollateralAsync(victim)); // read again from chain
        await chain.MineAsync();
        var after = await ScanAsync(second);
        Assert.Empty(after.Mismatched);
        Assert.Equal(after.Positions.Count, after.CrossChecked);
    }

    private Task<InProcessKeeper> StartKeeperAsync() => InProcessKeeper.StartAsync(chain, _keyVariable, _stateDirectory,
        new Dictionary<string, string> { ["Keeper:Scan:FullAuditEveryBlocks"] = "1", ["Keeper:Scan:AuditSample"] = "0" });

    private async Task<ScanResult> ScanAsync(InProcessKeeper keeper)
    {
        var head = await chain.BlockNumberAsync();
        await keeper.Services.GetRequiredService<LogIndexer>().SyncAsync(head, CancellationToken.None);
        return await keeper.Services.GetRequiredService<HealthScanner>().ScanAsync(head, CancellationToken.None);
    }

    /// <summary>The scan's figures are the lens's at the same block (read again here, outside the keeper).</summary>
    private async Task AssertMatchesLensAsync(ScanResult scan)
    {
        var keys = scan.Positions.Select(p => new KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey { CollateralId = p.Key.CollateralId, Owner = p.Key.Owner }).ToList();
        Assert.Equal(scan.Block, await chain.BlockNumberAsync());
        var lens = await chain.HealthAsync(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(lens.Hfs[i], scan.Positions[i].HealthFactor);
            Assert.Equal(lens.OracleValid[i], scan.Positions[i].OracleValid);
            Assert.Equal(lens.Liquidatable[i], scan.Positions[i].Liquidatable);
        }
    }

    private async Task<string> StoredCollateralAsync(PositionKey key)
    {
        using var db = Core.State.KeeperDatabase.Open(_stateDirectory);
        return await db.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT collateral FROM position_amounts WHERE collateral_id = $c AND owner = $o";
            command.Parameters.AddWithValue("$c", (long)key.CollateralId);
            command.Parameters.AddWithValue("$o", key.Owner);
            return (string)command.ExecuteScalar()!;
        }, CancellationToken.None);
    }

    /// <summary>Opens a position worth <paramref name="usd"/> borrowing <paramref name="ltvShare"/> of its max LTV.</summary>
    private async Task OpenAsync(CollateralView c, decimal usd, decimal ltvShare)
    {
        var key = EthECKey.GenerateKey();
        var owner = key.GetPublicAddress();
        await chain.Admin.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(owner, 1m);
        var amount = new BigInteger(usd) * BigInteger.Pow(10, c.Decimals) * Wad / c.Price;
        await MintAsync(c, owner, amount * 10);
        var web3 = Web3Of(key);
        await ChainWrites.SendAsync(web3, c.Token, new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = BigInteger.Pow(2, 255) });
        await ChainWrites.SendAsync(chain.Admin, chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!,
            new Erc20.MintFunction { To = owner, Amount = 100_000 * 1_000_000L });
        await ChainWrites.SendAsync(web3, chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!,
            new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = BigInteger.Pow(2, 255) });
        var borrow = new BigInteger(usd * ltvShare * 1_000_000m) * c.Params.MaxLtv / Wad;
        await ChainWrites.SendAsync(web3, chain.Address("Market"), new OpenFunction { CollateralId = c.CollateralId, CollateralAmount = amount, BorrowAssets = borrow, Receiver = owner });
        _borrowers.Add((key, c.CollateralId));
    }

    private Task MintAsync(CollateralView c, string to, BigInteger amount) =>
        ChainWrites.SendAsync(chain.Admin, c.Token, new Erc20.MintFunction { To = to, Amount = amount });

    private async Task MovePriceAsync(CollateralView c, int percent)
    {
        var feed = chain.FeedOf(c.CollateralId);
        var round = await chain.Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
            .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed);
        await ChainWrites.SendAsync(chain.Admin, feed, new Agg.SetAnswerFunction { Answer = round.ReturnValue2 * percent / 100 + 1 });
    }

    private async Task RefreshFeedsAsync()
    {
        foreach (var c in _collaterals)
            await MovePriceAsync(c, 100);
    }

    private Web3 Web3Of(EthECKey key)
    {
        var web3 = new Web3(new Account(key, 31337), chain.Url.ToString());
        web3.TransactionManager.UseLegacyAsDefault = false;
        return web3;
    }
}
