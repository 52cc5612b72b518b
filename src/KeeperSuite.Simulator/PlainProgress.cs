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
