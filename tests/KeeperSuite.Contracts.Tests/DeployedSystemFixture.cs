using System.Numerics;
using System.Text.Json;
using KeeperSuite.Contracts.LendingPool;
using KeeperSuite.Contracts.Market;
using KeeperSuite.Contracts.MarketLens;
using KeeperSuite.Contracts.Waterfall;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Contracts.Tests;

/// <summary>
/// The whole system (core + write-off) deployed and seeded on a real `hardhat node` by the repository's own
/// deploy scripts — exactly what an operator runs — read back from the deployments file they write, and reached
/// through the generated services over a Web3 that signs with the keeper account through the resilient client.
/// </summary>
public sealed class DeployedSystemFixture : IAsyncLifetime, IDisposable
{
    private readonly HardhatNodeFixture _node = new();
    private readonly string _deploymentsDir = Directory.CreateTempSubdirectory("keepersuite-deployments-").FullName;
    private RpcTestHost? _host;

    /// <summary>Hardhat account #0: the deployer (owner of the mock feeds) and, here, the liquidating keeper.</summary>
    public Account Keeper { get; } = new(HardhatNodeFixture.Account0PrivateKey, HardhatNodeFixture.ChainId);

    public Web3 Web3 { get; private set; } = null!;

    public string Pool { get; private set; } = "";

    public string Market { get; private set; } = "";

    public string Lens { get; private set; } = "";

    public string Waterfall { get; private set; } = "";

    public string DebtAsset { get; private set; } = "";

    public ulong DeployBlock { get; private set; }

    public IReadOnlyList<DeployedCollateral> Collaterals { get; private set; } = [];

    public MarketService MarketService => new(Web3, Market);

    public MarketLensService LensService => new(Web3, Lens);

    public WaterfallService WaterfallService => new(Web3, Waterfall);

    public LendingPoolService PoolService => new(Web3, Pool);

    public async Task InitializeAsync()
    {
        await _node.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await HardhatProject.RunDeployScriptAsync("deploy.js", _node.Url, _deploymentsDir, timeout.Token);
        await HardhatProject.RunDeployScriptAsync("seed.js", _node.Url, _deploymentsDir, timeout.Token);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_deploymentsDir, "custom.json"), timeout.Token));
        var root = doc.RootElement;
        string ContractAddress(string name) => root.GetProperty("contracts").GetProperty(name).GetProperty("address").GetString()!;
        Pool = ContractAddress("LendingPool");
        Market = ContractAddress("Market");
        Lens = ContractAddress("MarketLens");
        Waterfall = ContractAddress("Waterfall");
        DebtAsset = ContractAddress("DebtAsset");
        DeployBlock = root.GetProperty("deployBlock").GetUInt64();
        Collaterals = root.GetProperty("collaterals").EnumerateArray().Select(c => new DeployedCollateral(
            c.GetProperty("id").GetUInt32(),
            c.GetProperty("symbol").GetString()!,
            c.GetProperty("decimals").GetByte(),
            c.GetProperty("token").GetString()!,
            c.GetProperty("aggregator").GetString()!,
            c.GetProperty("feedDecimals").GetByte())).ToList();

        _host = RpcTestHost.Create([_node.Url]);
        Web3 = _host.Web3(Keeper);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await _node.DisposeAsync();
        Directory.Delete(_deploymentsDir, recursive: true);
    }

    public void Dispose() => _node.Dispose();
}

/// <summary>One collateral type as deployments/&lt;network&gt;.json lists it.</summary>
public sealed record DeployedCollateral(uint Id, string Symbol, byte Decimals, string Token, string Aggregator, byte FeedDecimals)
{
    public BigInteger FeedUnit => BigInteger.Pow(10, FeedDecimals);
}

[CollectionDefinition(Name)]
public sealed class DeployedSystem : ICollectionFixture<DeployedSystemFixture>
{
    public const string Name = "deployed system";
}
