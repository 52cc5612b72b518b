using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KeeperSuite.Ethereum;
using Xunit;

namespace KeeperSuite.Testing;

/// <summary>
/// Starts a real <c>npx hardhat node</c> on a free loopback port for a test collection and kills its process tree
/// afterwards. Chain id 31337 with Hardhat's default funded accounts.
/// </summary>
public sealed class HardhatNodeFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Hardhat's chain id.</summary>
    public const ulong ChainId = 31337;

    /// <summary>Hardhat default account #0 (publicly known test key; funded with 10000 ETH).</summary>
    public static Address Account0Address { get; } = Address.Parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    /// <summary>Hardhat default account #1.</summary>
    public static Address Account1Address { get; } = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    /// <summary>Private key of account #0 — Hardhat's published development key, never a real one.</summary>
    public const string Account0PrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly OutputTail _stdout = new(20);
    private readonly OutputTail _stderr = new(40);
    private Process? _process;

    /// <summary>The node's JSON-RPC URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _process = new Process
        {
            StartInfo = HardhatProject.NpxStartInfo("hardhat", "node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        _process.OutputDataReceived += (_, e) => _stdout.Add(e.Data);
        _process.ErrorDataReceived += (_, e) => _stderr.Add(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException(
                    $"hardhat node exited with code {_process.ExitCode} before answering on {Url}.\nstderr:\n{_stderr}\nstdout:\n{_stdout}");
            if (await AnswersChainIdAsync(http))
                return;
            await Task.Delay(PollInterval);
        }
        await DisposeAsync();
        throw new TimeoutException(
            $"hardhat node did not answer eth_chainId on {Url} within {StartTimeout}.\nstderr:\n{_stderr}\nstdout:\n{_stdout}");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Stuck in exit after SIGKILL: nothing more a test can do about it.
            }
        }
        Dispose();
    }

    /// <summary>Kills the node's process tree if it still runs.</summary>
    public void Dispose()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        _process.Dispose();
        _process = null;
    }

    private async Task<bool> AnswersChainIdAsync(HttpClient http)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(Url, new { jsonrpc = "2.0", id = 1, method = "eth_chainId", @params = Array.Empty<object>() });
            if (!response.IsSuccessStatusCode)
                return false;
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return document.RootElement.TryGetProperty("result", out _);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return false;
        }
    }
}
