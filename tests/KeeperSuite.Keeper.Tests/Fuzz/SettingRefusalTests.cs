namespace KeeperSuite.Keeper.Tests.Fuzz;

/// <summary>Found by the settings fuzz: a value the binder cannot convert stopped the keeper with a stack trace.</summary>
public sealed class SettingRefusalTests
{
    [Theory]
    [InlineData("--Keeper:Confirmations", "abc", "Keeper:Confirmations")]
    [InlineData("--Keeper:PollInterval", "soon", "Keeper:PollInterval")]
    [InlineData("--Rpc:RetryCount", "99999999999999999999", "Rpc:RetryCount")]
    public async Task Unconvertible_setting_is_refused_with_exit_code_2_naming_the_key(string option, string value, string key)
    {
        var (code, error) = await KeeperRunner.InvokeAsync(
            ["run", "--once", "--Rpc:Endpoints:0", "http://127.0.0.1:9/", "--Keeper:DeploymentsFile", "missing.json", option, value]);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(key, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
