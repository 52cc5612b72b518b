using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace KeeperSuite.Devnet;

/// <summary>
/// A <c>hardhat node</c> child process on a free loopback port (chain id 31337, Hardhat's funded default accounts).
/// Started through node_modules/.bin/hardhat, not npx: the process we hold is the node itself, so killing its tree
/// leaves nothing behind. Stopped on dispose (normal end, error, cancellation) and, as a last resort, when this
/// process exits; dispose waits until the port is free again.
/// </summary>
public sealed class HardhatNode : IAsyncDisposable, IDisposable
{
    /// <summary>Hardhat's chain id.</summary>
    public const ulong ChainId = 31337;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly OutputTail _output = new(40);
    private readonly EventHandler _onExit;
    private readonly string? _stateCache;

    private HardhatNode(Process process, int port, string? stateCache)
    {
        _process = process;
        _stateCache = stateCache;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        // Ctrl-C cancels the run and the finally blocks dispose us; ProcessExit covers a host that exits without them.
        _onExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    /// <summary>The node's loopback port.</summary>
    public int Port { get; }

    /// <summary>The node's JSON-RPC URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; }

    /// <summary>The node's process id, kept after the process is gone (to check it is).</summary>
    public int ProcessId { get; private set; }

    /// <summary>Starts a node in the checkout at <paramref name="repositoryRoot"/> (default: <see cref="RepositoryLocator.Root"/>) and waits until it answers.</summary>
    public static Task<HardhatNode> StartAsync(string? repositoryRoot = null, CancellationToken cancellationToken = default) =>
        StartAsync(NodeKind.Hardhat, repositoryRoot, cancellationToken);

    /// <summary>
    /// Starts a local chain of the given kind on a free loopback port: <c>hardhat node</c>, or Foundry's anvil from
    /// <c>node_modules/.bin/anvil</c> with Hardhat's chain id, accounts (the same default mnemonic) and automine.
    /// </summary>
    public static async Task<HardhatNode> StartAsync(NodeKind kind, string? repositoryRoot = null, CancellationToken cancellationToken = default)
    {
        var root = repositoryRoot ?? RepositoryLocator.Root;
        var port = FreePort.Next();
        var portText = port.ToString(CultureInfo.InvariantCulture);
        // anvil writes the states it no longer holds in memory under ~/.foundry/anvil/tmp and never removes them: the
        // benchmarks (100,000 positions, 2,000 blocks of large states) left 74 GB there. Each node gets its own folder,
        // deleted with it, and keeps at most 64 states on disk: nothing here reads state that old (logs need none).
        var stateCache = kind == NodeKind.Anvil ? Directory.CreateTempSubdirectory("keeper-anvil-states-").FullName : null;
        var info = kind == NodeKind.Anvil
            ? AnvilStartInfo(root, "--host", "127.0.0.1", "--port", portText, "--chain-id", ChainId.ToString(CultureInfo.InvariantCulture), "--silent",
                "--cache-path", stateCache!, "--max-persisted-states", "64")
            : HardhatProject.StartInfo(root, "node", "--hostname", "127.0.0.1", "--port", portText);
        var process = new Process { StartInfo = info };
        var node = new HardhatNode(process, port, stateCache);
        process.OutputDataReceived += (_, e) => node._output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => node._output.Add(e.Data);
        process.Start();
        node.ProcessId = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await node.WaitUntilAnsweringAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private static ProcessStartInfo AnvilStartInfo(string root, params string[] arguments)
    {
        var binary = Path.Combine(root, "node_modules", ".bin", "anvil");
        if (!File.Exists(binary))
            throw new DevnetException($"{binary} is missing: npm ci installs @foundry-rs/anvil-linux-amd64 (package.json)");
        var info = new ProcessStartInfo(binary)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return info;
    }

    /// <summary>
    /// Stops the node process (SIGSTOP): it keeps its port and its chain but answers nothing, as a node that is down
    /// does, until <see cref="Resume"/>. The node is one process (Hardhat 2's bootstrap does not fork), so no child is
    /// left running. A restart that kills the process would lose the chain: Hardhat keeps it only in memory.
    /// </summary>
    public void Suspend() => Signal("STOP");

    /// <summary>Lets a <see cref="Suspend"/>ed node run again (SIGCONT); requests queued on its socket are then served.</summary>
    public void Resume() => Signal("CONT");

    /// <summary>Whether nothing listens on the loopback <paramref name="port"/>.</summary>
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

    /// <summary>Kills the node and waits (up to 10 s) until it is gone and its port is free.</summary>
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
        DeleteStateCache();
    }

    /// <summary>Kills the node's process tree without waiting.</summary>
    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        Kill();
        _process.Dispose();
        DeleteStateCache();
    }

    private void DeleteStateCache()
    {
        try
        {
            if (_stateCache is not null && Directory.Exists(_stateCache))
                Directory.Delete(_stateCache, recursive: true);
        }
        catch (IOException)
        {
            // A node still closing its files: the folder is under the system's temp and goes with it.
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
                throw new DevnetException($"node exited with code {_process.ExitCode} before answering on {Url}: {Tail()}");
            if (await AnswersAsync(http, cancellationToken))
                return;
            await Task.Delay(200, cancellationToken);
        }
        throw new DevnetException($"node did not answer on {Url} within {StartTimeout.TotalSeconds:F0} s: {Tail()}");
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

    private void Signal(string signal)
    {
        if (_process.HasExited)
            throw new InvalidOperationException("the hardhat node is not running");
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed: {kill.StandardError.ReadToEnd()}");
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

    private string Tail() => _output.ToString().Replace(Environment.NewLine, " | ", StringComparison.Ordinal);
}

/// <summary>Which local chain <see cref="HardhatNode"/> starts.</summary>
public enum NodeKind
{
    /// <summary><c>hardhat node</c> (EDR): the default of every test.</summary>
    Hardhat,

    /// <summary>Foundry's anvil from npm (<c>@foundry-rs/anvil-linux-amd64</c>).</summary>
    Anvil,
}
