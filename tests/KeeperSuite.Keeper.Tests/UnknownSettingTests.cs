using System.Diagnostics;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// The real <c>keeper</c> process refuses a setting it does not know from every source — appsettings.json, the
/// <c>--config</c> file, environment variables, the command line; <c>Keeper:</c>, <c>Rpc:</c> and <c>Logging:</c>
/// alike — with exit code 2 and one line naming the key and where it came from, before it connects to anything.
/// A refused configuration prints that one line and nothing else: no hosting stack trace.
/// </summary>
public sealed class UnknownSettingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("keeper-settings-").FullName;

    public static TheoryData<string, string, string, string> Misspelt() => new()
    {
        // source, how it is given, the key the error must name, the source the error must name
        { "environment", "Keeper__Liquidation__MinProfitt=3", "Keeper:Liquidation:MinProfitt", "environment variable Keeper__Liquidation__MinProfitt" },
        { "environment", "Rpc__Retries=5", "Rpc:Retries", "environment variable Rpc__Retries" },
        { "appsettings", """{"Keeper":{"Liquidation":{"MinProfitt":5}}}""", "Keeper:Liquidation:MinProfitt", "appsettings.json" },
        { "appsettings", """{"Keper":{"Confirmations":1}}""", "Keper:Confirmations", "appsettings.json" },
        { "config", """{"Keeper":{"Liquidation":{"MinProfitt":5}}}""", "Keeper:Liquidation:MinProfitt", "custom-settings.json" },
        { "command line", "--Rpc:Retries 5", "Rpc:Retries", "command line" },
        { "command line", "--Rpc:Endpointz:0 http://127.0.0.1:9/", "Rpc:Endpointz:0", "command line" },
        { "command line", "--Logging:Consol:FormatterName json", "Logging:Consol:FormatterName", "command line" },
    };

    [Theory]
    [MemberData(nameof(Misspelt))]
    public async Task A_misspelt_setting_stops_the_keeper_with_one_line_naming_the_key_and_its_source(string source, string given, string key, string named)
    {
        var environment = new Dictionary<string, string>();
        var extra = new List<string>();
        switch (source)
        {
            case "environment":
                environment[given.Split('=')[0]] = given.Split('=')[1];
                break;
            case "appsettings":
                await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), given);
                break;
            case "config":
                await File.WriteAllTextAsync(Path.Combine(_folder, "custom-settings.json"), given);
                extra.AddRange(["--config", Path.Combine(_folder, "custom-settings.json")]);
                break;
            default:
                extra.AddRange(given.Split(' '));
                break;
        }

        var (code, stdout, stderr) = await RunAsync([.. BaseArguments, .. extra], environment);

        Assert.True(code == 2, $"exit code {code}\nstdout: {stdout}\nstderr: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Equal("", stdout.Trim());
    }

    [Fact]
    public async Task Known_settings_from_every_source_are_accepted()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"),
            """{"Keeper":{"Liquidation":{"MinProfit":5}},"Rpc":{"RetryCount":0},"Logging":{"LogLevel":{"Default":"Warning","Microsoft.Hosting":"Error"},"Console":{"FormatterName":"simple","FormatterOptions":{"SingleLine":true}}}}""");
        var environment = new Dictionary<string, string> { ["Keeper__Confirmations"] = "0", ["Logging__LogLevel__Default"] = "Information" };

        var (code, stdout, stderr) = await RunAsync([.. BaseArguments, "--Keeper:Liquidation:MaxBatchSize", "5", "--Rpc:Endpoints:1", "http://127.0.0.1:10/"], environment);

        // Nothing listens on the endpoints: the run stops there, past the settings check.
        Assert.DoesNotContain("unknown setting", stderr, StringComparison.Ordinal);
        Assert.Contains("Keeper:DeploymentsFile", stderr, StringComparison.Ordinal);
        Assert.True(code != 0, $"stdout: {stdout}\nstderr: {stderr}");
    }

    [Fact]
    public async Task A_setting_refused_at_start_up_prints_one_line_and_no_hosting_stack_trace()
    {
        var (code, stdout, stderr) = await RunAsync([.. BaseArguments], []);

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: Keeper:DeploymentsFile", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string KeyVariable = "KEEPER_SETTINGS_TEST_KEY";

    /// <summary>A run that cannot get past start-up: its deployments file does not exist and nothing listens on its endpoint.</summary>
    private string[] BaseArguments =>
    [
        "run", "--once",
        "--Rpc:Endpoints:0", "http://127.0.0.1:9/",
        "--Keeper:DeploymentsFile", Path.Combine(_folder, "missing.json"),
        "--Keeper:StateDirectory", Path.Combine(_folder, "state"),
        "--Keeper:Metrics:Enabled", "false",
        "--Keeper:Signer:PrivateKeyEnvironmentVariable", KeyVariable,
    ];

    /// <summary>The built <c>keeper</c> as a child process in the test's own folder (its appsettings.json is read from there).</summary>
    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryLocator.Root, "src", "KeeperSuite.Keeper", "bin", configuration, "net10.0", "keeper.dll"));
        foreach (var argument in args)
            info.ArgumentList.Add(argument);
        info.Environment[KeyVariable] = HardhatNodeFixture.Account1PrivateKey;
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
