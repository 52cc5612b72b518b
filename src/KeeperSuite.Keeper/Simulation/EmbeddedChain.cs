using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace KeeperSuite.Keeper.Simulation;

/// <summary>
/// A <c>hardhat node</c> child process on a free loopback port. Started through node_modules/.bin/hardhat, not npx:
/// the process we hold is the node itself, so killing its tree leaves nothing behind. Stopped on dispose (normal end,
/// error, cancellation) and, as a last resort, when this process exits; dispose waits until the port is free again.
/// </summary>
public sealed class EmbeddedChain : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly EventHandler _onExit;

    private EmbeddedChain(Process process, int port)
    {
        _process = process;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
        // Ctrl-C cancels the run and the finally blocks dispose us; ProcessExit covers a host that exits without them.
        _onExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    public int Port { get; }

    public Uri Url { get; }

    /// <summary>The node's process id, kept after the process is gone (to check it is).</summary>
    public int ProcessId { get; private set; }

    public static async Task<EmbeddedChain> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(RepositoryLocator.HardhatBinary(repositoryRoot))
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "node", "--hostname", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(argument);
        info.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
        var process = new Process { StartInfo = info };
        var chain = new EmbeddedChain(process, port);
        process.OutputDataReceived += (_, e) => chain.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => chain.Remember(e.Data);
        process.Start();
        chain.ProcessId = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await chain.WaitUntilAnsweringAsync(cancellationToken);
            return chain;
        }
        catch
        {
            await chain.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new SimulationException($"hardhat node exited with code {_process.ExitCode} before answering on {Url}: {Tail()}");
            if (await AnswersAsync(http, cancellationToken))
                return;
            await Task.Delay(200, cancellationToken);
        }
        throw new SimulationException($"hardhat node did not answer on {Url} within {StartTimeout.TotalSeconds:F0} s: {Tail()}");
    }

    private async Task<bool> AnswersAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(Url, new { jsonrpc = "2.0", id = 1, method = "eth_chainId", @params = Array.Empty<object>() }, cancellationToken);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return document.RootElement.TryGetProperty("result", out _);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        Kill();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            // The OS may hold the listening socket a moment after the process is gone.
            while (!IsPortFree(Port))
                await Task.Delay(100, wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Nothing more to do after SIGKILL; the caller's checks will show it.
        }
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
    }

    public static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 20)
                _output.Dequeue();
        }
    }

    private string Tail()
    {
        lock (_output)
            return string.Join(" | ", _output);
    }
}
