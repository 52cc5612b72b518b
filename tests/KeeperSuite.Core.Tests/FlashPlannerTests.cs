using System.Numerics;
using System.Text.Json;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Inventory;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Transactions;

namespace KeeperSuite.Core.Tests;

/// <summary>The pure decisions of DEX-priced liquidation: value at the quote, depth, the flash call's arguments.</summary>
public sealed class FlashPlannerTests
{
    private static LiquidationCandidate Candidate(uint collateralId, int n, BigInteger repay, BigInteger seized, BigInteger value) =>
        new(PositionKey.Of(collateralId, $"0x{n:x40}"), BigInteger.Pow(10, 17) * 9, repay, seized, 10, value, repay + 5);

    [Fact]
    public void Minimum_out_rounds_up_as_the_flash_liquidator_does_so_the_keeper_never_accepts_what_the_contract_refuses()
    {
        Assert.Equal(new BigInteger(97), FlashPlanner.MinimumOut(100, 300));
        Assert.Equal(new BigInteger(971), FlashPlanner.MinimumOut(1_001, 300)); // 970.97 -> 971
        Assert.Equal(new BigInteger(1_001), FlashPlanner.MinimumOut(1_001, 0));
        Assert.True(FlashPlanner.IsDeepEnough(new SaleQuote(1, 10, 971, 1_001), 300));
        Assert.False(FlashPlanner.IsDeepEnough(new SaleQuote(1, 10, 970, 1_001), 300));
    }

    [Fact]
    public void Slippage_is_measured_in_basis_points_below_the_oracle_value()
    {
        Assert.Equal(230, new SaleQuote(1, 1, 97_700, 100_000).SlippageBps);
        Assert.Equal(-50, new SaleQuote(1, 1, 100_500, 100_000).SlippageBps);
        Assert.Equal(0, new SaleQuote(1, 0, 0, 0).SlippageBps);
    }

    [Fact]
    public void Candidates_of_a_type_share_the_quote_by_what_each_seized_and_never_sum_above_it()
    {
        var list = new[] { Candidate(2, 1, 100, 3, 0), Candidate(2, 2, 100, 7, 0), Candidate(2, 3, 100, 1, 0) };
        var quote = new SaleQuote(2, 11, 1_000, 1_100);
        var priced = FlashPlanner.AtQuote(list, quote);
        Assert.Equal(new BigInteger[] { 272, 636, 90 }, priced.Select(c => c.SeizedValue));
        Assert.True(priced.Aggregate(BigInteger.Zero, (s, c) => s + c.SeizedValue) <= quote.AmountOut);
        Assert.Equal(list.Select(c => c.Key), priced.Select(c => c.Key));
        Assert.Equal(new BigInteger(272 - 100 - 10), priced[0].GrossProfit);
    }

    [Fact]
    public void A_flash_batch_borrows_everything_the_market_may_pull_and_sells_each_type_once_through_its_pool()
    {
        var batch = new[] { Candidate(3, 1, 1_000, 1, 0), Candidate(1, 2, 2_000, 1, 0), Candidate(3, 3, 500, 1, 0) };
        // Each max repay (repay + 5) and the fee of 10 scaled to it, rounded up: 11.
        Assert.Equal(new BigInteger(1_016 + 2_016 + 516), FlashPlanner.BorrowAmount(batch));
        var pools = new Dictionary<uint, DexPool>
        {
            [1] = new(1, "0x0000000000000000000000000000000000000001", "0x00000000000000000000000000000000000000c1", 3000),
            [3] = new(3, "0x0000000000000000000000000000000000000003", "0x00000000000000000000000000000000000000c3", 500),
        };
        var sales = FlashPlanner.Sales(batch, pools)!;
        Assert.Equal(new uint[] { 1, 3 }, sales.Select(s => s.CollateralId));
        Assert.Equal(new uint[] { 3000, 500 }, sales.Select(s => s.PoolFee));
        Assert.Null(FlashPlanner.Sales([Candidate(2, 1, 1, 1, 0)], pools));
    }

