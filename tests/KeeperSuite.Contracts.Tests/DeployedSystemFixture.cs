using System.Text.Json;
using KeeperSuite.Ethereum;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Ethereum.Signing;
using KeeperSuite.Testing;

namespace KeeperSuite.Contracts.Tests;

/// <summary>
/// The whole system (core + write-off) deployed and seeded on a real `hardhat node` by the repository's own
/// deploy scripts — exactly what an operator runs — read back from the deployments file they write.
/// </summary>
public sealed class DeployedSystemFixture : IAsyncLifetime, IDisposable
{
    private readonly HardhatNodeFixture _node = new();
    private readonly string _deploymentsDir = Directory.CreateTempSubdirectory("keepersuite-deployments-").FullName;
    private RpcTestHost? _host;
    private EthECKey? _keeper;

    public EthJsonRpcClient Client => _host!.Client;

    /// <summary>Hardhat account #0: the deployer (owner of the mock feeds) and, here, the liquidating keeper.</summary>
    public TransactionSender Keeper { get; private set; } = null!;

    public Address KeeperAddress => _keeper!.Address;

    public Address Pool { get; private set; }

    public Address Market { get; private set; }

    public Address Lens { get; private set; }

    public Address Waterfall { get; private set; }

    public Address DebtAsset { get; private set; }

    public ulong DeployBlock { get; private set; }

    public IReadOnlyList<DeployedCollateral> Collaterals { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _node.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await HardhatProject.RunDeployScriptAsync("deploy.js", _node.Url, _deploymentsDir, timeout.Token);
        await HardhatProject.RunDeployScriptAsync("seed.js", _node.Url, _deploymentsDir, timeout.Token);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_deploymentsDir, "custom.json"), timeout.Token));
        var root = doc.RootElement;
        Address ContractAddress(string name) => Address.Parse(root.GetProperty("contracts").GetProperty(name).GetProperty("address").GetString()!);
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
            Address.Parse(c.GetProperty("token").GetString()!),
            Address.Parse(c.GetProperty("aggregator").GetString()!),
            c.GetProperty("feedDecimals").GetByte())).ToList();

        _host = RpcTestHost.Create([_node.Url]);
        _keeper = EthECKey.FromHex(HardhatNodeFixture.Account0PrivateKey);
        Keeper = new TransactionSender(_host.Client, _keeper);
    }

    /// <summary>eth_call of <paramref name="data"/> on <paramref name="to"/> at the latest block.</summary>
    public Task<byte[]> CallAsync(Address to, byte[] data) =>
        Client.CallAsync(new CallRequest { To = to, Data = data }, BlockParameter.Latest, CancellationToken.None);

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        _keeper?.Dispose();
        await _node.DisposeAsync();
        Directory.Delete(_deploymentsDir, recursive: true);
    }

    public void Dispose() => _node.Dispose();
}

/// <summary>One collateral type as deployments/&lt;network&gt;.json lists it.</summary>
public sealed record DeployedCollateral(uint Id, string Symbol, byte Decimals, Address Token, Address Aggregator, byte FeedDecimals);

[CollectionDefinition(Name)]
public sealed class DeployedSystem : ICollectionFixture<DeployedSystemFixture>
{
    public const string Name = "deployed system";
}
