using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeeperSuite.Simulator;

/// <summary>
/// The report folder: report.json and the self-contained report.html of a run, or of a summary with runs/&lt;key&gt;/ pages
/// for each run. A folder is cleared before anything runs, so it never shows an older run's report as this one's.
/// </summary>
public static class ReportFiles
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly string[] OwnFiles = ["report.json", "report.html", "FAILED.txt"];

    /// <summary>Removes the reports this tool wrote there before (and nothing else).</summary>
    public static void Clear(string directory)
    {
        if (!Directory.Exists(directory))
            return;
        foreach (var file in OwnFiles.Select(f => Path.Combine(directory, f)).Where(File.Exists))
            File.Delete(file);
        var runs = Path.Combine(directory, "runs");
        if (Directory.Exists(runs))
            Directory.Delete(runs, recursive: true);
    }

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
        foreach (var run in summary.Runs)
            await WriteRunPageAsync(Path.Combine(directory, "runs", MultiRunSummary.RunKey(run)), run, cancellationToken);
        var json = Path.Combine(directory, "report.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(summary, Json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), HtmlReport.RenderSummary(summary), cancellationToken);
        return json;
    }

    private static async Task WriteRunPageAsync(string directory, SimulationReport report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.json"), JsonSerializer.Serialize(report, Json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.html"), HtmlReport.Render(report, "../../report.html"), cancellationToken);
    }

    /// <summary>A run that stopped before it had a report: what was asked and why it stopped, in both files.</summary>
    public static async Task WriteFailureAsync(string directory, SimulationOptions options, string failure, CancellationToken cancellationToken)
    {
        var report = SimulationReport.FailedBeforeReport(options, failure);
        await WriteAsync(directory, report, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "FAILED.txt"), failure + Environment.NewLine, cancellationToken);
    }

    /// <summary>Every run in the given output folders: a summary's runs, or a single run's report.</summary>
    public static async Task<IReadOnlyList<SimulationReport>> ReadRunsAsync(IEnumerable<string> directories, CancellationToken cancellationToken)
    {
        var runs = new List<SimulationReport>();
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, "report.json");
            if (!File.Exists(path))
                throw new InvalidDataException($"{path} does not exist (not a simulate --output folder, or its run did not finish)");
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken));
            if (document.RootElement.TryGetProperty("runs", out var list) && document.RootElement.TryGetProperty("metrics", out _))
                runs.AddRange(list.Deserialize<List<SimulationReport>>(Json) ?? []);
            else
                runs.Add(document.RootElement.Deserialize<SimulationReport>(Json) ?? throw new InvalidDataException($"{path} holds no report"));
        }
        return runs;
    }
}
