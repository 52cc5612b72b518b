using System.Globalization;

namespace KeeperSuite.Simulator;

/// <summary>
/// Which runs one invocation makes: --runs seeds (seed, seed+1, …), times each --sweep value, with every --set applied;
/// --shard i/n keeps every n-th run from the i-th (0-based), so n pods with i = 0…n−1 make every run exactly once.
/// </summary>
public sealed record RunPlan(SimulationOptions Options, IReadOnlyList<SimulationOptions> Runs, int Parallelism, (int Index, int Count)? Shard, IReadOnlyList<string> Problems)
{
    public static RunPlan Parse(SimulationOptions options, string? sweep, IReadOnlyList<string> sets, string? shard, int parallelism)
    {
        var problems = new List<string>();
        var base_ = options;
        foreach (var s in sets)
        {
            var (name, values) = Split(s, problems, "--set");
            if (name is not null && values.Count == 1)
                base_ = RiskParameters.With(base_, name, values[0]);
            else if (name is not null)
                problems.Add($"--set {s}: one value (use --sweep for several)");
        }
        var variants = new List<SimulationOptions> { base_ };
        if (sweep is not null)
        {
            var (name, values) = Split(sweep, problems, "--sweep");
            if (name is not null)
                variants = values.Select(v => RiskParameters.With(base_, name, v)).ToList();
        }
        var runs = variants.SelectMany(v => Enumerable.Range(0, options.Runs).Select(i => v with { Seed = options.Seed + i })).ToList();
        (int, int)? parsedShard = null;
        if (shard is not null)
        {
            var parts = shard.Split('/');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && i < n)
            {
                parsedShard = (i, n);
                runs = runs.Where((_, k) => k % n == i).ToList();
                if (runs.Count == 0)
                    problems.Add($"--shard {shard}: no run falls in this shard (only {variants.Count * options.Runs} runs)");
            }
            else
                problems.Add($"--shard must be i/n with 0 <= i < n (e.g. 0/4), got '{shard}'");
        }
        if (parallelism < 1)
            problems.Add("--parallel must be at least 1");
        return new RunPlan(base_, runs, Math.Max(1, parallelism), parsedShard, problems);
    }

    private static (string? Name, List<double> Values) Split(string text, List<string> problems, string option)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? text[..eq].Trim() : "";
        if (!RiskParameters.Known.ContainsKey(name))
        {
            problems.Add($"{option} {text}: the parameter must be one of {string.Join(", ", RiskParameters.Known.Keys)}");
            return (null, []);
        }
        var values = new List<double>();
        foreach (var v in text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x))
                values.Add(x);
            else
                problems.Add($"{option} {text}: '{v}' is not a number");
        }
        if (values.Count == 0)
            problems.Add($"{option} {text}: no value");
        return (name, values);
    }
}
