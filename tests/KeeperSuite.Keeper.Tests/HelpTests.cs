namespace KeeperSuite.Keeper.Tests;

/// <summary><c>keeper run --help</c> lists every setting with its default and the range declared on its property.</summary>
public sealed class HelpTests
{
    [Fact]
    public async Task Run_help_shows_each_setting_with_its_default_and_its_declared_range()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KeeperCommandLine.RunAsync(["run", "--help"], error, output);

        Assert.Equal(0, code);
        var help = output.ToString();
        Assert.Contains("Keeper:Confirmations  [2; 0 to 256 blocks]", help, StringComparison.Ordinal);
        Assert.Contains("Keeper:Scan:FullAuditEveryBlocks  [100; 0 (never) to 1000000 blocks]", help, StringComparison.Ordinal);
        Assert.Contains("Keeper:Fees:MaxFeePerGasGwei  [300; greater than 0 gwei]", help, StringComparison.Ordinal);
        Assert.Contains("Keeper:PollInterval  [00:00:01; 00:00:00.010 to 00:10:00]", help, StringComparison.Ordinal);
        Assert.Contains("Rpc:RetryCount  [3; 0 to 20]", help, StringComparison.Ordinal);
        // A setting without a numeric range shows only its default.
        Assert.Contains("Keeper:Shard  [0/1]  ", help, StringComparison.Ordinal);
    }
}
