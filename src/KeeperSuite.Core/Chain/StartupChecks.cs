using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.State;
using KeeperSuite.Ethereum.Accounts;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Accounts.ViewOnly;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Accounts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// Runs before every other hosted service: loads the deployments file and the key, then checks the chain
/// (reachable, same chain id, code at every deployed address) and that the state database belongs to this
/// deployment. A refused setting is a <see cref="KeeperConfigurationException"/> with one line naming it. No endpoint
/// answering is not a refused setting: the daemon waits for one (doubling its wait up to a minute, logging each try);
/// <c>run --once</c> and <c>status</c> give up with a <see cref="KeeperUnavailableException"/>. <c>status</c> loads no key.
/// The daemon runs these checks once every other service has started (<see cref="StartedAsync"/>), so its web host
/// answers <c>/healthz</c> (503, "no RPC endpoint has answered yet") and <c>/metrics</c> while it waits; its worker
/// waits for <see cref="ChainConnection.WhenConnectedAsync"/>, and the host counts as started (systemd's READY=1) only
/// once the checks passed.
/// </summary>
public sealed partial class StartupChecks(
    IOptions<KeeperOptions> options,
    IClient client,
    ChainConnection connection,
    KeeperDatabaseHolder database,
    KeeperAccountLoader accounts,
    KeeperStartup startup,
    KeeperMetrics metrics,
    ILogger<StartupChecks> logger) : IHostedLifecycleService
{
    // A flaky endpoint (one malformed or dropped answer) must not refuse a start the next attempt would pass; a dead
    // or wrong one still fails within about a second.
    private const int ReadAttempts = 5;
    private static readonly TimeSpan ReadRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    private const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => startup.WaitForRpc ? Task.CompletedTask : CheckAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => startup.WaitForRpc ? CheckAsync(cancellationToken) : Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var keeper = options.Value;
        var deployment = Deployment.Load(keeper.DeploymentsFile);
        var account = startup.ReadOnly
            ? new ViewOnlyAccount(startup.ResolveAddress(keeper.Signer) ?? ZeroAddress)
            : await LoadKeyAsync(keeper.Signer, deployment, cancellationToken);
        var web3 = new Web3(account, client);
        web3.TransactionManager.UseLegacyAsDefault = false;

        var (chainId, deployBlockHash) = await WaitForChainAsync(web3, deployment, cancellationToken);
        if (!ShardSpec.TryParse(keeper.Shard, out var shard))
            throw new KeeperConfigurationException("Keeper:Shard must be i/n with 0 <= i < n, e.g. 0/1 or 1/4");
        var db = startup.CopyState ? database.OpenCopy(keeper.StateDirectory) : database.Open(keeper.StateDirectory);
        BindStateToDeployment(db, deployment, deployBlockHash, keeper.StateDirectory);
        connection.Set(new ChainContext(web3, client, account, deployment, shard));
        LogConnected(logger, deployment.Network, chainId, account.Address, shard.ToString(), db.Path);
    }

    private async Task<IAccount> LoadKeyAsync(SignerOptions signer, Deployment deployment, CancellationToken cancellationToken)
    {
        RefuseSharedSecrets(signer);
        try
        {
            return await accounts.LoadAsync(new KeeperKeyOptions
            {
                PrivateKeyEnvironmentVariable = signer.PrivateKeyEnvironmentVariable,
                KeystoreFile = signer.KeystoreFile,
                PasswordFile = signer.PasswordFile,
                PasswordEnvironmentVariable = signer.PasswordEnvironmentVariable,
            }, deployment.ChainId, cancellationToken);
        }
        catch (KeeperKeyException e)
        {
            throw new KeeperConfigurationException("Keeper:Signer:" + e.Message, e);
        }
    }

    /// <summary>Reads the chain's id, the deployment's code and deploy block; waits for an endpoint when the host asked to.</summary>
    private async Task<(long ChainId, string DeployBlockHash)> WaitForChainAsync(Web3 web3, Deployment deployment, CancellationToken cancellationToken)
    {
        var wait = FirstWait;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CheckChainAsync(web3, deployment, cancellationToken);
            }
            catch (Exception e) when (e is RpcException or RpcClientUnknownException or RpcClientTimeoutException or HttpRequestException)
            {
                var reason = $"no endpoint answered ({Describe(e)})";
                if (!startup.WaitForRpc)
                    throw new KeeperUnavailableException($"Rpc:Endpoints: {reason}; check that the node runs and the URLs, then try again", e);
                metrics.RpcFault("start-up checks");
                LogWaitingForRpc(logger, attempt, reason, wait);
                await Task.Delay(wait, cancellationToken);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
            }
        }
    }

    private static async Task<(long ChainId, string DeployBlockHash)> CheckChainAsync(Web3 web3, Deployment deployment, CancellationToken cancellationToken)
    {
        var chainId = (long)(await PersistAsync(() => web3.Eth.ChainId.SendRequestAsync(), cancellationToken)).Value;
        if (chainId != deployment.ChainId)
            throw new KeeperConfigurationException(
                $"Keeper:DeploymentsFile: it is for chain id {deployment.ChainId} but Rpc:Endpoints serve chain id {chainId}; point one of them at the other network");

        var names = Deployment.RequiredContracts;
        var codes = await Task.WhenAll(names.Select(name =>
            PersistAsync(() => web3.Eth.GetCode.SendRequestAsync(deployment.Contracts[name], BlockParameter.CreateLatest()), cancellationToken)));
        for (var i = 0; i < names.Length; i++)
            if (string.IsNullOrEmpty(codes[i]) || codes[i] == "0x")
                throw new KeeperConfigurationException(
                    $"Keeper:DeploymentsFile: no contract code at {names[i]} {deployment.Contracts[names[i]]} on chain {chainId}; redeploy or use this network's deployments file");

        var deployBlock = await PersistAsync(() => web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(deployment.DeployBlock)), cancellationToken)
            ?? throw new KeeperConfigurationException(
                $"Keeper:DeploymentsFile: its deployBlock {deployment.DeployBlock} is not on chain {chainId}; use this network's deployments file");
        return (chainId, deployBlock.BlockHash);
    }

    /// <summary>As ssh does with private keys: a keystore or password file others can read or write is refused.</summary>
    private static void RefuseSharedSecrets(SignerOptions signer)
    {
        if (OperatingSystem.IsWindows())
            return;
        const UnixFileMode shared = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        foreach (var (key, file) in new[] { ("KeystoreFile", signer.KeystoreFile), ("PasswordFile", signer.PasswordFile) })
        {
            if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
                continue;
            var mode = File.GetUnixFileMode(file);
            if ((mode & shared) != 0)
                throw new KeeperConfigurationException(
                    $"Keeper:Signer:{key}: '{file}' is accessible by other users (mode {Convert.ToString((int)mode, 8)}); run chmod 600 on it");
        }
    }

    /// <summary>
    /// A state folder belongs to one chain and one deployment: its chain id, every contract address, and the hash of
    /// its deploy block — which tells a chain reset and redeployed at the same addresses (a restarted local node) from
    /// the chain the folder was filled from. Another one is refused before anything is read from the folder.
    /// </summary>
    private static void BindStateToDeployment(KeeperDatabase db, Deployment deployment, string deployBlockHash, string directory)
    {
        var identity = $"{deployment.ChainId}:{deployment.Market.ToLowerInvariant()}";
        var contracts = string.Join(',', deployment.Contracts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.ToLowerInvariant()}"));
        var deployBlock = $"{deployment.DeployBlock}:{deployBlockHash.ToLowerInvariant()}";
        var fresh = $"move '{directory}' away (or point Keeper:StateDirectory at a new folder) to start this deployment's state afresh";
        var stored = db.GetMeta("deployment");
        if (stored is not null && stored != identity)
            throw new KeeperConfigurationException(
                $"Keeper:StateDirectory: '{directory}' holds the state of another deployment ({stored}), not {identity}; {fresh}");
        if (db.GetMeta("deployment_contracts") is { } storedContracts && storedContracts != contracts)
            throw new KeeperConfigurationException(
                $"Keeper:StateDirectory: '{directory}' holds the state of a deployment with other contract addresses than the deployments file's; {fresh}");
        if (db.GetMeta("deploy_block") is { } storedBlock && storedBlock != deployBlock)
            throw new KeeperConfigurationException(
                $"Keeper:StateDirectory: '{directory}' was filled from another chain: block {deployment.DeployBlock} there had hash {storedBlock.Split(':')[1]}, " +
                $"here {deployBlockHash} (the chain was reset and redeployed at the same addresses); {fresh}");
        db.SetMeta("deployment", identity);
        db.SetMeta("deployment_contracts", contracts);
        db.SetMeta("deploy_block", deployBlock);
    }

    private static async Task<T> PersistAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (RpcTransportException) when (attempt < ReadAttempts)
            {
                await Task.Delay(ReadRetryDelay, cancellationToken);
            }
        }
    }

    private static string Describe(Exception e) => e is RpcResponseException r ? r.RpcError?.Message ?? e.Message : e.Message.Split('\n')[0];

    [LoggerMessage(Level = LogLevel.Warning, Message = "waiting for the chain (attempt {Attempt}): {Reason}; trying again in {Wait}")]
    private static partial void LogWaitingForRpc(ILogger logger, int attempt, string reason, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "connected: network {Network}, chain {ChainId}, keeper {Keeper}, shard {Shard}, state {StatePath}")]
    private static partial void LogConnected(ILogger logger, string network, long chainId, string keeper, string shard, string statePath);
}