    [Fact]
    public void Inventory_sells_once_the_held_value_reaches_the_threshold_and_never_when_it_is_zero()
    {
        var unit = BigInteger.Pow(10, 6);
        Assert.True(InventorySeller.ShouldSell(20_000 * unit, 20_000m, unit));
        Assert.False(InventorySeller.ShouldSell(20_000 * unit - 1, 20_000m, unit));
        Assert.True(InventorySeller.ShouldSell(unit / 2, 0.5m, unit));
        Assert.False(InventorySeller.ShouldSell(BigInteger.Pow(10, 30), 0m, unit));
    }

    [Fact]
    public void Two_sales_of_one_collateral_type_are_the_same_intent_so_only_one_is_in_flight()
    {
        Assert.Equal(new PreparedSale(1, 5), new PreparedSale(1, 7));
        Assert.NotEqual(new PreparedSale(1, 5), new PreparedSale(2, 5));
    }

    [Fact]
    public void The_dex_section_of_a_deployments_file_is_read_with_checksummed_addresses_and_null_means_no_dex()
    {
        var json = """
        { "dex": { "factory": "0x0000000000000000000000000000000000000009", "router": "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512",
          "quoter": "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",
          "pools": { "2": { "address": "0x0000000000000000000000000000000000000002", "collateral": "0x00000000000000000000000000000000000000c2", "fee": 3000, "collateralIsToken0": true } } } }
        """;
        var dex = DexDeployment.Parse(JsonDocument.Parse(json).RootElement)!;
        Assert.Equal("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", dex.Router);
        Assert.Equal(3000u, dex.Pools[2].Fee);
        Assert.Null(DexDeployment.Parse(JsonDocument.Parse("""{ "dex": null }""").RootElement));
        Assert.Null(DexDeployment.Parse(JsonDocument.Parse("{}").RootElement));
        Assert.Throws<FormatException>(() => DexDeployment.Parse(JsonDocument.Parse(json.Replace("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0", "nope", StringComparison.Ordinal)).RootElement));
    }

    [Theory]
    [InlineData("Liquidation:MaxSlippageBps", "5001", "Keeper:Liquidation:MaxSlippageBps must be between 0 and 5000 basis points")]
    [InlineData("Liquidation:MaxSlippageBps", "-1", "Keeper:Liquidation:MaxSlippageBps must be between 0 and 5000 basis points")]
    [InlineData("Liquidation:FlashLiquidator", "0x1234", "Keeper:Liquidation:FlashLiquidator '0x1234' is not an address")]
    [InlineData("Inventory:SellAbove", "-1", "Keeper:Inventory:SellAbove must not be negative")]
    [InlineData("Inventory:MaxSlippageBps", "9000", "Keeper:Inventory:MaxSlippageBps must be between 0 and 5000 basis points")]
    public void Each_out_of_bounds_mode_setting_fails_with_one_line_naming_its_key(string key, string value, string expected)
    {
        var options = new KeeperOptions();
        switch (key)
        {
            case "Liquidation:MaxSlippageBps": options.Liquidation.MaxSlippageBps = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Liquidation:FlashLiquidator": options.Liquidation.FlashLiquidator = value; break;
            case "Inventory:SellAbove": options.Inventory.SellAbove = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: options.Inventory.MaxSlippageBps = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }
        // The bounds are declared on the properties and checked by KeeperOptionsValidator, the address by LiquidationModeValidator.
        options.DeploymentsFile = "deployments/localhost.json";
        options.Signer.PrivateKeyEnvironmentVariable = "KEEPER_PRIVATE_KEY";
        var result = key.EndsWith("FlashLiquidator", StringComparison.Ordinal)
            ? new LiquidationModeValidator().Validate(null, options)
            : new KeeperOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void The_defaults_and_every_mode_pass_validation()
    {
        foreach (var mode in Enum.GetValues<LiquidationMode>())
        {
            var options = new KeeperOptions();
            options.Liquidation.Mode = mode;
            options.Liquidation.FlashLiquidator = "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512";
            Assert.True(new LiquidationModeValidator().Validate(null, options).Succeeded);
        }
        Assert.True(new LiquidationModeValidator().Validate(null, new KeeperOptions { Liquidation = { Mode = (LiquidationMode)7 } }).Failed);
    }
}
