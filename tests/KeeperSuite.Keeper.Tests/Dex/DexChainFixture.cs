using System.Numerics;
using System.Text.Json;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Lens = KeeperSuite.Contracts.MarketLens.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Dex;

[CollectionDefinition(Name)]
public sealed class DexChain : ICollectionFixture<DexChainFixture>
{
    public const string Name = "dex chain";
}

/// <summary>
/// A real <c>hardhat node</c> with the system and its local Uniswap v3 DEX deployed by deploy.js, and a book of 200
/// borrowers opened by seed-sim.js at health factors 1.10-1.20 (so a 20% crash makes every one liquidatable, none
/// underwater), snapshotted once; each test starts from <see cref="ResetAsync"/>.
/// </summary>
public sealed class DexChainFixture : IAsyncLifetime, IDisposable
{
    public const int Positions = 200;
    private readonly HardhatNodeFixture _node = new();
    private string? _snapshot;

    public string DeploymentsDir { get; } = Directory.CreateTempSubdirectory("keeper-dex-").FullName;

    public string DeploymentsFile => Path.Combine(DeploymentsDir, "custom.json");

    public Uri Url => _node.Url;

    public Web3 Admin { get; private set; } = null!;

    public JsonElement Deployment { get; private set; }

    public IReadOnlyList<Lens.PositionKey> Keys { get; private set; } = [];

    public TimeSpan SetupTime { get; private set; }

    public string Address(string contract) => Deployment.GetProperty("contracts").GetProperty(contract).GetProperty("address").GetString()!;

    public string DebtAsset => Deployment.GetProperty("debtAsset").GetProperty("address").GetString()!;

    public IEnumerable<(uint Id, string Symbol, string Token)> Collaterals =>
        Deployment.GetProperty("collaterals").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetUInt32(), c.GetProperty("symbol").GetString()!, c.GetProperty("token").GetString()!));

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        await _node.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await HardhatProject.RunDeployScriptAsync("deploy.js", _node.Url, DeploymentsDir, timeout.Token);
        var book = Path.Combine(DeploymentsDir, "book.json");
        await HardhatProject.RunDeployScriptAsync("seed-sim.js", _node.Url, DeploymentsDir, timeout.Token, new Dictionary<string, string>
        {
            ["SIM_SEED"] = "23", ["SIM_POSITIONS"] = Positions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SIM_MAX_HF"] = "1.2", ["SIM_UTILIZATION"] = "0.6", ["SIM_LPS"] = "2", ["SIM_OUT"] = book,
        });
        Deployment = JsonDocument.Parse(await File.ReadAllTextAsync(DeploymentsFile)).RootElement.Clone();
        using (var b = JsonDocument.Parse(await File.ReadAllTextAsync(book)))
        {
            Keys = b.RootElement.GetProperty("positions").EnumerateArray()
                .Select(p => new Lens.PositionKey { CollateralId = p.GetProperty("collateralId").GetUInt32(), Owner = p.GetProperty("owner").GetString()! }).ToList();
        }
        RenewAdmin();
        _snapshot = await Rpc<string>("evm_snapshot");
        SetupTime = DateTime.UtcNow - started;
    }

    public async Task ResetAsync()
    {
        await Rpc<bool>("evm_revert", _snapshot!);
        RenewAdmin();
        _snapshot = await Rpc<string>("evm_snapshot");
    }

    private void RenewAdmin()
    {
        Admin = new Web3(new Account(HardhatNodeFixture.Account0PrivateKey, 31337), new RpcClient(_node.Url));
        Admin.TransactionManager.UseLegacyAsDefault = false;
    }

    public Task<T> Rpc<T>(string method, params object[] parameters) =>
        Admin.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString(), method, parameters));

    /// <summary>Every collateral's feed down by <paramref name="percent"/>.</summary>
    public async Task CrashAsync(decimal percent)
    {
        foreach (var c in Deployment.GetProperty("collaterals").EnumerateArray())
        {
            var feed = c.GetProperty("aggregator").GetString()!;
            var round = await Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
                .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed);
            var next = round.ReturnValue2 * new BigInteger((100m - percent) * 100m) / 10_000;
            await Admin.Eth.GetContractTransactionHandler<Agg.SetAnswerFunction>()
                .SendRequestAndWaitForReceiptAsync(feed, new Agg.SetAnswerFunction { Answer = next });
        }
    }

    /// <summary>Arbitrage: every pool back to its oracle price (deploy-scripts/dex-tool.js).</summary>
    public Task ArbitrageAsync() => DexToolAsync(new Dictionary<string, string> { ["DEX_ACTION"] = "arb" });

    /// <summary>The LP withdraws all but <paramref name="keepBps"/> of the liquidity of a collateral's pool.</summary>
    public Task ThinPoolAsync(uint collateralId, int keepBps) => DexToolAsync(new Dictionary<string, string>
    {
        ["DEX_ACTION"] = "thin", ["DEX_COLLATERAL"] = collateralId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DEX_KEEP_BPS"] = keepBps.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private async Task DexToolAsync(Dictionary<string, string> environment)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await HardhatProject.RunDeployScriptAsync("dex-tool.js", _node.Url, DeploymentsDir, timeout.Token, environment);
    }

    /// <summary>10 ETH for gas, nothing else.</summary>
    public Task GasAsync(string to) => Rpc<object>("hardhat_setBalance", to, "0x8AC7230489E80000");

    public async Task MintDebtAssetAsync(string to, decimal wholeUnits) =>
        await Admin.Eth.GetContractTransactionHandler<Erc20.MintFunction>()
            .SendRequestAndWaitForReceiptAsync(DebtAsset, new Erc20.MintFunction { To = to, Amount = new BigInteger(wholeUnits * 1_000_000m) });

    public Task<BigInteger> BalanceAsync(string token, string owner) =>
        Admin.Eth.GetContractQueryHandler<Erc20.BalanceOfFunction>().QueryAsync<BigInteger>(token, new Erc20.BalanceOfFunction { Account = owner });

    /// <summary>How many of the book's positions the lens says are liquidatable now.</summary>
    public async Task<int> LiquidatableAsync()
    {
        var health = await Admin.Eth.GetContractQueryHandler<Lens.HealthFactorsFunction>()
            .QueryDeserializingToObjectAsync<Lens.HealthFactorsOutputDTO>(new Lens.HealthFactorsFunction { Keys = Keys.ToList() }, Address("MarketLens"));
        return health.Liquidatable.Count(l => l);
    }

    /// <summary>Receipts of every transaction <paramref name="from"/> sent since <paramref name="fromBlock"/>.</summary>
    public async Task<List<TransactionReceipt>> ReceiptsFromAsync(string from, ulong fromBlock)
    {
        var head = (ulong)(await Admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var receipts = new List<TransactionReceipt>();
        for (var b = fromBlock; b <= head; b++)
        {
            var block = await Admin.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(b));
            foreach (var tx in block.Transactions.Where(t => string.Equals(t.From, from, StringComparison.OrdinalIgnoreCase)))
                receipts.Add(await Admin.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash));
        }
        return receipts;
    }

    public async Task<ulong> BlockNumberAsync() => (ulong)(await Admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(DeploymentsDir, recursive: true);
    }

    public void Dispose() => _node.Dispose();
}
