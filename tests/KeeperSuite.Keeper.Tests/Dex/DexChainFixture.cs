using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Lens = KeeperSuite.Contracts.MarketLens.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Dex;

[CollectionDefinition(Name)]
public sealed class DexChain : ICollectionFixture<DexChainFixture>
{
    public const string Name = "dex chain";
}

/// <summary>
/// The <see cref="KeeperChainFixture"/> (a real <c>hardhat node</c>, the system and its local Uniswap v3 DEX deployed by
/// deploy.js, snapshotted once) with another book: 200 borrowers opened by seed-sim.js at health factors 1.10-1.20 (so
/// a 20% crash makes every one liquidatable, none underwater), and the DEX's own tools (arbitrage, thinning a pool).
/// </summary>
public sealed class DexChainFixture : KeeperChainFixture
{
    public const int Positions = 200;

    private string BookFile => Path.Combine(DeploymentsDir, "book.json");

    public IReadOnlyList<Lens.PositionKey> Keys { get; private set; } = [];

    /// <summary>The LP depositors of the book (they supply the pool's cash).</summary>
    public IReadOnlyList<string> LiquidityProviders { get; private set; } = [];

    /// <summary>The book's total debt, in base units of the debt asset.</summary>
    public BigInteger TotalDebt { get; private set; }

    public IEnumerable<(uint Id, string Symbol, string Token)> Collaterals =>
        Deployment.GetProperty("collaterals").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetUInt32(), c.GetProperty("symbol").GetString()!, c.GetProperty("token").GetString()!));

    protected override Task SeedAsync(CancellationToken cancellationToken) =>
        RunScriptAsync("seed-sim.js", cancellationToken, new Dictionary<string, string>
        {
            ["SIM_SEED"] = "23", ["SIM_POSITIONS"] = Positions.ToString(CultureInfo.InvariantCulture),
            ["SIM_MAX_HF"] = "1.2", ["SIM_UTILIZATION"] = "0.6", ["SIM_LPS"] = "2", ["SIM_OUT"] = BookFile,
        });

    protected override async Task AfterSeedAsync()
    {
        using var book = JsonDocument.Parse(await File.ReadAllTextAsync(BookFile));
        Keys = book.RootElement.GetProperty("positions").EnumerateArray()
            .Select(p => new Lens.PositionKey { CollateralId = p.GetProperty("collateralId").GetUInt32(), Owner = p.GetProperty("owner").GetString()! }).ToList();
        LiquidityProviders = book.RootElement.GetProperty("lps").EnumerateArray().Select(l => l.GetProperty("address").GetString()!).ToList();
        TotalDebt = BigInteger.Parse(book.RootElement.GetProperty("totalDebt").GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>Arbitrage: every pool back to its oracle price (deploy-scripts/dex-tool.js).</summary>
    public Task ArbitrageAsync() => DexToolAsync(new Dictionary<string, string> { ["DEX_ACTION"] = "arb" });

    /// <summary>The LP withdraws all but <paramref name="keepBps"/> of the liquidity of a collateral's pool.</summary>
    public Task ThinPoolAsync(uint collateralId, int keepBps) => DexToolAsync(new Dictionary<string, string>
    {
        ["DEX_ACTION"] = "thin", ["DEX_COLLATERAL"] = collateralId.ToString(CultureInfo.InvariantCulture),
        ["DEX_KEEP_BPS"] = keepBps.ToString(CultureInfo.InvariantCulture),
    });

    private async Task DexToolAsync(Dictionary<string, string> environment)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await RunScriptAsync("dex-tool.js", timeout.Token, environment);
    }

    /// <summary>10 ETH for gas, nothing else.</summary>
    public Task GasAsync(string to) => Rpc<object>("hardhat_setBalance", to, "0x8AC7230489E80000");

    public Task<BigInteger> BalanceAsync(string token, string owner) =>
        Admin.Eth.GetContractQueryHandler<Erc20.BalanceOfFunction>().QueryAsync<BigInteger>(token, new Erc20.BalanceOfFunction { Account = owner });

    /// <summary>The LendingPool's cash: what it can lend, and the most a flash loan may borrow.</summary>
    public Task<BigInteger> PoolCashAsync() =>
        Admin.Eth.GetContractQueryHandler<Pool.CashFunction>().QueryAsync<BigInteger>(Address("LendingPool"), new Pool.CashFunction());

    /// <summary>The LPs withdraw (as themselves, impersonated) until the pool's cash is <paramref name="target"/>.</summary>
    public async Task DrainPoolCashToAsync(BigInteger target)
    {
        var pool = Address("LendingPool");
        foreach (var lp in LiquidityProviders)
        {
            var excess = await PoolCashAsync() - target;
            if (excess <= 0)
                return;
            var can = await Admin.Eth.GetContractQueryHandler<Pool.MaxWithdrawFunction>().QueryAsync<BigInteger>(pool, new Pool.MaxWithdrawFunction { Owner = lp });
            var amount = BigInteger.Min(excess, can);
            await Rpc<object>("hardhat_impersonateAccount", lp);
            await GasAsync(lp);
            var unsigned = new Nethereum.Web3.Web3(Admin.Client);
            var receipt = await unsigned.Eth.GetContractTransactionHandler<Pool.WithdrawFunction>().SendRequestAndWaitForReceiptAsync(pool,
                new Pool.WithdrawFunction { FromAddress = lp, Assets = amount, Receiver = lp, Owner = lp, Gas = 500_000 });
            await Rpc<object>("hardhat_stopImpersonatingAccount", lp);
            if (receipt.Status.Value != BigInteger.One)
                throw new InvalidOperationException($"the LP {lp} could not withdraw {amount}");
        }
    }

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
        var head = await BlockNumberAsync();
        var receipts = new List<TransactionReceipt>();
        for (var b = fromBlock; b <= head; b++)
        {
            var block = await Admin.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(b));
            foreach (var tx in block.Transactions.Where(t => string.Equals(t.From, from, StringComparison.OrdinalIgnoreCase)))
                receipts.Add(await Admin.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash));
        }
        return receipts;
    }
}
