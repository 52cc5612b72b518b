using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Keeper.Benchmarks;

[Function("openMany")]
public sealed class OpenManyFunction : FunctionMessage
{
    [Parameter("address", "market", 1)] public string Market { get; set; } = "";
    [Parameter("address", "token", 2)] public string Token { get; set; } = "";
    [Parameter("uint32", "collateralId", 3)] public uint CollateralId { get; set; }
    [Parameter("uint256", "count", 4)] public BigInteger Count { get; set; }
    [Parameter("uint256", "collateralAmount", 5)] public BigInteger CollateralAmount { get; set; }
    [Parameter("uint256", "borrowAssets", 6)] public BigInteger BorrowAssets { get; set; }
}

/// <summary>
/// A `hardhat node` with the system deployed by deploy.js, the pool funded, and a PositionFactory that opens
/// positions from EIP-1167 clones (one owner per position), many per transaction.
/// </summary>
public sealed class BenchChain(NodeKind kind = NodeKind.Hardhat) : IAsyncDisposable
{
    public const int PositionsPerTx = 50; // ~16M gas: under the 16,777,216 per-transaction cap (EIP-7825) of the node
    private static readonly BigInteger Usdc = 1_000_000;
    private readonly HardhatNodeFixture _node = new() { Kind = kind };
    private string _factory = "";
    private readonly Dictionary<string, BigInteger> _startAnswers = [];

    public string DeploymentsDir { get; } = Directory.CreateTempSubdirectory("keeper-bench-deploy-").FullName;
    public string DeploymentsFile => Path.Combine(DeploymentsDir, "custom.json");
    public Uri Url => _node.Url;
    public Web3 Admin { get; private set; } = null!;
    public JsonElement Deployment { get; private set; }
    public int Positions { get; private set; }

    public string Contract(string name) => Deployment.GetProperty("contracts").GetProperty(name).GetProperty("address").GetString()!;

    public JsonElement Collateral(string symbol) =>
        Deployment.GetProperty("collaterals").EnumerateArray().First(c => c.GetProperty("symbol").GetString() == symbol);

    public async Task StartAsync()
    {
        await _node.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await HardhatProject.RunDeployScriptAsync("deploy.js", _node.Url, DeploymentsDir, timeout.Token);
        Deployment = JsonDocument.Parse(await File.ReadAllTextAsync(DeploymentsFile)).RootElement.Clone();
        Admin = new Web3(new Account(HardhatNodeFixture.Account0PrivateKey, 31337), new RpcClient(_node.Url));
        Admin.TransactionManager.UseLegacyAsDefault = false;
        await Rpc<object>("evm_setBlockGasLimit", "0x" + 1_000_000_000L.ToString("x"));

        // LP liquidity: 200M USDC from account #0.
        var usdc = Contract("DebtAsset");
        var pool = Contract("LendingPool");
        var amount = 200_000_000 * Usdc;
        await Send(usdc, new Erc20.MintFunction { To = HardhatNodeFixture.Account0Address, Amount = amount });
        await Send(usdc, new Erc20.ApproveFunction { Spender = pool, Value = amount });
        await Send(pool, new Pool.DepositFunction { Assets = amount, Receiver = HardhatNodeFixture.Account0Address });

        var (bytecode, abi) = await HardhatProject.ReadArtifactAsync("contracts/mocks/PositionFactory.sol", "PositionFactory", CancellationToken.None);
        var receipt = await Admin.Eth.DeployContract.SendRequestAndWaitForReceiptAsync(abi, bytecode, HardhatNodeFixture.Account0Address, new HexBigInteger(3_000_000));
        _factory = receipt.ContractAddress;
    }

