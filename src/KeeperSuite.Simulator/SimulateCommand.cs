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
        var scenario = new Option<string>("--scenario") { Description = "crash | no-bidders | correlated | black-thursday | slow-bleed | thin-liquidity", DefaultValueFactory = _ => defaults.Scenario };
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
        var keeperMode = new Option<string?>("--keeper-mode") { Description = "flash (default; slow-bleed: inventory): borrow, liquidate and sell into the DEX in one transaction | inventory: repay from the keeper's balance, keep the collateral | auto." };
        var dexDepth = new Option<double?>("--dex-depth") { Description = "DEX pools' depth: whole debt-asset units a sale must be worth to move a pool's price 2% (deployed 1,000,000; thin-liquidity 100,000). Sweep it with --sweep dexDepth=...; only thinner than deployed." };
        var fund = new Option<long?>("--fund") { Description = "Insurance-fund deposit in whole debt-asset units (default 1% of the book's debt)." };

        var sweep = new Option<string?>("--sweep") { Description = "name=v1,v2,...: --runs seeds for each value (" + string.Join(", ", RiskParameters.Known.Keys) + "); the report plots each metric against it." };
        var set = new Option<string[]>("--set") { Description = "name=value: a risk or write-off parameter for every run (repeatable).", AllowMultipleArgumentsPerToken = false };
        var shard = new Option<string?>("--shard") { Description = "i/n: run only the i-th of n shares of the runs (0-based), e.g. one per pod of a Kubernetes Indexed Job; merge the outputs with `merge`." };
        var parallel = new Option<int>("--parallel") { Description = "Chains at once (default: the core count).", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new RootCommand("Stress the contracts and the real keeper on an embedded hardhat chain; report who bore the loss, checked against the chain.")
        {
            scenario, seed, positions, lps, blocks, runs, output, drop, crashed, correlation, volatility, jumpProbability, jumpSize, blockSeconds, keeperMode, dexDepth, fund, sweep, set, shard, parallel,
        };
        command.SetAction(async (result, ct) =>
        {
            var options = new SimulationOptions
            {
                Scenario = result.GetValue(scenario)!, Seed = result.GetValue(seed), Positions = result.GetValue(positions), Lps = result.GetValue(lps),
                Blocks = result.GetValue(blocks), Runs = result.GetValue(runs), Output = result.GetValue(output)!, Drop = result.GetValue(drop),
                CrashCollateral = result.GetValue(crashed)!, Correlation = result.GetValue(correlation), Volatility = result.GetValue(volatility),
                JumpProbability = result.GetValue(jumpProbability), JumpSize = result.GetValue(jumpSize), BlockSeconds = result.GetValue(blockSeconds), Fund = result.GetValue(fund),
                KeeperMode = result.GetValue(keeperMode),
            };
            // --dex-depth is a parameter like --set dexDepth=…, so the report names it and a sweep can vary it.
            if (result.GetValue(dexDepth) is { } depth)
                options = RiskParameters.With(options, "dexDepth", depth);
            var plan = RunPlan.Parse(options, result.GetValue(sweep), result.GetValue(set) ?? [], result.GetValue(shard), result.GetValue(parallel));
            return await RunAsync(plan, console, error, ct);
        });

        var mergeInputs = new Argument<string[]>("shards") { Description = "Output folders of `simulate --shard i/n` (or of any runs of one scenario).", Arity = ArgumentArity.OneOrMore };
        var mergeOutput = new Option<string>("--output") { Description = "Folder for the merged report.json, report.html and runs/.", DefaultValueFactory = _ => defaults.Output };
        var merge = new Command("merge", "Build one report from shards' outputs (the same report as one machine running every run).") { mergeInputs, mergeOutput };
        merge.SetAction(async (result, ct) => await MergeAsync(result.GetValue(mergeInputs)!, result.GetValue(mergeOutput)!, console, error, ct));
        command.Subcommands.Add(merge);
        return command;
    }

    public static async Task<int> RunAsync(SimulationOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken) =>
        await RunAsync(RunPlan.Parse(options, null, [], null, Environment.ProcessorCount), console, error, cancellationToken);

    public static async Task<int> RunAsync(RunPlan plan, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var problems = plan.Problems.Concat(plan.Options.Validate()).ToList();
        if (problems.Count > 0)
        {
            foreach (var p in problems)
                await error.WriteLineAsync("error: " + p);
            return OptionsRefused;
        }
        var options = plan.Options;
        // Whatever happens next, the folder must not show an older run's report as if it were this one's.
        ReportFiles.Clear(options.Output);
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
                    return await SimulationBatch.RunAsync(plan.Runs, plan.Parallelism, live, cancellationToken);
                });
            }
            else
                reports = await SimulationBatch.RunAsync(plan.Runs, plan.Parallelism, new PlainProgress(line => console.WriteLine(line)), cancellationToken);
            return await WriteAsync(options.Output, options.Scenario, reports, single: plan.Runs.Count == 1 && plan.Shard is null, console, error, cancellationToken);
        }
        catch (Exception e) when (e is SimulationException or DevnetException or KeeperConfigurationException)
        {
            var message = e is KeeperConfigurationException ? "keeper configuration: " + e.Message : e.Message;
            await ReportFiles.WriteFailureAsync(options.Output, options, message, CancellationToken.None);
            await error.WriteLineAsync("error: " + message.Split('\n')[0]);
            return 1;
        }
    }

    public static async Task<int> MergeAsync(IReadOnlyList<string> inputs, string output, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        IReadOnlyList<SimulationReport> runs;
        try
        {
            runs = await ReportFiles.ReadRunsAsync(inputs, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return OptionsRefused;
        }
        var scenarios = runs.Select(r => r.Scenario).Distinct().ToList();
        if (scenarios.Count != 1)
        {
            await error.WriteLineAsync($"error: the inputs hold runs of {(scenarios.Count == 0 ? "no scenario" : string.Join(", ", scenarios))}: merge one scenario at a time");
            return OptionsRefused;
        }
        var duplicate = runs.GroupBy(MultiRunSummary.RunKey).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            await error.WriteLineAsync($"error: run {duplicate.Key} appears {duplicate.Count()} times in the inputs (overlapping shards?)");
            return OptionsRefused;
        }
        ReportFiles.Clear(output);
        return await WriteAsync(output, scenarios[0], runs, single: false, console, error, cancellationToken);
    }

    private static async Task<int> WriteAsync(string output, string scenario, IReadOnlyList<SimulationReport> reports, bool single, IAnsiConsole console, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (single)
        {
            var r = reports[0];
            var (json, html) = await ReportFiles.WriteAsync(output, r, cancellationToken);
            ConsoleReport.Print(console, r);
            console.WriteLine($"wrote {json} and {html}");
            if (r.Failure is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(output, "FAILED.txt"), r.Failure + Environment.NewLine, cancellationToken);
                await error.WriteLineAsync("error: " + r.Failure);
                return 1;
            }
            if (!r.ChecksPassed)
            {
                await error.WriteLineAsync("error: the report does not match the chain (see the check failures above)");
                return ReportMismatch;
            }
            return 0;
        }
        var summary = MultiRunSummary.From(scenario, reports);
        var written = await ReportFiles.WriteSummaryAsync(output, summary, cancellationToken);
        ConsoleReport.PrintSummary(console, summary);
        console.WriteLine($"wrote {written}, report.html and runs/*/ reports");
        var failed = summary.Runs.Where(r => r.Failure is not null).ToList();
        if (failed.Count > 0)
        {
            await error.WriteLineAsync($"error: {failed.Count} of {summary.Runs.Count} runs failed (first: seed {failed[0].Seed}: {failed[0].Failure})");
            return 1;
        }
        if (!summary.ChecksPassed)
        {
            await error.WriteLineAsync("error: the report does not match the chain (see the check failures above)");
            return ReportMismatch;
        }
        return 0;
    }
}
