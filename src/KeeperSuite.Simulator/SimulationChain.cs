using KeeperSuite.Core.Chain;
using KeeperSuite.Devnet;
using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Simulator;

/// <summary>
/// One embedded chain with the contracts deployed once (deploy-scripts/deploy.js) and an <c>evm_snapshot</c> of that
/// state: every run on it starts from <see cref="ResetAsync"/> (an <c>evm_revert</c> to the fresh deployment) instead of
/// a new node and a new deployment. The node is stopped on dispose, whatever happened.
/// </summary>
public sealed class SimulationChain : IAsyncDisposable
{
    private readonly RpcClient _client;
    private string _snapshot;
    private readonly SeederProcess _seeder;

    private SimulationChain(HardhatNode node, SeederProcess seeder, string work, Deployment deployment, string snapshot)
    {
        _seeder = seeder;
        Node = node;
        Work = work;
        Deployment = deployment;
        _snapshot = snapshot;
        _client = new RpcClient(node.Url);
    }

    public HardhatNode Node { get; }

    /// <summary>The chain's own folder (deployments file, per-run seed books and keeper state).</summary>
    public string Work { get; }

    public string DeploymentsFile => Path.Combine(Work, "custom.json");

    public Deployment Deployment { get; }

    /// <summary>Runs done on this chain (the first needs no revert).</summary>
    public int Runs { get; private set; }

    /// <param name="started">Told the node as soon as it runs (before deployment), so a caller can check it is gone after a failed start.</param>
    public static async Task<SimulationChain> StartAsync(string root, Action<string> stage, CancellationToken cancellationToken, Action<HardhatNode>? started = null)
    {
        var work = Directory.CreateTempSubdirectory("keeper-sim-").FullName;
        HardhatNode? node = null;
        SeederProcess? seeder = null;
        try
        {
            stage("starting the embedded chain");
            node = await HardhatNode.StartAsync(root, cancellationToken);
            started?.Invoke(node);
            // The seeder's Hardhat boots (several seconds) while the contracts deploy.
            seeder = SeederProcess.Start(root, node.Url, work);
            stage($"deploying on {node.Url}");
            await HardhatProject.RunDeployScriptAsync("deploy.js", node.Url, work, cancellationToken, repositoryRoot: root);
            var deployment = Deployment.Load(Path.Combine(work, "custom.json"));
            var snapshot = await new RpcClient(node.Url).SendRequestAsync<string>(new RpcRequest(1, "evm_snapshot"));
            return new SimulationChain(node, seeder, work, deployment, snapshot);
        }
        catch
        {
            if (seeder is not null)
                await seeder.DisposeAsync();
            if (node is not null)
                await node.DisposeAsync();
            TryDelete(work);
            throw;
        }
    }

    /// <summary>Back to the state right after deployment (a snapshot reverts once, so a new one is taken at once).</summary>
    public async Task ResetAsync()
    {
        if (Runs++ == 0)
            return;
        var reverted = await _client.SendRequestAsync<bool>(new RpcRequest(1, "evm_revert", _snapshot));
        if (!reverted)
            throw new SimulationException($"evm_revert to the deployment snapshot {_snapshot} failed on {Node.Url}");
        _snapshot = await _client.SendRequestAsync<string>(new RpcRequest(1, "evm_snapshot"));
        // Automine is node state, not chain state: a run that failed with it off must not leave it off.
        await _client.SendRequestAsync<object>(new RpcRequest(1, "evm_setAutomine", true));
    }

    /// <summary>Seeds a book (deploy-scripts/seed-sim.js's SIM_* variables) through this chain's long-lived seeder.</summary>
    public Task SeedAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        _seeder.SeedAsync(environment, cancellationToken);

    /// <summary>A fresh folder for one run (its seed book and keeper state), removed by the caller.</summary>
    public string RunFolder(int seed) => Directory.CreateDirectory(Path.Combine(Work, "run-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6])).FullName;

    public async ValueTask DisposeAsync()
    {
        await _seeder.DisposeAsync();
        await Node.DisposeAsync();
        TryDelete(Work);
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

}
