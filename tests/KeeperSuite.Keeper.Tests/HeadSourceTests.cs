using System.Text.Json;
using KeeperSuite.Devnet;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// The daemon starts a pass when the node announces a head (eth_subscribe("newHeads") over the WebSocket Hardhat serves
/// on its HTTP port), and polls when no WebSocket answers. Observed through /healthz's last processed block.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class HeadSourceTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task A_pass_starts_when_the_node_announces_a_new_head_long_before_the_next_poll()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var url = $"http://127.0.0.1:{FreePort.Next()}/";
        // One poll at start, the next a minute later: a pass at a later block within the wait below came from newHeads.
        var (run, stop) = keeper.StartDaemon("--Keeper:PollInterval", "00:01:00", "--Keeper:StaleHeadAfter", "00:10:00",
            "--Keeper:Metrics:Enabled", "true", "--Keeper:Metrics:Url", url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var first = await ProcessedAsync(http, url, run, _ => true, TimeSpan.FromSeconds(90));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            ulong reached = first;
            // The subscription opens with the first pass; mine until a head arrives after it is open.
            while (reached <= first && DateTime.UtcNow < deadline)
            {
                await chain.MineAsync();
                var target = await chain.BlockNumberAsync();
                reached = await ProcessedAsync(http, url, run, p => p >= target, TimeSpan.FromSeconds(3), throwOnTimeout: false);
            }
            Assert.True(reached > first, $"no pass after block {first} within 30 s while the head is polled once a minute");
        }
        finally
        {
            await stop.CancelAsync();
            var (code, error) = await run;
            stop.Dispose();
            Assert.True(code == 0, error);
        }
    }

    [Fact]
    public async Task Polling_takes_over_when_no_WebSocket_answers()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var url = $"http://127.0.0.1:{FreePort.Next()}/";
        var (run, stop) = keeper.StartDaemon("--Keeper:Heads:WebSocketUrl", $"ws://127.0.0.1:{FreePort.Next()}/",
            "--Keeper:Metrics:Enabled", "true", "--Keeper:Metrics:Url", url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var first = await ProcessedAsync(http, url, run, _ => true, TimeSpan.FromSeconds(90));
            await chain.MineAsync(2);
            var target = await chain.BlockNumberAsync();
            Assert.True(target > first);
            await ProcessedAsync(http, url, run, p => p >= target, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await stop.CancelAsync();
            var (code, error) = await run;
            stop.Dispose();
            Assert.True(code == 0, error);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:8545")]
    [InlineData("not a url")]
    public async Task A_WebSocket_url_that_is_not_ws_is_refused_at_start_up(string value)
    {
        using var keeper = new KeeperRunner(chain);
        var (code, error) = await KeeperRunner.InvokeAsync(["run", "--once", .. keeper.Settings("--Keeper:Heads:WebSocketUrl", value)]);
        Assert.True(code == 2, $"exit code {code}, stderr: {error}");
        Assert.Contains("Keeper:Heads:WebSocketUrl", error, StringComparison.Ordinal);
    }

    /// <summary>/healthz's last processed block once it satisfies <paramref name="done"/> (0 when not reached and not throwing).</summary>
    private static async Task<ulong> ProcessedAsync(HttpClient http, string url, Task<(int Code, string Error)> run, Func<ulong, bool> done, TimeSpan limit, bool throwOnTimeout = true)
    {
        var deadline = DateTime.UtcNow + limit;
        ulong processed = 0;
        while (DateTime.UtcNow < deadline)
        {
            if (run.IsCompleted)
                throw new InvalidOperationException("the daemon stopped: " + (await run).Error);
            try
            {
                using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(url + "healthz")));
                if (document.RootElement.TryGetProperty("processed", out var p) && p.ValueKind == JsonValueKind.Number)
                {
                    processed = p.GetUInt64();
                    if (processed > 0 && done(processed))
                        return processed;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        return throwOnTimeout ? throw new TimeoutException($"processed block {processed} did not reach the target within {limit}") : processed;
    }
}
