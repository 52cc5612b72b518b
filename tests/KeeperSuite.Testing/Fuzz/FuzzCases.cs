using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace KeeperSuite.Testing.Fuzz;

/// <summary>
/// How many cases each fuzz target runs: <c>FUZZ_CASES</c> (total over the targets; the short default keeps the test
/// command fast), and a guard that turns a slow case into a failure naming it (no hang).
/// </summary>
public static class FuzzCases
{
    public const int DefaultTotal = 20_000;
    public static readonly TimeSpan MaxPerCase = TimeSpan.FromSeconds(5);

    public static int Total => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultTotal;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 424242;

    /// <summary>Runs <paramref name="cases"/> cases; a case that throws an unexpected type or runs too long fails with its input.</summary>
    public static void Run(int cases, Func<int, string> @case)
    {
        for (var i = 0; i < cases; i++)
        {
            var clock = Stopwatch.StartNew();
            var input = @case(i);
            if (clock.Elapsed > MaxPerCase)
                Assert.Fail($"case {i} took {clock.Elapsed} (limit {MaxPerCase}): {Shorten(input)}");
        }
    }

    public static string Shorten(string input) => input.Length <= 400 ? input : input[..400] + "…";
}
