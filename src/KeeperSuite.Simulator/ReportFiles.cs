using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeeperSuite.Simulator;

/// <summary>Writes report.json and the self-contained report.html of a run (or of a --runs summary).</summary>
public static class ReportFiles
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<(string Json, string Html)> WriteAsync(string directory, SimulationReport report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "report.json");
        var html = Path.Combine(directory, "report.html");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, Json), cancellationToken);
        await File.WriteAllTextAsync(html, HtmlReport.Render(report), cancellationToken);
        return (json, html);
    }

    public static async Task<string> WriteSummaryAsync(string directory, MultiRunSummary summary, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "report.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(summary, Json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), HtmlReport.RenderSummary(summary), cancellationToken);
        return json;
    }
}
