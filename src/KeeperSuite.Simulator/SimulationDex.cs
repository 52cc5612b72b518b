using System.Globalization;
using System.Numerics;
using System.Text.Json;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Liquidation;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.NonceServices;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Router = KeeperSuite.Contracts.SwapRouter.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>One collateral's Uniswap v3 pool against the debt asset, as the simulator drives it.</summary>
public sealed record SimulationPool(int Index, CollateralInfo Collateral, DexPool Pool, bool CollateralIsToken0)
{
    /// <summary>Liquidity in range when the path starts (after any thinning): the arbitrage's estimate when the price has left the range.</summary>
    public BigInteger StartLiquidity { get; set; }

    /// <summary>Depth when the path starts (whole debt-asset units per 2% of price impact).</summary>
    public double? StartDepth { get; set; }
}

/// <summary>
/// The local DEX (deploy-scripts/dex.js: Uniswap v3 from its npm artifacts, one pool per collateral at the oracle price)
/// as a market participant: an arbitrageur who, after every oracle post, swaps each pool back to the new oracle price
/// through the SwapRouter, as arbitrageurs against centralized exchanges do within the block of a price move. It holds
/// plenty of both tokens (minted: they are mocks), so it never runs dry. Its swaps tip less than the feeds and more
/// than the keeper: in a block, the price post comes first, the arbitrage next, then the keeper's liquidations, which
/// therefore sell into a pool at the oracle price plus whatever depth the arbitrage left.
/// </summary>
public sealed class SimulationDex
{
    /// <summary>The arbitrageur's tip (wei): below the feeds' (<see cref="ChainDriver.FeedTip"/>), above any keeper's or bidder's.</summary>
    public static readonly BigInteger ArbitrageTip = BigInteger.Pow(10, 9) * 400;

    /// <summary>Price impact that defines depth: the debt-asset value of a collateral sale that moves the pool's price 2% (dex.js's impactBps).</summary>
    public const double DepthImpact = 0.02;

    /// <summary>Debt asset and collateral (valued at the oracle) minted to the arbitrageur, in whole debt-asset units: far beyond what any pool holds.</summary>
    private const long ArbitrageurFunding = 1_000_000_000;

    /// <summary>A pool within this relative distance of its target price (in price, not √price) is left alone.</summary>
    public const double Tolerance = 1e-6;

    private static readonly BigInteger Q96 = BigInteger.Pow(2, 96);
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger FarDeadline = BigInteger.Pow(2, 64);

    private readonly Web3 _admin;
    private readonly Web3 _arbitrageur;
    private readonly Deployment _deployment;
    private readonly string _router;
    private readonly string _quoter;
    private readonly string _positionManager;
    private BigInteger[] _startPrices = [];

    private SimulationDex(Web3 admin, Web3 arbitrageur, Deployment deployment, string router, string quoter, string positionManager, IReadOnlyList<SimulationPool> pools)
    {
        _admin = admin;
        _arbitrageur = arbitrageur;
        _deployment = deployment;
        _router = router;
        _quoter = quoter;
        _positionManager = positionManager;
        Pools = pools;
    }

    public IReadOnlyList<SimulationPool> Pools { get; }

    public string Quoter => _quoter;

    public string Arbitrageur => _arbitrageur.TransactionManager.Account.Address;

    /// <summary>The deployments file's DEX, or null when it records none (then seized collateral is valued at the oracle price).</summary>
    public static SimulationDex? Load(Web3 admin, Uri url, Deployment deployment, string deploymentsFile, EthECKey arbitrageurKey)
    {
        var dex = DexDeployment.Load(deploymentsFile);
        if (dex is null)
            return null;
        using var document = JsonDocument.Parse(File.ReadAllBytes(deploymentsFile));
        var section = document.RootElement.GetProperty("dex");
        var positionManager = section.GetProperty("positionManager").GetString() ?? throw new SimulationException("the deployments file's dex section has no positionManager");
        var pools = new List<SimulationPool>();
        for (var i = 0; i < deployment.Collaterals.Count; i++)
        {
            var c = deployment.Collaterals[i];
            if (!dex.Pools.TryGetValue(c.Id, out var pool))
                throw new SimulationException($"the deployments file's DEX has no pool for collateral {c.Symbol} (id {c.Id})");
            // Uniswap orders a pool's tokens by address (as unsigned numbers: the leading 0 keeps the parse positive).
            pools.Add(new SimulationPool(i, c, pool, Numeric(c.Token) < Numeric(deployment.DebtAsset.Address)));
        }
        var account = new Account(arbitrageurKey, deployment.ChainId);
        var client = new RpcClient(url);
        account.NonceService = new InMemoryNonceService(account.Address, client);
        var web3 = new Web3(account, client);
        web3.TransactionManager.UseLegacyAsDefault = false;
        return new SimulationDex(admin, web3, deployment, dex.Router, dex.Quoter, positionManager, pools);
    }

