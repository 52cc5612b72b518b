using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace KeeperSuite.Testing;

/// <summary>
/// Starts a real <c>hardhat node</c> on a free loopback port for a test collection and kills its process tree
/// afterwards. Chain id 31337 with Hardhat's default funded accounts. Started through node_modules/.bin/hardhat, not
/// npx, so the process we kill is the node itself (killing only npx would leave the node running).
/// </summary>
public sealed class HardhatNodeFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Hardhat's chain id.</summary>
    public const ulong ChainId = 31337;

    /// <summary>Hardhat default account #0 (publicly known test key; funded with 10000 ETH).</summary>
    public const string Account0Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    /// <summary>Hardhat default account #1.</summary>
    public const string Account1Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    /// <summary>Private key of account #0 — Hardhat's published development key, never a real one.</summary>
    public const string Account0PrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary>Private key of account #1 — Hardhat's published development key, never a real one.</summary>
    public const string Account1PrivateKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

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
            StartInfo = HardhatProject.HardhatStartInfo("node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
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

    /// <summary>
    /// Stops the node process (SIGSTOP): it keeps its port and its chain but answers nothing, as a node that is down
    /// does, until <see cref="Resume"/>. The node is one process (Hardhat 2's bootstrap does not fork), so no child is
    /// left running. A restart that kills the process would lose the chain: Hardhat keeps it only in memory.
    /// </summary>
    public void Suspend() => Signal("STOP");

    /// <summary>Lets a <see cref="Suspend"/>ed node run again (SIGCONT); requests queued on its socket are then served.</summary>
    public void Resume() => Signal("CONT");

    private void Signal(string signal)
    {
        var process = _process is { HasExited: false } p ? p : throw new InvalidOperationException("the hardhat node is not running");
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed: {kill.StandardError.ReadToEnd()}");
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
