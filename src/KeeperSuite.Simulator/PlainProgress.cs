using System.Globalization;

namespace KeeperSuite.Simulator;

/// <summary>Progress as plain lines (output not a terminal: CI logs, pipes): stages, then every few blocks.</summary>
public sealed class PlainProgress(Action<string> output, int every = 5) : ISimulationProgress
{
    private readonly Lock _gate = new();

    public void Stage(int seed, string stage)
    {
        lock (_gate)
            output(string.Create(CultureInfo.InvariantCulture, $"[seed {seed}] {stage}"));
    }

    public static string Clock(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}m{t.Seconds:00}s");

    public void RunFinished(SimulationReport report, int done, int total, TimeSpan elapsed, TimeSpan eta)
    {
        var outcome = report.Failure is { } f ? "FAILED: " + f : report.ChecksPassed ? "checked" : "CHECK FAILED";
        lock (_gate)
            output(string.Create(CultureInfo.InvariantCulture,
                $"[{done}/{total}] seed {report.Seed} done in {report.DurationSeconds:0.#} s ({outcome}); elapsed {PlainProgress.Clock(elapsed)}, ETA {PlainProgress.Clock(eta)}"));
    }

    public void Block(int seed, BlockSample s, string[] collaterals)
    {
        if (s.Step % every != 0 && s.LiquidationsSent == 0 && s.WriteOffSteps == 0)
            return;
        var prices = string.Join(' ', collaterals.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c} {s.Prices[i]:0.##}")));
        lock (_gate)
            output(string.Create(CultureInfo.InvariantCulture,
                $"[seed {seed}] block {s.Block} (step {s.Step}): {prices}; at risk {s.AtRisk}, liquidatable {s.Liquidatable}, sent {s.LiquidationsSent} liquidations, {s.WriteOffSteps} write-off steps; open deficit {s.OpenDeficit:N2} ({s.OpenDeficits}), fund {s.Fund:N2}{(s.AuctionPrice is { } p ? $", auction {p:0.####}" : "")}"));
    }
}