    /// <summary>
    /// Before the path (automine on): gas, debt asset and every collateral minted to the arbitrageur and approved to
    /// the router; the pools' liquidity and the oracle prices the path's multipliers apply to.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var address = Arbitrageur;
        await _admin.Client.SendRequestAsync<object>(new RpcRequest(1, "hardhat_setBalance", address, "0x56BC75E2D63100000"));
        var debtUnit = BigInteger.Pow(10, _deployment.DebtAsset.Decimals);
        await MintAndApproveAsync(_deployment.DebtAsset.Address, ArbitrageurFunding * debtUnit);
        _startPrices = new BigInteger[Pools.Count];
        foreach (var p in Pools)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _startPrices[p.Index] = await OraclePriceAsync(p, null);
            var collateral = ArbitrageurFunding * Wad * BigInteger.Pow(10, p.Collateral.Decimals) / BigInteger.Max(BigInteger.One, _startPrices[p.Index]);
            await MintAndApproveAsync(p.Collateral.Token, collateral);
            p.StartLiquidity = await LiquidityAsync(p, null);
            p.StartDepth = await DepthAsync(p, null);
        }
    }

    private async Task MintAndApproveAsync(string token, BigInteger amount)
    {
        await Check(_admin.Eth.GetContractTransactionHandler<Erc20.MintFunction>().SendRequestAndWaitForReceiptAsync(token,
            new Erc20.MintFunction { To = Arbitrageur, Amount = amount }), $"minting {token} to the arbitrageur");
        await Check(_arbitrageur.Eth.GetContractTransactionHandler<Erc20.ApproveFunction>().SendRequestAndWaitForReceiptAsync(token,
            new Erc20.ApproveFunction { Spender = _router, Value = BigInteger.Pow(2, 256) - 1 }), $"approving {token} to the router");
    }

    /// <summary>
    /// Thins every pool to <paramref name="depth"/> (whole debt-asset units a sale must be worth to move the price 2%):
    /// the LP (the deployer, who holds the positions) withdraws the rest of its liquidity. Only thinner than deployed.
    /// </summary>
    public async Task SetDepthAsync(double depth, CancellationToken cancellationToken)
    {
        var admin = _admin.TransactionManager.Account.Address;
        var count = await _admin.Eth.GetContractQueryHandler<PositionCountFunction>().QueryAsync<BigInteger>(_positionManager, new PositionCountFunction { Owner = admin });
        var positions = new List<(BigInteger Id, PositionOutput Position)>();
        for (var i = BigInteger.Zero; i < count; i++)
        {
            var id = await _admin.Eth.GetContractQueryHandler<TokenOfOwnerByIndexFunction>().QueryAsync<BigInteger>(_positionManager, new TokenOfOwnerByIndexFunction { Owner = admin, Index = i });
            positions.Add((id, await _admin.Eth.GetContractQueryHandler<PositionsFunction>().QueryDeserializingToObjectAsync<PositionOutput>(new PositionsFunction { TokenId = id }, _positionManager)));
        }
        foreach (var p in Pools)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = await DepthAsync(p, null);
            if (depth > now * (1 + 1e-9))
                throw new SimulationException(string.Create(CultureInfo.InvariantCulture,
                    $"dexDepth={depth}: the {p.Collateral.Symbol} pool is only {now:N0} deep as deployed (a sale of that value moves it 2%); the simulator can thin a pool, not deepen it"));
            // Keep depth/now of every position of this pool: depth is linear in the liquidity.
            var keepPpb = new BigInteger(Math.Round(depth / now * 1e9));
            var (token0, token1) = p.CollateralIsToken0 ? (p.Collateral.Token, _deployment.DebtAsset.Address) : (_deployment.DebtAsset.Address, p.Collateral.Token);
            foreach (var (id, position) in positions.Where(x => Same(x.Position.Token0, token0) && Same(x.Position.Token1, token1) && x.Position.Fee == p.Pool.Fee && x.Position.Liquidity > 0))
            {
                var remove = position.Liquidity - position.Liquidity * keepPpb / 1_000_000_000;
                if (remove <= 0)
                    continue;
                await Check(_admin.Eth.GetContractTransactionHandler<DecreaseLiquidityFunction>().SendRequestAndWaitForReceiptAsync(_positionManager,
                    new DecreaseLiquidityFunction { Params = new DecreaseLiquidityParams { TokenId = id, Liquidity = remove, Deadline = FarDeadline } }),
                    $"thinning the {p.Collateral.Symbol} pool");
            }
            p.StartLiquidity = await LiquidityAsync(p, null);
        }
    }

    /// <summary>
    /// The arbitrage step after a price post (pending, mined with it): for each pool off the new oracle price, one
    /// exactInputSingle through the router with the oracle price as sqrtPriceLimitX96, so the pool stops exactly there.
    /// The input is estimated from the liquidity in range (with margins for the fee and rounding); the router takes only
    /// what reaching the limit needs. The pool's state is the latest block's: nothing else in the block trades before it.
    /// Returns the swaps sent.
    /// </summary>
    public async Task<int> ArbitrageAsync(IReadOnlyList<BigInteger> answers, IReadOnlyList<BigInteger> startAnswers, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var p in Pools)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var targetPrice = answers[p.Index] * _startPrices[p.Index] / startAnswers[p.Index];
            var target = SqrtPriceX96At(targetPrice, p.Collateral.Decimals, _deployment.DebtAsset.Decimals, p.CollateralIsToken0);
            var current = (await Slot0Async(p, null)).SqrtPriceX96;
            var priceNow = PriceWadAt(current, p.Collateral.Decimals, _deployment.DebtAsset.Decimals, p.CollateralIsToken0);
            if (targetPrice.IsZero || Math.Abs((double)(priceNow - targetPrice) / (double)targetPrice) <= Tolerance)
                continue;
            var liquidity = BigInteger.Max(await LiquidityAsync(p, null), p.StartLiquidity);
            var zeroForOne = target < current;
            // In range: Δx = L·(1/√P' − 1/√P), Δy = L·(√P' − √P), in Q96 fixed point; rounded up.
            var amount = zeroForOne
                ? liquidity * Q96 * (current - target) / (current * target) + 1
                : liquidity * (target - current) / Q96 + 1;
            // The fee comes off the input before the curve; 1% and a few units more for rounding.
            amount = amount * 1_000_000 / (1_000_000 - p.Pool.Fee) * 101 / 100 + 1_000;
            var debt = _deployment.DebtAsset.Address;
            var (tokenIn, tokenOut) = zeroForOne == p.CollateralIsToken0 ? (p.Collateral.Token, debt) : (debt, p.Collateral.Token);
            await _arbitrageur.Eth.GetContractTransactionHandler<Router.ExactInputSingleFunction>().SendRequestAsync(_router, new Router.ExactInputSingleFunction
            {
                Params = new Router.ExactInputSingleParams
                {
                    TokenIn = tokenIn, TokenOut = tokenOut, Fee = p.Pool.Fee, Recipient = Arbitrageur, Deadline = FarDeadline,
                    AmountIn = amount, AmountOutMinimum = 0, SqrtPriceLimitX96 = target,
                },
                Gas = 2_000_000,
                MaxFeePerGas = ChainDriver.UrgentMaxFee,
                MaxPriorityFeePerGas = ArbitrageTip,
            });
            sent++;
        }
        return sent;
    }

    /// <summary>The pool's price of the collateral, WAD whole debt-asset units per whole collateral (the Market's unit), at a block (null: latest).</summary>
    public async Task<BigInteger> PoolPriceAsync(SimulationPool p, ulong? block) =>
        PriceWadAt((await Slot0Async(p, block)).SqrtPriceX96, p.Collateral.Decimals, _deployment.DebtAsset.Decimals, p.CollateralIsToken0);

    /// <summary>The Market's oracle price of the collateral (WAD) at a block (null: latest).</summary>
    public async Task<BigInteger> OraclePriceAsync(SimulationPool p, ulong? block) =>
        (await _admin.Eth.GetContractQueryHandler<Mkt.CollateralPriceFunction>().QueryDeserializingToObjectAsync<Mkt.CollateralPriceOutputDTO>(
            new Mkt.CollateralPriceFunction { CollateralId = p.Collateral.Id }, _deployment.Market, At(block))).Price;

    /// <summary>
    /// The pool's depth at a block (null: latest): the debt-asset value (whole units, at the pool's price) of a collateral
    /// sale that moves its price 2% within the liquidity in range now, as dex.js sizes its positions.
    /// </summary>
    public async Task<double> DepthAsync(SimulationPool p, ulong? block)
    {
        var s = (double)(await Slot0Async(p, block)).SqrtPriceX96 / (double)Q96;
        var l = (double)await LiquidityAsync(p, block);
        var q = Math.Sqrt(1 - DepthImpact);
        // Inverse of dex.js addConcentratedLiquidity: the collateral sold (raw units) for a 2% fall at liquidity L.
        var soldRaw = p.CollateralIsToken0 ? l * (1 - q) / (s * q) : l * s * (1 / q - 1);
        var price = (double)await PoolPriceAsync(p, block) / 1e18;
        return soldRaw / Math.Pow(10, p.Collateral.Decimals) * price;
    }

    private async Task<Slot0Output> Slot0Async(SimulationPool p, ulong? block) =>
        await _admin.Eth.GetContractQueryHandler<Slot0Function>().QueryDeserializingToObjectAsync<Slot0Output>(new Slot0Function(), p.Pool.Address, At(block));

    private async Task<BigInteger> LiquidityAsync(SimulationPool p, ulong? block) =>
        await _admin.Eth.GetContractQueryHandler<PoolLiquidityFunction>().QueryAsync<BigInteger>(p.Pool.Address, new PoolLiquidityFunction(), At(block));

    private static BlockParameter At(ulong? block) => block is { } b ? new BlockParameter(b) : BlockParameter.CreateLatest();

    private static BigInteger Numeric(string address) => BigInteger.Parse("0" + address[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static async Task Check(Task<TransactionReceipt> sending, string what)
    {
        var receipt = await sending;
        if (receipt.Status?.Value != 1)
            throw new SimulationException($"{what} failed (tx {receipt.TransactionHash})");
    }

    /// <summary>sqrtPriceX96 of a (collateral, debt) pool at <paramref name="priceWad"/>, in the pool's orientation (token1 per token0, raw units); dex.js's sqrtPriceX96At.</summary>
    public static BigInteger SqrtPriceX96At(BigInteger priceWad, int collateralDecimals, int debtDecimals, bool collateralIsToken0)
    {
        var cd = BigInteger.Pow(10, collateralDecimals);
        var dd = BigInteger.Pow(10, debtDecimals);
        var q192 = Q96 * Q96;
        return collateralIsToken0
            ? Sqrt(priceWad * dd * q192 / (Wad * cd))
            : Sqrt(Wad * cd * q192 / BigInteger.Max(BigInteger.One, priceWad * dd));
    }

    /// <summary>The pool's price as the Market states prices (WAD debt per whole collateral), rounded down; dex.js's priceWadAt.</summary>
    public static BigInteger PriceWadAt(BigInteger sqrtPriceX96, int collateralDecimals, int debtDecimals, bool collateralIsToken0)
    {
        var cd = BigInteger.Pow(10, collateralDecimals);
        var dd = BigInteger.Pow(10, debtDecimals);
        var p2 = sqrtPriceX96 * sqrtPriceX96;
        var q192 = Q96 * Q96;
        return collateralIsToken0 ? p2 * Wad * cd / (dd * q192) : q192 * Wad * cd / BigInteger.Max(BigInteger.One, p2 * dd);
    }

    /// <summary>Integer square root (floor), Newton's method from above.</summary>
    public static BigInteger Sqrt(BigInteger n)
    {
        if (n < 2)
            return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x)
                return x;
            x = y;
        }
    }
}
