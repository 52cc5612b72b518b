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
        using var keeper = new KeeperRunner(chain.Url, chain.DeploymentsFile);
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
        using var keeper = new KeeperRunner(chain.Url, chain.DeploymentsFile);
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
        using var keeper = new KeeperRunner(chain.Url, chain.DeploymentsFile);
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
