using System.CommandLine;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Keeper.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper;

/// <summary>
/// The <c>keeper</c> command line: <c>run</c> and <c>status</c>. Exit codes: 0 success, 1 the keeper stopped on an
/// error (or, for <c>run --once</c> and <c>status</c>, no RPC endpoint answered), 2 configuration refused (one line per
/// problem on stderr, never a stack trace). The daemon does not exit when its RPC is down at start: it waits.
/// </summary>
public static class KeeperCommandLine
{
    public const int Failure = 1;
    public const int ConfigurationError = 2;

    private static readonly string SettingsHelp =
        Environment.NewLine + Environment.NewLine +
        "Settings come from appsettings.json in the current folder, then --config, then environment variables " +
        "(Keeper__Shard=1/2), then the command line as --Section:Key value (e.g. --Keeper:Shard 1/2). [default; allowed range]:" +
        Environment.NewLine + KnownSettings.Describe();

    public static async Task<int> RunAsync(string[] args, TextWriter? error = null, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        error ??= Console.Error;
        output ??= Console.Out;
        var config = new Option<FileInfo?>("--config") { Description = "A JSON settings file read after appsettings.json (same shape)." };
        var once = new Option<bool>("--once") { Description = "One full pass (index, scan, act, wait for receipts), then exit 0. For cron and tests." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Decide and log everything; sign and send nothing." };

        var run = new Command("run", "Run the keeper daemon: index positions, liquidate unhealthy ones, drive the write-off." + SettingsHelp)
        {
            config, once, dryRun,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        run.SetAction((result, ct) => ExecuteAsync(error, () =>
        {
            var mode = new RunMode(result.GetValue(once), result.GetValue(dryRun));
            var host = KeeperHost.Build(HostRole.Daemon, mode, result.GetValue(config)?.FullName, result.UnmatchedTokens);
            return (host, h => RunDaemonAsync(h, mode, ct));
        }));

        var rows = new Option<int>("--rows") { Description = "Most rows per table.", DefaultValueFactory = _ => 25 };
        var json = new Option<bool>("--json") { Description = "One JSON document instead of tables (every row, not only --rows)." };
        var address = new Option<string?>("--address") { Description = "The keeper account whose balances and nonce to show (default: the address a configured keystore states; no key is ever loaded)." };
        var status = new Command("status", "Print positions at risk, oracles, open deficits with the step due, the insurance fund, live auctions, and the keeper's balances and nonce. Read-only: needs no key. Same settings as `keeper run`.")
        {
            config, rows, json, address,
        };
        status.TreatUnmatchedTokensAsErrors = false;
        status.SetAction((result, ct) => ExecuteAsync(error, () =>
        {
            if (result.GetValue(address) is { } given && !Nethereum.Util.AddressUtil.Current.IsValidEthereumAddressHexFormat(given))
                throw new KeeperConfigurationException($"--address: '{given}' is not an address (0x and 40 hex digits)");
            var host = KeeperHost.Build(HostRole.Status, new RunMode(true, true), result.GetValue(config)?.FullName, result.UnmatchedTokens,
                statusAddress: result.GetValue(address));
            return (host, h => PrintStatusAsync(h, output, result.GetValue(json), result.GetValue(rows), ct));
        }));

        var root = new RootCommand("KeeperSuite keeper: liquidations and bad-debt write-off for KeeperSuite lending markets.")
        {
            run, status,
        };
        // Help and parse errors go to the given writers too, so a caller (a test, a wrapper) sees what a terminal would.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static async Task<int> RunDaemonAsync(IHost host, RunMode mode, CancellationToken ct)
    {
        try
        {
            await host.StartAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped while still waiting for the chain at start-up: a clean stop.
            return 0;
        }
        catch (IOException e)
        {
            // Kestrel could not bind: the one web host's address is a setting, so this is a refused setting.
            throw new KeeperConfigurationException(
                $"Keeper:Metrics:Url: cannot listen ({e.Message}); choose a free port or set Keeper:Metrics:Enabled=false", e);
        }
        await host.WaitForShutdownAsync(ct);
        return mode.ExitCode;
    }

    private static async Task<int> PrintStatusAsync(IHost host, TextWriter output, bool json, int rows, CancellationToken ct)
    {
        await host.StartAsync(ct);
        var reporter = host.Services.GetRequiredService<StatusReporter>();
        if (json)
            await reporter.PrintJsonAsync(output, ct);
        else
            await reporter.PrintAsync(output, rows, ct);
        await host.StopAsync(ct);
        return 0;
    }

    private static async Task<int> ExecuteAsync(TextWriter error, Func<(IHost Host, Func<IHost, Task<int>> Body)> build)
    {
        IHost? host = null;
        try
        {
            var (built, body) = build();
            host = built;
            return await body(host);
        }
        catch (KeeperConfigurationException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ConfigurationError;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                await error.WriteLineAsync("error: " + failure);
            return ConfigurationError;
        }
        catch (KeeperUnavailableException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return Failure;
        }
        catch (InvalidOperationException e) when (e.InnerException is KeeperConfigurationException inner)
        {
            await error.WriteLineAsync("error: " + inner.Message);
            return ConfigurationError;
        }
        catch (InvalidOperationException e) when (IsBindingFailure(e))
        {
            // The configuration binder's own message names the key and the value ("Failed to convert configuration
            // value 'abc' at 'Keeper:Confirmations' to type 'System.Int32'."): a refused setting, not a crash.
            await error.WriteLineAsync("error: " + e.Message);
            return ConfigurationError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not a setting: a defect or an environment fault. The whole exception, for the report.
            await error.WriteLineAsync("error: the keeper stopped: " + e);
            return Failure;
        }
        finally
        {
            host?.Dispose();
        }
    }

    private static bool IsBindingFailure(InvalidOperationException e) =>
        e.InnerException is ArgumentException or FormatException or OverflowException
        && e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);
}
