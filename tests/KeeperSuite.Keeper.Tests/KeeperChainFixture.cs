using System.Numerics;
using System.Text.Json;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// A real `hardhat node` with the system deployed and seeded by the repository's own scripts, snapshotted once:
/// each test starts from <see cref="ResetAsync"/> (evm_revert to the seeded state) so the deploy runs once per class.
/// A fixture with another book (e.g. the DEX fixture's 200 borrowers) overrides <see cref="SeedAsync"/>.
/// </summary>
public class KeeperChainFixture : IAsyncLifetime, IDisposable
{
    private readonly HardhatNodeFixture _node = new();
    private string? _snapshot;

    public string DeploymentsDir { get; } = Directory.CreateTempSubdirectory("keeper-deployments-").FullName;

    public string DeploymentsFile => Path.Combine(DeploymentsDir, "custom.json");

    public Uri Url => _node.Url;

    /// <summary>The deployer (account #0): owns the mock feeds and mints the mock tokens.</summary>
    public Web3 Admin { get; private set; } = null!;

    public JsonElement Deployment { get; private set; }

    public string Address(string contract) => Deployment.GetProperty("contracts").GetProperty(contract).GetProperty("address").GetString()!;

    /// <summary>How long the node's start, the deploy and the seed took (printed by tests that report timings).</summary>
    public TimeSpan SetupTime { get; private set; }

    public string DebtAsset => Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!;

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        await _node.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await HardhatProject.RunDeployScriptAsync("deploy.js", _node.Url, DeploymentsDir, timeout.Token);
        await SeedAsync(timeout.Token);
        Deployment = JsonDocument.Parse(await File.ReadAllTextAsync(DeploymentsFile)).RootElement.Clone();
        await AfterSeedAsync();
        RenewAdmin();
        _snapshot = await Rpc<string>("evm_snapshot");
        SetupTime = DateTime.UtcNow - started;
    }

    /// <summary>Opens the book of positions on the deployed system: the repository's seed.js by default.</summary>
    protected virtual Task SeedAsync(CancellationToken cancellationToken) =>
        RunScriptAsync("seed.js", cancellationToken);

    /// <summary>Reads what the seed wrote, once the deployments file is read.</summary>
    protected virtual Task AfterSeedAsync() => Task.CompletedTask;

    /// <summary>Runs a deploy-scripts/ script against this node with the deployments folder.</summary>
    protected Task RunScriptAsync(string script, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null) =>
        HardhatProject.RunDeployScriptAsync(script, _node.Url, DeploymentsDir, cancellationToken, environment);

    /// <summary>Back to the freshly seeded chain (a snapshot is single-use, so a new one is taken).</summary>
    public async Task ResetAsync()
    {
        await RevertAsync(_snapshot!);
        _snapshot = await Rpc<string>("evm_snapshot");
        await Rpc<object>("evm_setAutomine", true);
    }

    /// <summary>evm_revert; the admin's cached nonce is dropped with the blocks.</summary>
    public async Task RevertAsync(string snapshot)
    {
        await Rpc<bool>("evm_revert", snapshot);
        RenewAdmin();
    }

    private void RenewAdmin()
    {
        Admin = new Web3(new Account(HardhatNodeFixture.Account0PrivateKey, 31337), new RpcClient(_node.Url));
        Admin.TransactionManager.UseLegacyAsDefault = false;
    }

    /// <summary>SIGSTOPs the node process (see <see cref="HardhatNodeFixture.Suspend"/>); every call to it waits until <see cref="ResumeNode"/>.</summary>
    public void SuspendNode() => _node.Suspend();

    /// <summary>SIGCONTs the node process.</summary>
    public void ResumeNode() => _node.Resume();

    public Task<T> Rpc<T>(string method, params object[] parameters) =>
        Admin.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString(), method, parameters));

    public async Task MineAsync(int blocks = 1)
    {
        for (var i = 0; i < blocks; i++)
            await Rpc<object>("evm_mine");
    }

    public async Task IncreaseTimeAsync(TimeSpan by)
    {
        await Rpc<object>("evm_increaseTime", (long)by.TotalSeconds);
        await MineAsync();
    }

    /// <summary>The price feed (mock aggregator) behind collateral type <paramref name="collateralId"/>.</summary>
    public string FeedOf(uint collateralId) => Deployment.GetProperty("collaterals").EnumerateArray()
        .First(c => c.GetProperty("id").GetUInt32() == collateralId).GetProperty("aggregator").GetString()!;

    public async Task<ulong> BlockNumberAsync() => (ulong)(await Admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>Drops every collateral's feed (or those in <paramref name="symbols"/>) by <paramref name="percent"/>.</summary>
    public async Task CrashAsync(decimal percent, params string[] symbols)
    {
        foreach (var c in Deployment.GetProperty("collaterals").EnumerateArray())
        {
            if (symbols.Length > 0 && !symbols.Contains(c.GetProperty("symbol").GetString()))
                continue;
            var feed = c.GetProperty("aggregator").GetString()!;
            var round = await Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
                .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed);
            var next = round.ReturnValue2 * new BigInteger((100m - percent) * 100m) / 10_000;
            await Admin.Eth.GetContractTransactionHandler<Agg.SetAnswerFunction>()
                .SendRequestAndWaitForReceiptAsync(feed, new Agg.SetAnswerFunction { Answer = next });
        }
    }

    /// <summary>Mints <paramref name="wholeUnits"/> of the debt asset and sends 10 ETH (for gas) to <paramref name="to"/>.</summary>
    /// <summary>The most common start of a keeper test: the chain reset, WETH down 45% (some positions liquidatable), and a new keeper funded with 1,000,000 of the debt asset and gas.</summary>
    public async Task<KeeperRunner> FundedKeeperAfterWethCrashAsync()
    {
        await ResetAsync();
        var keeper = new KeeperRunner(this);
        try
        {
            await FundAsync(keeper.Address, 1_000_000m);
            await CrashAsync(45m, "WETH");
            return keeper;
        }
        catch
        {
            keeper.Dispose();
            throw;
        }
    }

    public async Task FundAsync(string to, decimal wholeUnits)
    {
        await MintDebtAssetAsync(to, wholeUnits);
        await Admin.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(to, 10m);
    }

    /// <summary>Mints <paramref name="wholeUnits"/> of the mock debt asset to <paramref name="to"/>.</summary>
    public async Task MintDebtAssetAsync(string to, decimal wholeUnits) =>
        await Admin.Eth.GetContractTransactionHandler<Erc20.MintFunction>()
            .SendRequestAndWaitForReceiptAsync(DebtAsset, new Erc20.MintFunction { To = to, Amount = new BigInteger(wholeUnits * 1_000_000m) });

    /// <summary>Health of every seeded position (the keys the lens reports for the seed's owners).</summary>
    public async Task<HealthFactorsOutputDTO> HealthAsync(IReadOnlyList<PositionKey> keys) =>
        await Admin.Eth.GetContractQueryHandler<HealthFactorsFunction>()
            .QueryDeserializingToObjectAsync<HealthFactorsOutputDTO>(new HealthFactorsFunction { Keys = keys.ToList() }, Address("MarketLens"));

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(DeploymentsDir, recursive: true);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            _node.Dispose();
    }
}
