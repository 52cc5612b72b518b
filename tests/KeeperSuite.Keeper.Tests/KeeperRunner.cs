using KeeperSuite.Core.State;
using KeeperSuite.Keeper;
using Nethereum.Signer;

namespace KeeperSuite.Keeper.Tests;

/// <summary>Runs the real <c>keeper</c> command line in-process against the fixture's chain, with its own key and state folder.</summary>
public sealed class KeeperRunner : IDisposable
{
    private readonly Uri _url;
    private readonly string _deploymentsFile;
    private readonly string _keyVariable = "KEEPER_TEST_KEY_" + Guid.NewGuid().ToString("N");

    public KeeperRunner(KeeperChainFixture chain, string? privateKey = null)
        : this(chain?.Url ?? throw new ArgumentNullException(nameof(chain)), chain.DeploymentsFile, privateKey)
    {
    }

    /// <summary>A runner for any node and deployments file (e.g. a fixture with its own book).</summary>
    public KeeperRunner(Uri url, string deploymentsFile, string? privateKey = null)
    {
        _url = url;
        _deploymentsFile = deploymentsFile;
        var key = privateKey is null ? EthECKey.GenerateKey() : new EthECKey(privateKey);
        Environment.SetEnvironmentVariable(_keyVariable, key.GetPrivateKey());
        Address = key.GetPublicAddress();
    }

    public string Address { get; }

    public string StateDirectory { get; } = Directory.CreateTempSubdirectory("keeper-state-").FullName;

    public IReadOnlyList<string> Settings(params string[] extra) =>
    [
        "--Rpc:Endpoints:0", _url.ToString(),
        "--Keeper:DeploymentsFile", _deploymentsFile,
        "--Keeper:Signer:PrivateKeyEnvironmentVariable", _keyVariable,
        "--Keeper:StateDirectory", StateDirectory,
        "--Keeper:Confirmations", "0",
        "--Keeper:PollInterval", "00:00:00.200",
        "--Keeper:Metrics:Enabled", "false",
        "--Rpc:RetryCount", "1",
        .. extra,
    ];

    /// <summary><c>keeper run --once</c>; returns the exit code and what went to stderr.</summary>
    public Task<(int Code, string Error)> RunOnceAsync(params string[] extra) => InvokeAsync(["run", "--once", .. Settings(extra)]);

    /// <summary>Starts <c>keeper run</c> (the daemon) in the background; cancel the source to stop it.</summary>
    public (Task<(int Code, string Error)> Run, CancellationTokenSource Stop) StartDaemon(params string[] extra)
    {
        var stop = new CancellationTokenSource();
        return (Task.Run(() => InvokeAsync(["run", .. Settings(extra)], stop.Token)), stop);
    }

    public static async Task<(int Code, string Error)> InvokeAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var error = new StringWriter();
        var code = await KeeperCommandLine.RunAsync(args, error, cancellationToken: cancellationToken);
        return (code, error.ToString());
    }

    /// <summary><c>keeper status</c> with <paramref name="args"/>; returns the exit code, what went to stdout and to stderr.</summary>
    public static async Task<(int Code, string Output, string Error)> StatusAsync(IEnumerable<string> args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KeeperCommandLine.RunAsync(["status", .. args], error, output);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Opens the keeper's SQLite database (the same file the keeper uses).</summary>
    public KeeperDatabase OpenDatabase() => KeeperDatabase.Open(StateDirectory);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
