using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Keeper;
using KeeperSuite.Keeper.Tests.Faults;

namespace KeeperSuite.Keeper.Tests;

[Collection(KeeperChain.Name)]
public sealed class KeeperRunTests(KeeperChainFixture chain, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Dry_run_decides_but_sends_nothing()
    {
        using var keeper = await chain.FundedKeeperAfterWethCrashAsync();
        var start = await chain.BlockNumberAsync();

        var (code, error) = await keeper.RunOnceAsync("--dry-run");

        Assert.True(code == 0, error);
        Assert.Equal(BigInteger.Zero, await ChainQueries.NonceAsync(chain, keeper.Address));
        Assert.Empty(await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start + 1));
    }

    [Fact]
    public async Task Dry_run_of_a_fresh_account_with_no_balance_and_no_allowance_shows_the_liquidations_a_funded_one_would_send()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.CrashAsync(45m, "WETH");
        var usdc = chain.Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!;
        Assert.Equal(BigInteger.Zero, await ChainQueries.BalanceAsync(chain, usdc, keeper.Address));
        Assert.Equal(BigInteger.Zero, await ChainQueries.AllowanceAsync(chain, usdc, keeper.Address, chain.Address("Market")));
        var start = await chain.BlockNumberAsync();

        var (code, lines) = await KeeperProcess.RunOnceAsync(keeper, TimeSpan.FromMinutes(2), "--dry-run");

        var log = string.Join('\n', lines);
        Assert.True(code == 0, log);
        // The sender's line for each batch: what it pulls, each position's repayment in whole USDC, simulated.
        var would = lines.Where(l => l.Contains("dry-run: would send liquidate", StringComparison.Ordinal) && l.Contains("pulls up to", StringComparison.Ordinal)).ToList();
        Assert.True(would.Count > 0, log);
        Assert.All(would, l => Assert.Contains("(simulated)", l, StringComparison.Ordinal));
        foreach (var line in would)
            output.WriteLine(line);
        Assert.Contains(lines, l => l.Contains("dry-run: would send approve the Market", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("simulation of liquidation", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("left in the budget", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("repay ", StringComparison.Ordinal) && l.Contains(" USDC", StringComparison.Ordinal));
        Assert.Equal(BigInteger.Zero, await ChainQueries.NonceAsync(chain, keeper.Address));
        Assert.Empty(await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start + 1));
    }

    [Fact]
    public async Task Restart_resumes_from_sqlite_and_sends_nothing_twice()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        var (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);
        string? cursorAfterFirst;
        using (var db = keeper.OpenDatabase())
            cursorAfterFirst = db.GetMeta("cursor");
        Assert.NotNull(cursorAfterFirst);

        await chain.CrashAsync(45m, "WBTC");
        var start = await chain.BlockNumberAsync();
        (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);
        (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);

        var liquidated = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start);
        Assert.NotEmpty(liquidated);
        Assert.Equal(liquidated.Count, liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner)).Distinct().Count());
        using var after = keeper.OpenDatabase();
        var rows = await after.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT nonce), SUM(status = 'confirmed') FROM transactions";
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, CancellationToken.None);
        Assert.Equal((long)await ChainQueries.NonceAsync(chain, keeper.Address), rows.Item1);
        Assert.Equal(rows.Item1, rows.Item2);
        Assert.Equal(rows.Item1, rows.Item3);
        Assert.Equal("ok", after.IntegrityCheck());
    }

    [Fact]
    public async Task A_pass_takes_only_what_its_in_flight_slots_carry_most_unhealthy_first()
    {
        using var keeper = await chain.FundedKeeperAfterWethCrashAsync();
        var keys = await ChainQueries.PositionKeysAsync(chain);
        var health = await chain.HealthAsync(keys);
        var due = keys.Select((k, i) => (Key: k, Hf: health.Hfs[i], Liquidatable: health.Liquidatable[i]))
            .Where(p => p.Liquidatable).OrderBy(p => p.Hf).ToList();
        Assert.True(due.Count >= 2, $"the crash should make at least two seeded positions liquidatable, got {due.Count}");
        var start = await chain.BlockNumberAsync();
        string[] oneSlot = ["--Keeper:Liquidation:MaxInFlight", "1", "--Keeper:Liquidation:MaxBatchSize", "1"];

        var (code, error) = await keeper.RunOnceAsync(oneSlot);

        Assert.True(code == 0, error);
        var first = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start + 1);
        Assert.Single(first);
        Assert.Equal(due[0].Key.Owner, first[0].Event.Owner, ignoreCase: true);

        (code, error) = await keeper.RunOnceAsync(oneSlot);

        Assert.True(code == 0, error);
        var both = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start + 1);
        Assert.Equal(2, both.Count);
        Assert.Equal(due[1].Key.Owner, both[1].Event.Owner, ignoreCase: true);
    }

    [Fact]
    public async Task Status_prints_the_tables()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.CrashAsync(45m, "WETH");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KeeperCommandLine.RunAsync(["status", .. keeper.Settings()], error, output);

        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("Positions at risk", text, StringComparison.Ordinal);
        Assert.Contains("liquidatable", text, StringComparison.Ordinal);
        Assert.Contains("Waterfall", text, StringComparison.Ordinal);
        Assert.Contains("Live auctions", text, StringComparison.Ordinal);
        Assert.Contains(keeper.Address, text, StringComparison.Ordinal);
        Assert.Contains("WETH", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reorg_drops_the_orphaned_positions()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);
        var snapshot = await chain.Rpc<string>("evm_snapshot");

        // A new position appears, the keeper indexes it, then the chain forgets the blocks it was in.
        var borrower = Nethereum.Signer.EthECKey.GenerateKey();
        await OpenPositionAsync(borrower);
        (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);
        Assert.True(await IndexedAsync(keeper, borrower.GetPublicAddress()));

        await chain.RevertAsync(snapshot);
        await chain.MineAsync(8);
        (code, error) = await keeper.RunOnceAsync();
        Assert.True(code == 0, error);
        Assert.False(await IndexedAsync(keeper, borrower.GetPublicAddress()));
    }

    private static async Task<bool> IndexedAsync(KeeperRunner keeper, string owner)
    {
        using var db = keeper.OpenDatabase();
        return await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM positions WHERE owner = $o";
            command.Parameters.AddWithValue("$o", owner.ToLowerInvariant());
            return (long)command.ExecuteScalar()! > 0;
        }, CancellationToken.None);
    }

    private async Task OpenPositionAsync(Nethereum.Signer.EthECKey borrower)
    {
        var weth = chain.Deployment.GetProperty("collaterals")[0];
        var token = weth.GetProperty("token").GetString()!;
        var address = borrower.GetPublicAddress();
        await chain.Admin.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(address, 1m);
        await chain.Admin.Eth.GetContractTransactionHandler<KeeperSuite.Contracts.MockERC20.ContractDefinition.MintFunction>()
            .SendRequestAndWaitForReceiptAsync(token, new KeeperSuite.Contracts.MockERC20.ContractDefinition.MintFunction { To = address, Amount = BigInteger.Pow(10, 18) });
        var web3 = new Nethereum.Web3.Web3(new Nethereum.Web3.Accounts.Account(borrower, 31337), chain.Url.ToString());
        web3.TransactionManager.UseLegacyAsDefault = false;
        await web3.Eth.GetContractTransactionHandler<KeeperSuite.Contracts.MockERC20.ContractDefinition.ApproveFunction>()
            .SendRequestAndWaitForReceiptAsync(token, new KeeperSuite.Contracts.MockERC20.ContractDefinition.ApproveFunction { Spender = chain.Address("Market"), Value = BigInteger.Pow(10, 18) });
        var receipt = await web3.Eth.GetContractTransactionHandler<OpenFunction>().SendRequestAndWaitForReceiptAsync(chain.Address("Market"), new OpenFunction
        {
            CollateralId = weth.GetProperty("id").GetUInt32(),
            CollateralAmount = BigInteger.Pow(10, 18),
            BorrowAssets = 500_000_000,
            Receiver = address,
        });
        Assert.Equal(BigInteger.One, receipt.Status.Value);
    }
}