    /// <summary>Opens <paramref name="count"/> positions of <paramref name="collateral"/> whole-unit-scaled amounts. Returns the wall time.</summary>
    public async Task<TimeSpan> OpenAsync(string symbol, int count, decimal collateral, decimal borrowUsdc)
    {
        var c = Collateral(symbol);
        var decimals = c.GetProperty("decimals").GetInt32();
        var amount = new BigInteger(collateral * 1_000_000m) * BigInteger.Pow(10, decimals) / 1_000_000;
        var borrow = new BigInteger(borrowUsdc * 1_000_000m);
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < count; done += PositionsPerTx)
        {
            var n = Math.Min(PositionsPerTx, count - done);
            var receipt = await Send(_factory, new OpenManyFunction
            {
                Market = Contract("Market"),
                Token = c.GetProperty("token").GetString()!,
                CollateralId = c.GetProperty("id").GetUInt32(),
                Count = n,
                CollateralAmount = amount,
                BorrowAssets = borrow,
                Gas = 16_000_000,
            });
            if (receipt.Status.Value != 1)
                throw new InvalidOperationException($"openMany reverted ({symbol}, {n})");
        }
        Positions += count;
        return watch.Elapsed;
    }

    /// <summary>Gas used by one openMany of <see cref="PositionsPerTx"/> (the last one sent).</summary>
    public BigInteger LastGasUsed { get; private set; }

    public async Task<TransactionReceipt> Send<T>(string to, T function) where T : FunctionMessage, new()
    {
        var receipt = await Admin.Eth.GetContractTransactionHandler<T>().SendRequestAndWaitForReceiptAsync(to, function);
        LastGasUsed = receipt.GasUsed.Value;
        return receipt;
    }

    /// <summary>Sets a collateral's feed to <paramref name="percentOfStart"/>% of the deploy price; returns the block it is mined in.</summary>
    public async Task<ulong> SetPriceAsync(string symbol, decimal percentOfStart)
    {
        var feed = Collateral(symbol).GetProperty("aggregator").GetString()!;
        var answer = await StartAnswerAsync(symbol) * new BigInteger(percentOfStart * 100m) / 10_000;
        var receipt = await Send(feed, new Agg.SetAnswerFunction { Answer = answer });
        return (ulong)receipt.BlockNumber.Value;
    }

    private async Task<BigInteger> StartAnswerAsync(string symbol)
    {
        if (!_startAnswers.TryGetValue(symbol, out var start))
        {
            var feed = Collateral(symbol).GetProperty("aggregator").GetString()!;
            var round = await Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
                .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed);
            _startAnswers[symbol] = start = round.ReturnValue2;
        }
        return start;
    }

    /// <summary>
    /// Sends the feed update of <see cref="SetPriceAsync"/> without waiting (automine must be off), so the caller can time
    /// the <c>evm_mine</c> that puts it in a block.
    /// </summary>
    public async Task SendPriceAsync(string symbol, decimal percentOfStart)
    {
        var feed = Collateral(symbol).GetProperty("aggregator").GetString()!;
        var answer = await StartAnswerAsync(symbol) * new BigInteger(percentOfStart * 100m) / 10_000;
        await Admin.Eth.GetContractTransactionHandler<Agg.SetAnswerFunction>().SendRequestAsync(feed, new Agg.SetAnswerFunction { Answer = answer, Gas = 200_000 });
    }

    /// <summary>evm_revert to <paramref name="snapshot"/>, automine back on, and a fresh admin (its cached nonce goes with the blocks).</summary>
    public async Task RevertAsync(string snapshot)
    {
        await Rpc<bool>("evm_revert", snapshot);
        await Rpc<object>("evm_setAutomine", true);
        Admin = new Web3(new Account(HardhatNodeFixture.Account0PrivateKey, 31337), new RpcClient(_node.Url));
        Admin.TransactionManager.UseLegacyAsDefault = false;
    }

    public Task<T> Rpc<T>(string method, params object[] parameters) =>
        Admin.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString(), method, parameters));

    public async Task<ulong> HeadAsync() => (ulong)(await Admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>Gives <paramref name="address"/> 1,000 ETH and <paramref name="usdc"/> USDC.</summary>
    public async Task FundAsync(string address, decimal usdc)
    {
        await Rpc<object>("hardhat_setBalance", address, "0x" + (BigInteger.Pow(10, 21)).ToString("x").TrimStart('0'));
        await Send(Contract("DebtAsset"), new Erc20.MintFunction { To = address, Amount = new BigInteger(usdc) * Usdc });
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        try
        {
            Directory.Delete(DeploymentsDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
