using KeeperSuite.Core.Configuration;
using KeeperSuite.Ethereum.Configuration;
using KeeperSuite.Ethereum.Resilience;

namespace KeeperSuite.Core.Tests;

/// <summary>Each setting's range is declared once, on its property; the validators phrase their refusals from it.</summary>
public sealed class SettingBoundsTests
{
    private static IEnumerable<(string Key, System.Reflection.PropertyInfo Property, object? Value)> AllSettings() =>
        SettingBounds.Properties(new KeeperOptions(), KeeperOptions.Section).Concat(SettingBounds.Properties(new RpcOptions(), RpcOptions.SectionName));

    private static List<string> NumericKeys() =>
        AllSettings().Where(s => SettingBounds.IsBoundable(s.Property.PropertyType)).Select(s => s.Key).ToList();

    public static TheoryData<string> NumericSettings() => new(NumericKeys());

    [Fact]
    public void The_walk_finds_the_nested_numeric_settings()
    {
        var keys = NumericKeys();
        Assert.Contains("Keeper:Confirmations", keys);
        Assert.Contains("Keeper:Fees:BumpPercent", keys);
        Assert.Contains("Keeper:Liquidation:NativeTokenPrice", keys);
        Assert.Contains("Rpc:AttemptTimeout", keys);
        Assert.True(keys.Count >= 40, $"{keys.Count} numeric settings found");
    }

    [Theory]
    [MemberData(nameof(NumericSettings))]
    public void Every_numeric_setting_declares_its_bounds(string key)
    {
        var (_, property, _) = AllSettings().Single(s => s.Key == key);
        Assert.True(property.GetCustomAttributes(typeof(BoundsAttribute), false).Length == 1,
            $"{key} has no [Bounds]: declare its allowed range on the property");
    }

    [Fact]
    public void The_defaults_are_within_their_bounds()
    {
        Assert.Empty(SettingBounds.Violations(new KeeperOptions(), KeeperOptions.Section));
        Assert.Empty(SettingBounds.Violations(new RpcOptions(), RpcOptions.SectionName));
    }

    [Fact]
    public void Each_shape_of_bound_is_phrased_as_one_line_naming_the_key()
    {
        var options = new KeeperOptions
        {
            DeploymentsFile = "deployments/localhost.json",
            Signer = { PrivateKeyEnvironmentVariable = "KEEPER_PRIVATE_KEY" },
            Confirmations = 257,
            PollInterval = TimeSpan.FromMilliseconds(9),
            ReorgDepth = 300,
            Scan = { FullAuditEveryBlocks = -1 },
            Liquidation = { MaxGasPerTransaction = 99_999, MinProfit = -0.01m, NativeTokenPrice = 0m },
            Fees = { MaxFeePerGasGwei = 0m, MaxPriorityFeePerGasGwei = 0m, BumpPercent = 12.49m },
            Inventory = { SellAbove = -1m },
        };
        var failures = new KeeperOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(
            [
                "Keeper:Confirmations must be between 0 and 256 blocks",
                "Keeper:PollInterval must be between 00:00:00.010 and 00:10:00",
                "Keeper:Scan:FullAuditEveryBlocks must be between 0 (never) and 1000000 blocks",
                "Keeper:Liquidation:MaxGasPerTransaction must be between 100000 and 60000000 gas",
                "Keeper:Liquidation:MinProfit must not be negative",
                "Keeper:Liquidation:NativeTokenPrice must be greater than 0 when set",
                "Keeper:Inventory:SellAbove must not be negative (0: never sell)",
                "Keeper:Fees:MaxFeePerGasGwei must be greater than 0 gwei (it caps every fee the keeper pays)",
                "Keeper:Fees:BumpPercent must be between 12.5 and 500 (nodes refuse replacements below +10%)",
            ],
            failures);
    }

    [Fact]
    public void A_value_on_an_inclusive_end_passes_and_just_past_it_fails()
    {
        var options = new KeeperOptions { Confirmations = 0, ReorgDepth = 10_000, Fees = { BumpPercent = 500m } };
        Assert.Empty(SettingBounds.Violations(options, KeeperOptions.Section));
        options.Fees.BumpPercent = 500.0001m;
        Assert.Equal("Keeper:Fees:BumpPercent", Assert.Single(SettingBounds.Violations(options, KeeperOptions.Section)).Key);
        options = new KeeperOptions { Fees = { MaxFeePerGasGwei = 0.000001m } };
        Assert.Empty(SettingBounds.Violations(options, KeeperOptions.Section));
    }

    [Fact]
    public void Rpc_refusals_keep_the_value_given()
    {
        var rpc = new RpcOptions { RetryCount = 21, BreakerFailureRatio = 0, MaxResponseBytes = 100 };
        rpc.Endpoints.Add("http://127.0.0.1:8545");
        Assert.Equal(
            [
                "Rpc:RetryCount must be between 0 and 20 (got 21).",
                "Rpc:BreakerFailureRatio must be greater than 0 and at most 1 (got 0).",
                "Rpc:MaxResponseBytes must be at least 1024 bytes (got 100).",
            ],
            new RpcOptionsValidator().Validate(null, rpc).Failures!);
    }

    [Fact]
    public void The_help_phrase_shows_the_range_and_unit()
    {
        Assert.Equal("0 (never) to 1000000 blocks", SettingBounds.Describe(new BoundsAttribute(0, 1_000_000) { Unit = "blocks", MinMeaning = "never" }));
        Assert.Equal("greater than 0 gwei", SettingBounds.Describe(new BoundsAttribute(0) { MinExclusive = true, Unit = "gwei" }));
        Assert.Equal("00:00:00.010 to 00:10:00", SettingBounds.Describe(new BoundsAttribute("00:00:00.010", "00:10:00")));
    }
}
