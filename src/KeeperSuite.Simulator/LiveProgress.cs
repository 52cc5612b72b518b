using System.Globalization;
using Spectre.Console;

namespace KeeperSuite.Simulator;

/// <summary>Progress on a terminal: one Spectre.Console table row per run, redrawn as blocks are mined.</summary>
public sealed class LiveProgress : ISimulationProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, string[]> _rows = [];

    public Table Table { get; } = new Table().AddColumns("seed", "stage", "block", "prices", "at risk", "liquidatable", "open deficit", "fund", "auction");

    public Action? Refresh { get; set; }

    public void RunFinished(SimulationReport report, int done, int total, TimeSpan elapsed, TimeSpan eta)
    {
        lock (_gate)
        {
            _rows.Remove(report.Seed);
            Table.Caption(new TableTitle(string.Create(CultureInfo.InvariantCulture, $"{done}/{total} runs done, {PlainProgress.Clock(elapsed)} elapsed, ETA {PlainProgress.Clock(eta)}")));
            Table.Rows.Clear();
            foreach (var r in _rows.OrderBy(r => r.Key).Select(r => r.Value))
                Table.AddRow(r);
            Refresh?.Invoke();
        }
    }

    public void Stage(int seed, string stage) => Update(seed, row => row[1] = Markup.Escape(stage));

    public void Block(int seed, BlockSample s, string[] collaterals) => Update(seed, row =>
    {
        row[2] = s.Block.ToString(CultureInfo.InvariantCulture);
        row[3] = string.Join(' ', collaterals.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c} {s.Prices[i]:0.#}")));
        row[4] = s.AtRisk.ToString(CultureInfo.InvariantCulture);
        row[5] = s.Liquidatable.ToString(CultureInfo.InvariantCulture);
        row[6] = string.Create(CultureInfo.InvariantCulture, $"{s.OpenDeficit:N0} ({s.OpenDeficits})");
        row[7] = s.Fund.ToString("N0", CultureInfo.InvariantCulture);
        row[8] = s.AuctionPrice is { } p ? p.ToString("0.###", CultureInfo.InvariantCulture) : "-";
    });

    private void Update(int seed, Action<string[]> change)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(seed, out var row))
                _rows[seed] = row = [seed.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", "", "", ""];
            change(row);
            Table.Rows.Clear();
            foreach (var r in _rows.OrderBy(r => r.Key).Select(r => r.Value))
                Table.AddRow(r);
            Refresh?.Invoke();
        }
    }
}
