using System.CommandLine;
using System.Globalization;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Devnet;
using Spectre.Console;

namespace KeeperSuite.Simulator;

/// <summary>
/// The simulator's command line (<c>npm run simulate -- [options]</c>): stress scenarios on an embedded chain with the
/// real contracts and the real keeper core. Exit codes: 0 report checked against the chain, 1 the run failed,
/// 2 options refused, 3 the report does not match the chain.
/// </summary>
public static class SimulateCommand
{
    public const int OptionsRefused = 2;
    public const int ReportMismatch = 3;

    public static Task<int> RunAsync(string[] args, TextWriter? error = null, IAnsiConsole? console = null, CancellationToken cancellationToken = default) =>
        Create(error ?? Console.Error, console ?? AnsiConsole.Console).Parse(args).InvokeAsync(cancellationToken: cancellationToken);

    public static RootCommand Create(TextWriter error, IAnsiConsole console)
    {
        var defaults = new SimulationOptions();
        var scenario = new Option<string>("--scenario") { Description = "crash | no-bidders | correlated | black-thursday | slow-bleed", DefaultValueFactory = _ => defaults.Scenario };
        var seed = new Option<int>("--seed") { Description = "Seed of the book, the price path and the bidders (first seed with --runs).", DefaultValueFactory = _ => defaults.Seed };
        var positions = new Option<int>("--positions") { Description = "Borrowers (one position each) over the three collaterals.", DefaultValueFactory = _ => defaults.Positions };
        var lps = new Option<int>("--lps") { Description = "LP depositors.", DefaultValueFactory = _ => defaults.Lps };
        var blocks = new Option<int>("--blocks") { Description = "Blocks of the price path; mining goes on until every deficit is closed.", DefaultValueFactory = _ => defaults.Blocks };
        var runs = new Option<int>("--runs") { Description = "Repeat over N seeds (seed, seed+1, ...), in parallel up to the core count; reports median and p95.", DefaultValueFactory = _ => defaults.Runs };
        var output = new Option<string>("--output") { Description = "Folder for report.json and report.html.", DefaultValueFactory = _ => defaults.Output };
        var drop = new Option<double>("--drop") { Description = "crash/no-bidders: the drop of the crashed collateral (0.4 = -40%).", DefaultValueFactory = _ => defaults.Drop };
        var crashed = new Option<string>("--crash-collateral") { Description = "crash/no-bidders: the collateral that drops.", DefaultValueFactory = _ => defaults.CrashCollateral };
        var correlation = new Option<double>("--correlation") { Description = "correlated: pairwise correlation of per-block log returns.", DefaultValueFactory = _ => defaults.Correlation };
        var volatility = new Option<double>("--volatility") { Description = "correlated: per-block volatility of log returns.", DefaultValueFactory = _ => defaults.Volatility };
        var jumpProbability = new Option<double>("--jump-probability") { Description = "correlated: per-block probability of a common jump.", DefaultValueFactory = _ => defaults.JumpProbability };
        var jumpSize = new Option<double>("--jump-size") { Description = "correlated: log-return of a jump (-0.15 = about -14%).", DefaultValueFactory = _ => defaults.JumpSize };
        var blockSeconds = new Option<int?>("--block-seconds") { Description = "Chain seconds per block (default 12; slow-bleed 10 days)." };
        var fund = new Option<long?>("--fund") { Description = "Insurance-fund deposit in whole debt-asset units (default 1% of the book's debt)." };

        var command = new RootCommand("Stress the contracts and the real keeper on an embedded hardhat chain; report who bore the loss, checked against the chain.")
        {
            scenario, seed, positions, lps, blocks, runs, output, drop, crashed, correlation, volatility, jumpProbability, jumpSize, blockSeconds, fund,
        };
        command.SetAction(async (result, ct) =>
        {
            var options = new SimulationOptions
            {
                Scenario = result.GetValue(scenario)!, Seed = result.GetValue(seed), Positions = result.GetValue(positions), Lps = result.GetValue(lps),
                Blocks = result.GetValue(blocks), Runs = result.GetValue(runs), Output = result.GetValue(output)!, Drop = result.GetValue(drop),
                CrashCollateral = result.GetValue(crashed)!, Correlation = result.GetValue(correlation), Volatility = result.GetValue(volatility),
                JumpProbability = result.GetValue(jumpProbability), JumpSize = result.GetValue(jumpSize), BlockSeconds = result.GetValue(blockSeconds), Fund = result.GetValue(fund),
            };
            return await RunAsync(options, console, error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(SimulationOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            foreach (var p in problems)
                await error.WriteLineAsync("error: " + p);
            return OptionsRefused;
        }
        try
        {
            var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
            IReadOnlyList<SimulationReport> reports;
            if (interactive)
            {
                var live = new LiveProgress();
                reports = await console.Live(live.Table).StartAsync(async ctx =>
                {
                    live.Refresh = ctx.Refresh;
                    return await SimulationBatch.RunAsync(options, live, cancellationToken);
                });
            }
            else
                reports = await SimulationBatch.RunAsync(options, new PlainProgress(line => console.WriteLine(line)), cancellationToken);

            bool passed;
            if (reports.Count == 1)
            {
                var (json, html) = await ReportFiles.WriteAsync(options.Output, reports[0], cancellationToken);
                ConsoleReport.Print(console, reports[0]);
                console.WriteLine($"wrote {json} and {html}");
                passed = reports[0].ChecksPassed;
            }
            else
            {
                var summary = MultiRunSummary.From(options.Scenario, reports);
                for (var i = 0; i < reports.Count; i++)
                    await ReportFiles.WriteAsync(Path.Combine(options.Output, "seed-" + reports[i].Seed.ToString(CultureInfo.InvariantCulture)), reports[i], cancellationToken);
                var json = await ReportFiles.WriteSummaryAsync(options.Output, summary, cancellationToken);
                ConsoleReport.PrintSummary(console, summary);
                console.WriteLine($"wrote {json}, report.html and seed-*/ reports");
                passed = summary.ChecksPassed;
            }
            if (!passed)
            {
                await error.WriteLineAsync("error: the report does not match the chain (see the check failures above)");
                return ReportMismatch;
            }
            return 0;
        }
        catch (SimulationException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
        catch (DevnetException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
        catch (KeeperConfigurationException e)
        {
            // The keeper refused the generated settings: a bug of the simulation, not of the user's options.
            await error.WriteLineAsync("error: keeper configuration: " + e.Message);
            return 1;
        }
    }
}
