using System.Text.Json;

namespace KeeperSuite.Keeper.Benchmarks;

/// <summary>The <c>--json</c> summary: exactly issue 17's keys (ms and MB), NaN written as null when a figure was not measured.</summary>
public sealed class BenchSummary
{
    public string Node { get; init; } = "hardhat";
    public int Positions { get; init; }
    public ScanFigures Scan { get; set; } = new(double.NaN, double.NaN, 0, double.NaN);
    public ReactionFigures Reaction { get; set; } = new(1000, double.NaN, double.NaN, 0);
    public StartFigures ColdStart { get; set; } = new(double.NaN, double.NaN);
    public StartFigures WarmStart { get; set; } = new(double.NaN, double.NaN);

    public sealed record ScanFigures(double MedianMs, double KeeperCpuMs, long HttpRequests, double LensGasPerPosition);
    public sealed record ReactionFigures(int Liquidatable, double FirstSentMs, double AllSentMs, long HttpRequests);
    public sealed record StartFigures(double WallMs, double PeakRssMb);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson()
    {
        static object? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);
        var shape = new Dictionary<string, object?>
        {
            ["node"] = Node,
            ["positions"] = Positions,
            ["scan"] = new Dictionary<string, object?> { ["medianMs"] = N(Scan.MedianMs), ["keeperCpuMs"] = N(Scan.KeeperCpuMs), ["httpRequests"] = Scan.HttpRequests, ["lensGasPerPosition"] = N(Scan.LensGasPerPosition) },
            ["reaction"] = new Dictionary<string, object?> { ["liquidatable"] = Reaction.Liquidatable, ["firstSentMs"] = N(Reaction.FirstSentMs), ["allSentMs"] = N(Reaction.AllSentMs), ["httpRequests"] = Reaction.HttpRequests },
            ["coldStart"] = new Dictionary<string, object?> { ["wallMs"] = N(ColdStart.WallMs), ["peakRssMb"] = N(ColdStart.PeakRssMb) },
            ["warmStart"] = new Dictionary<string, object?> { ["wallMs"] = N(WarmStart.WallMs), ["peakRssMb"] = N(WarmStart.PeakRssMb) },
        };
        return JsonSerializer.Serialize(shape, Indented);
    }
}
