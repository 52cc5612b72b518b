using System.Text.Json;

namespace KeeperSuite.Simulator.Tests;

/// <summary>The command line end to end: shards and their merge, a failed run's report, the risk statistics.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task Merging_two_shards_gives_both_shards_runs_and_percentiles_over_their_union()
    {
        var root = Directory.CreateTempSubdirectory("sim-merge-").FullName;
        try
        {
            string[] common = ["--scenario", "crash", "--positions", "5", "--lps", "1", "--blocks", "3", "--runs", "2", "--seed", "21", "--parallel", "1"];
            var a = Path.Combine(root, "a");
            var b = Path.Combine(root, "b");
            var merged = Path.Combine(root, "merged");
            Assert.Equal(0, await SimulateCommand.RunAsync([.. common, "--shard", "0/2", "--output", a]));
            Assert.Equal(0, await SimulateCommand.RunAsync([.. common, "--shard", "1/2", "--output", b]));

            var code = await SimulateCommand.RunAsync(["merge", a, b, "--output", merged]);

            Assert.Equal(0, code);
            var shardRuns = (await ReportFiles.ReadRunsAsync([a], default)).Concat(await ReportFiles.ReadRunsAsync([b], default)).ToList();
            Assert.Equal([21, 22], shardRuns.Select(r => r.Seed).Order());
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(merged, "report.json")));
            var runs = document.RootElement.GetProperty("runs").EnumerateArray().ToList();
            Assert.Equal([21, 22], runs.Select(r => r.GetProperty("seed").GetInt32()).Order());
            foreach (var shardRun in shardRuns)
            {
                var row = runs.Single(r => r.GetProperty("seed").GetInt32() == shardRun.Seed);
                Assert.Equal(shardRun.Deficits.CreatedBaseUnits, row.GetProperty("deficits").GetProperty("createdBaseUnits").GetString());
                Assert.Equal(shardRun.Deficits.LpsBaseUnits, row.GetProperty("deficits").GetProperty("lpsBaseUnits").GetString());
                Assert.True(File.Exists(Path.Combine(merged, "runs", MultiRunSummary.RunKey(shardRun), "report.html")), "each run has its page");
            }
            var badDebt = document.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "bad debt created");
            var union = shardRuns.Select(r => (double)r.Deficits.Created).ToList();
            Assert.Equal(Stats.Percentile(union, 0.5), badDebt.GetProperty("median").GetDouble(), 9);
            Assert.Equal(Stats.Percentile(union, 0.95), badDebt.GetProperty("tail95").GetProperty("vaR").GetDouble(), 9);
            Assert.Equal(union.Average(), badDebt.GetProperty("mean").GetDouble(), 9);
            var html = await File.ReadAllTextAsync(Path.Combine(merged, "report.html"));
            Assert.Contains("href=\"runs/seed-21/report.html\"", html);
            Assert.Contains("too few runs", html);

            // Every chart of the summary and of a run page renders in headless Chromium.
            await AssertRendersAsync(Path.Combine(merged, "report.html"));
            await AssertRendersAsync(Path.Combine(merged, "runs", "seed-22", "report.html"));

            // The same run in two inputs is refused, not counted twice.
            using var errors = new StringWriter();
            Assert.Equal(SimulateCommand.OptionsRefused, await SimulateCommand.RunAsync(["merge", a, a, "--output", merged], errors));
            Assert.Contains("appears 2 times", errors.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task AssertRendersAsync(string page)
    {
        var root = KeeperSuite.Devnet.RepositoryLocator.Find();
        var info = new System.Diagnostics.ProcessStartInfo("node", [Path.Combine(root, "src", "KeeperSuite.Simulator", "render-check.js"), page])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"render check of {page} failed: {output} {error}");
        Assert.Contains("\"problems\":[]", output);
    }

    [Fact]
    public async Task A_failed_run_says_why_in_one_line_and_replaces_an_older_report()
    {
        var output = Directory.CreateTempSubdirectory("sim-failed-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(output, "report.json"), "{\"scenario\":\"an older run\"}");
            using var errors = new StringWriter();

            var code = await SimulateCommand.RunAsync(["--scenario", "crash", "--positions", "3", "--lps", "1", "--blocks", "2", "--set", "liquidationBonus=5", "--output", output], errors);

            Assert.Equal(1, code);
            var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.Contains("liquidationBonus=5", lines[0]);
            Assert.Contains("ParameterOutOfBounds", lines[0]);
            var json = await File.ReadAllTextAsync(Path.Combine(output, "report.json"));
            Assert.DoesNotContain("an older run", json);
            Assert.Contains("liquidationBonus=5", json);
            Assert.Contains("RUN FAILED", await File.ReadAllTextAsync(Path.Combine(output, "report.html")));
            Assert.True(File.Exists(Path.Combine(output, "FAILED.txt")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Sweep_and_shard_options_are_checked_before_anything_starts()
    {
        using var errors = new StringWriter();
        var code = await SimulateCommand.RunAsync(["--sweep", "meteorSize=1,2", "--shard", "2/2", "--set", "drop=x"], errors);

        Assert.Equal(SimulateCommand.OptionsRefused, code);
        Assert.Contains("--sweep meteorSize=1,2: the parameter must be one of", errors.ToString());
        Assert.Contains("--shard must be i/n", errors.ToString());
        Assert.Contains("'x' is not a number", errors.ToString());
    }

    [Fact]
    public void Shards_partition_the_runs_of_a_sweep()
    {
        var options = new SimulationOptions { Runs = 5, Seed = 1 };
        var all = RunPlan.Parse(options, "drop=0.2,0.4,0.6", [], null, 2).Runs.Select(Key).ToList();
        var shards = Enumerable.Range(0, 4).SelectMany(i => RunPlan.Parse(options, "drop=0.2,0.4,0.6", [], $"{i}/4", 2).Runs.Select(Key)).ToList();

        Assert.Equal(15, all.Count);
        Assert.Equal(all.Order(), shards.Order());
        Assert.Equal(15, shards.Distinct().Count());
        static string Key(SimulationOptions o) => $"{o.Drop}:{o.Seed}";
    }

    [Fact]
    public void Tail_estimates_flag_a_sample_too_small_and_bound_a_large_one()
    {
        var random = new Random(3);
        var small = Enumerable.Range(0, 20).Select(_ => random.NextDouble()).ToList();
        var large = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToList();

        var weak = RiskStatistics.Tail(small, 0.99);
        var strong = RiskStatistics.Tail(large, 0.95);

        Assert.True(weak.TooFewRuns);
        Assert.Null(weak.VaRHigh);
        Assert.True(weak.RunsNeeded > 20);
        Assert.False(strong.TooFewRuns);
        Assert.InRange(strong.VaR, 0.93, 0.97); // uniform: the 95 % quantile is 0.95
        Assert.True(strong.VaRLow <= strong.VaR && strong.VaR <= strong.VaRHigh);
        Assert.True(strong.CVaRLow <= strong.CVaR && strong.CVaR <= strong.CVaRHigh);
        Assert.InRange(strong.CVaR, 0.96, 0.99); // uniform: mean above 0.95 is 0.975
    }
}
