using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Keeper.Tests.Faults;
using Nethereum.Contracts;
using Xunit.Abstractions;

namespace KeeperSuite.Keeper.Tests.Dex;

/// <summary>The keeper's liquidation modes against the real local Uniswap v3 DEX and a 200-borrower crash.</summary>
[Collection(DexChain.Name)]
public sealed class DexLiquidationTests(DexChainFixture chain, ITestOutputHelper output)
{
    private static readonly string[] Common =
    [
        "--Keeper:Liquidation:MaxBatchSize", "50",
        "--Keeper:Liquidation:MaxGasPerTransaction", "14000000",
        "--Keeper:Liquidation:MaxInFlight", "8",
        "--Keeper:WriteOff:Enabled", "false",
    ];

    [Fact]
    public async Task Keeper_with_no_debt_asset_liquidates_a_200_position_crash_by_flash_and_ends_with_profit_and_no_collateral()
    {
        var clock = Stopwatch.StartNew();
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        Assert.Equal(BigInteger.Zero, await chain.BalanceAsync(chain.DebtAsset, keeper.Address));
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        Assert.Equal(DexChainFixture.Positions, await chain.LiquidatableAsync());
        var start = await chain.BlockNumberAsync();

        var passes = 0;
        for (; passes < 12 && await chain.LiquidatableAsync() > 0; passes++)
        {
            var (code, error) = await keeper.RunOnceAsync([.. Common, "--Keeper:Liquidation:Mode", "flash"]);
            Assert.True(code == 0, error);
            await chain.ArbitrageAsync();
        }

        Assert.Equal(0, await chain.LiquidatableAsync());
        var earned = await chain.BalanceAsync(chain.DebtAsset, keeper.Address);
        Assert.True(earned > 0, "the keeper ends with more debt asset than the 0 it started with");
        var record = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(keeper.StateDirectory, FlashLiquidatorProvider.StateFile))).RootElement;
        var flash = record.GetProperty("Address").GetString()!;
        foreach (var (_, symbol, token) in chain.Collaterals)
        {
            Assert.True(await chain.BalanceAsync(token, keeper.Address) == 0, $"the keeper holds no {symbol}");
            Assert.True(await chain.BalanceAsync(token, flash) == 0, $"the FlashLiquidator holds no {symbol}");
        }
        Assert.Equal(BigInteger.Zero, await chain.BalanceAsync(chain.DebtAsset, flash));
        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        var liquidated = receipts.SelectMany(r => r.DecodeAllEvents<LiquidatedEventDTO>()).Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToHashSet();
        Assert.Equal(DexChainFixture.Positions, liquidated.Count);
        output.WriteLine($"flash: {passes} passes, {receipts.Count} transactions, earned {(decimal)earned / 1_000_000m} USDC from 0; {clock.Elapsed.TotalSeconds:F1} s (fixture set-up {chain.SetupTime.TotalSeconds:F1} s)");
    }

    [Fact]
    public async Task Inventory_keeper_with_a_small_budget_keeps_liquidating_through_a_crash_because_it_sells_what_it_seized()
    {
        var clock = Stopwatch.StartNew();
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        const decimal budget = 1_000_000m;
        await chain.MintDebtAssetAsync(keeper.Address, budget);
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        var start = await chain.BlockNumberAsync();

        var passes = 0;
        for (; passes < 16 && await chain.LiquidatableAsync() > 0; passes++)
        {
            var (code, error) = await keeper.RunOnceAsync([.. Common, "--Keeper:Liquidation:Mode", "inventory", "--Keeper:Inventory:SellAbove", "20000"]);
            Assert.True(code == 0, error);
            await chain.ArbitrageAsync();
        }

        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        var repaid = receipts.SelectMany(r => r.DecodeAllEvents<LiquidatedEventDTO>()).Aggregate(BigInteger.Zero, (sum, e) => sum + e.Event.Repaid);
        Assert.True(repaid > new BigInteger(budget * 2 * 1_000_000m), $"repaid {repaid}: more than twice the budget, so the budget was refilled by sales");
        Assert.Equal(0, await chain.LiquidatableAsync());
        output.WriteLine($"inventory: {passes} passes, {receipts.Count} transactions, repaid {(decimal)repaid / 1_000_000m} USDC with a {budget} budget; ends with {(decimal)await chain.BalanceAsync(chain.DebtAsset, keeper.Address) / 1_000_000m} USDC; {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_pool_too_thin_for_the_batch_makes_the_flash_keeper_defer_with_a_logged_reason_and_never_revert()
    {
        var clock = Stopwatch.StartNew();
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        var weth = chain.Collaterals.First(c => c.Symbol == "WETH");
        await chain.ThinPoolAsync(weth.Id, keepBps: 300);
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        var start = await chain.BlockNumberAsync();

        var lines = new List<string>();
        using var process = KeeperProcess.Start(keeper, line => { lock (lines) lines.Add(line); }, [.. Common, "--Keeper:Liquidation:Mode", "flash"]);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !(Seen(lines, "too thin") && Seen(lines, "pass at block")))
            {
                Assert.False(process.HasExited, string.Join('\n', lines));
                await Task.Delay(250);
            }
            // Two more passes (a pass starts at a new head: mined here), so whatever the first sent is mined and read.
            var passes = Count(lines, "pass at block");
            while (DateTime.UtcNow < deadline && Count(lines, "pass at block") < passes + 2)
            {
                await chain.Rpc<object>("evm_mine");
                await Task.Delay(500);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.True(Seen(lines, "too thin for its sale"), string.Join('\n', lines.TakeLast(40)));
        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        var liquidated = receipts.SelectMany(r => r.DecodeAllEvents<LiquidatedEventDTO>()).ToList();
        Assert.Contains(liquidated, e => e.Event.CollateralId != weth.Id);
        output.WriteLine($"{Count(lines, "pass at block")} passes, {Count(lines, "too thin for its sale")} deferrals logged");
        output.WriteLine($"thin pool: {liquidated.Count(e => e.Event.CollateralId == weth.Id)} WETH and {liquidated.Count(e => e.Event.CollateralId != weth.Id)} other liquidations, {receipts.Count} transactions, none reverted; {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Auto_keeper_short_of_the_batches_liquidates_what_its_balance_pays_from_inventory_and_flash_borrows_for_the_rest()
    {
        var clock = Stopwatch.StartNew();
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        // A twentieth of the book's debt: a few liquidations' worth, far short of the 200 a 20% crash opens.
        var budget = (decimal)(chain.TotalDebt / 20 / 1_000_000);
        await chain.MintDebtAssetAsync(keeper.Address, budget);
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        var start = await chain.BlockNumberAsync();

        var (code, error) = await keeper.RunOnceAsync([.. Common, "--Keeper:Liquidation:Mode", "auto"]);

        Assert.True(code == 0, error);
        var flash = FlashLiquidatorOf(keeper);
        Assert.NotNull(flash);
        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        var plain = Liquidated(receipts.Where(r => SameAddress(r.To, chain.Address("Market"))));
        var flashed = Liquidated(receipts.Where(r => SameAddress(r.To, flash)));
        Assert.NotEmpty(plain);
        Assert.NotEmpty(flashed);
        var repaidFromInventory = plain.Aggregate(BigInteger.Zero, (sum, e) => sum + e.Event.Repaid);
        Assert.True(repaidFromInventory <= new BigInteger(budget * 1_000_000m), $"inventory repaid {repaidFromInventory}, within the {budget} budget");
        output.WriteLine($"auto, {budget} USDC budget: {plain.Count} liquidations from inventory (repaid {(decimal)repaidFromInventory / 1_000_000m}), {flashed.Count} by flash, {receipts.Count} transactions, none reverted; {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Auto_keeper_with_enough_debt_asset_liquidates_from_inventory_and_deploys_no_flash_liquidator()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        await chain.MintDebtAssetAsync(keeper.Address, (decimal)(chain.TotalDebt * 2 / 1_000_000));
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        var start = await chain.BlockNumberAsync();

        var (code, error) = await keeper.RunOnceAsync([.. Common, "--Keeper:Liquidation:Mode", "auto"]);

        Assert.True(code == 0, error);
        Assert.Null(FlashLiquidatorOf(keeper));
        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        Assert.All(receipts, r => Assert.True(SameAddress(r.To, chain.Address("Market")) || SameAddress(r.To, chain.DebtAsset), $"a transaction to {r.To}"));
        var liquidated = Liquidated(receipts);
        Assert.True(liquidated.Count > 0);
        output.WriteLine($"auto, funded: {liquidated.Count} liquidations, all from inventory, in {receipts.Count} transactions");
    }

    [Fact]
    public async Task A_flash_batch_larger_than_the_pools_cash_is_cut_into_loans_the_pool_can_make_and_none_reverts()
    {
        var clock = Stopwatch.StartNew();
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.GasAsync(keeper.Address);
        await chain.CrashAsync(20m);
        await chain.ArbitrageAsync();
        // A twentieth of the book's debt: a few positions' loans, while a batch of 50 of 200 borrows about a quarter of it.
        var cash = chain.TotalDebt / 20;
        await chain.DrainPoolCashToAsync(cash);
        Assert.Equal(cash, await chain.PoolCashAsync());
        var start = await chain.BlockNumberAsync();

        var (code, lines) = await KeeperProcess.RunOnceAsync(keeper, TimeSpan.FromMinutes(3), [.. Common, "--Keeper:Liquidation:Mode", "flash"]);

        Assert.True(code == 0, string.Join('\n', lines.TakeLast(40)));
        Assert.True(Seen(lines, "flash batches cut to the pool's flash-loan cash"), string.Join('\n', lines.TakeLast(40)));
        var receipts = await chain.ReceiptsFromAsync(keeper.Address, start);
        Assert.All(receipts, r => Assert.Equal(BigInteger.One, r.Status.Value));
        var flash = FlashLiquidatorOf(keeper);
        var flashTxs = receipts.Where(r => SameAddress(r.To, flash)).ToList();
        var liquidated = Liquidated(flashTxs);
        Assert.NotEmpty(liquidated);
        // Cut by cash, not by size: more transactions than batches of 50 would need.
        Assert.True(flashTxs.Count > (liquidated.Count + 49) / 50, $"{flashTxs.Count} flash transactions for {liquidated.Count} liquidations");
        Assert.All(flashTxs, r => Assert.True(Liquidated([r]).Aggregate(BigInteger.Zero, (sum, e) => sum + e.Event.Repaid) <= cash, "each loan within the cash"));
        output.WriteLine($"cash {(decimal)cash / 1_000_000m} USDC: {liquidated.Count} flash liquidations in {flashTxs.Count} transactions, none reverted; {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string? FlashLiquidatorOf(KeeperRunner keeper)
    {
        var file = Path.Combine(keeper.StateDirectory, FlashLiquidatorProvider.StateFile);
        return File.Exists(file) ? JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("Address").GetString() : null;
    }

    private static bool SameAddress(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static List<Nethereum.Contracts.EventLog<LiquidatedEventDTO>> Liquidated(IEnumerable<Nethereum.RPC.Eth.DTOs.TransactionReceipt> receipts) =>
        [.. receipts.SelectMany(r => r.DecodeAllEvents<LiquidatedEventDTO>())];

    private static bool Seen(List<string> lines, string text)
    {
        lock (lines)
            return lines.Any(l => l.Contains(text, StringComparison.Ordinal));
    }

    private static int Count(List<string> lines, string text)
    {
        lock (lines)
            return lines.Count(l => l.Contains(text, StringComparison.Ordinal));
    }
}
