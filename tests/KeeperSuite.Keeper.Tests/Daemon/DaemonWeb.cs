using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeeperSuite.Devnet;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>A running daemon's one web host, as an operator's probe and Prometheus see it: /healthz and /metrics.</summary>
public sealed partial class DaemonWeb : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public DaemonWeb() => Url = $"http://127.0.0.1:{FreePort.Next()}/";

    public string Url { get; }

    /// <summary>The settings that turn the web host on at <see cref="Url"/>.</summary>
    public string[] Settings => ["--Keeper:Metrics:Enabled", "true", "--Keeper:Metrics:Url", Url];

    /// <summary>/healthz: the status code and the JSON body; (0, null) while nothing listens.</summary>
    public async Task<(HttpStatusCode Code, JsonElement? Body)> HealthAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(Url + "healthz"));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            return (response.StatusCode, body);
        }
        catch (HttpRequestException)
        {
            return (0, null);
        }
    }

    /// <summary>Polls /healthz until <paramref name="done"/> holds; fails with the last answer after <paramref name="limit"/>.</summary>
    public async Task<JsonElement> WaitForHealthAsync(Func<HttpStatusCode, JsonElement, bool> done, TimeSpan limit, Task<(int Code, string Error)>? daemon = null)
    {
        var deadline = DateTime.UtcNow + limit;
        (HttpStatusCode Code, JsonElement? Body) last = default;
        while (DateTime.UtcNow < deadline)
        {
            if (daemon is { IsCompleted: true })
            {
                var (code, error) = await daemon;
                Assert.Fail($"the daemon stopped (exit {code}) while the test waited for /healthz: {error}");
            }
            last = await HealthAsync();
            if (last.Body is { } body && done(last.Code, body))
                return body;
            await Task.Delay(200);
        }
        Assert.Fail($"/healthz did not reach the expected state in {limit}: last {(int)last.Code} {last.Body}");
        return default;
    }

    public Task<string> ScrapeAsync() => _http.GetStringAsync(new Uri(Url + "metrics"));

    /// <summary>
    /// The value of one series in a Prometheus text exposition, e.g. ("keepersuite_keeper_keeper_liquidations",
    /// outcome=confirmed); null when the series is absent.
    /// </summary>
    public static double? Sample(string metrics, string name, params (string Label, string Value)[] labels)
    {
        foreach (var line in metrics.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(name, StringComparison.Ordinal))
                continue;
            var rest = line[name.Length..];
            if (rest.Length == 0 || (rest[0] != '{' && rest[0] != ' '))
                continue;
            var found = LabelPair().Matches(rest).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (labels.All(l => found.TryGetValue(l.Label, out var v) && v == l.Value) && found.Count == labels.Length)
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
        return null;
    }

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex LabelPair();

    public void Dispose() => _http.Dispose();
}
