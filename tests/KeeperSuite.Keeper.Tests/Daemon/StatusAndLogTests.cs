using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeeperSuite.Keeper.Tests.Faults;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>
/// Issue 19, defect 7: <c>status</c> reads without a key and speaks JSON; its tables never wrap; logs are JSON when
/// asked, print amounts in units with their symbol, and <c>run --once</c> does not tell anyone to press Ctrl+C.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed partial class StatusAndLogTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task Status_needs_no_key_shows_the_given_address_and_prints_the_same_report_as_json()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_234_567.891m);
        // No key source at all: the runner's key variable is cleared.
        var noKey = keeper.Settings("--Keeper:Signer:PrivateKeyEnvironmentVariable", "");

        var (code, text, error) = await KeeperRunner.StatusAsync([.. noKey, "--address", keeper.Address]);
        Assert.True(code == 0, error);
        // Not a terminal here: the tables do not wrap, so the address and the balance stay whole on one line.
        var accountLine = text.Split('\n').Single(l => l.Contains(keeper.Address, StringComparison.Ordinal));
        Assert.Contains("1,234,567.891 USDC", accountLine, StringComparison.Ordinal);

        (code, var json, error) = await KeeperRunner.StatusAsync([.. noKey, "--address", keeper.Address, "--json"]);
        Assert.True(code == 0, error);
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal(31337, report.GetProperty("chainId").GetInt64());
        Assert.True(report.GetProperty("watched").GetInt32() > 0);
        Assert.Equal(3, report.GetProperty("collaterals").GetArrayLength());
        Assert.True(report.GetProperty("complete").GetBoolean());
        var account = report.GetProperty("account");
        Assert.Equal(keeper.Address, account.GetProperty("address").GetString());
        Assert.Equal("1,234,567.891 USDC", account.GetProperty("debtAssetBalance").GetString());
        Assert.Equal("10 ETH", account.GetProperty("nativeBalance").GetString());

        // Neither key nor address: the report without the account, still exit 0.
        (code, json, error) = await KeeperRunner.StatusAsync([.. noKey, "--json"]);
        Assert.True(code == 0, error);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("account").ValueKind);

        (code, _, error) = await KeeperRunner.StatusAsync([.. noKey, "--address", "0x1234"]);
        Assert.True(code == 2, error);
        Assert.StartsWith("error: --address:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_once_with_the_json_formatter_writes_one_json_object_per_line_with_amounts_in_units_and_no_ctrl_c_line()
    {
        using var keeper = await chain.FundedKeeperAfterWethCrashAsync();
        var lines = new ConcurrentQueue<string>();
        using var process = KeeperProcess.Start(keeper, lines.Enqueue, "--once", "--Logging:Console:FormatterName", "json");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var all = string.Join('\n', lines);
        Assert.True(process.ExitCode == 0, all);

        var messages = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            using var entry = JsonDocument.Parse(line); // throws on a text line: every line is one JSON object
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            messages.Add(entry.RootElement.GetProperty("Message").GetString()!);
        }
        Assert.DoesNotContain(messages, m => m.Contains("Ctrl+C", StringComparison.Ordinal));
        var decisions = messages.Where(m => m.StartsWith("liquidation decision", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, m => Assert.Matches(RepayInUnits(), m));
        Assert.All(decisions, m => Assert.Matches(SeizeInUnits(), m));
    }

    [GeneratedRegex(@"repay \d{1,3}(,\d{3})*(\.\d+)? USDC ")]
    private static partial Regex RepayInUnits();

    [GeneratedRegex(@"seize \d{1,3}(,\d{3})*(\.\d+)? WETH ")]
    private static partial Regex SeizeInUnits();
}
