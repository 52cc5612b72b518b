using System.Globalization;
using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Flash = KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Quoter = KeeperSuite.Contracts.QuoterV2.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// What the seized collateral fetched at the DEX, liquidation by liquidation, read from the chain. A liquidation whose
/// transaction also sold (a FlashLiquidator's) is valued at that sale: the pool's Swap in the same transaction, split over
/// the transaction's liquidations of that collateral by their seized amounts. Any other (an inventory keeper's, which keeps
/// the collateral) is valued at what QuoterV2 says the pool would pay, at the end of the liquidation's block, for the
/// transaction's seized total of that collateral (the size its holder would sell), split the same way. Slippage is the
/// oracle value (the Market's price at that block) minus that: the price impact, the pool's fee, and nothing at all for
/// collateral beyond the pool's liquidity.
/// </summary>
public sealed class DexValuation(Web3 web3, Deployment deployment, SimulationDex dex)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private readonly Dictionary<(ulong, uint), BigInteger> _prices = [];

    public async Task<DexValues> ReadAsync(IReadOnlyList<EventLog<Mkt.LiquidatedEventDTO>> liquidated, Func<string, bool> byKeeper)
    {
        var unit = BigInteger.Pow(10, deployment.DebtAsset.Decimals);
        var sales = new List<LiquidationSale>();
        var values = new Dictionary<EventLog<Mkt.LiquidatedEventDTO>, BigInteger>();
        BigInteger oracleTotal = 0, dexTotal = 0, keeperBonus = 0, keeperSlippage = 0, flashFees = 0, bonus = 0;
        var byCollateral = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
        var sold = 0;
        foreach (var tx in liquidated.GroupBy(l => l.Log.TransactionHash))
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.Key);
            var flash = receipt.DecodeAllEvents<Flash.FlashLiquidatedEventDTO>();
            var swaps = receipt.DecodeAllEvents<SwapEventDto>();
            flashFees += flash.Aggregate(BigInteger.Zero, (sum, f) => sum + f.Event.FlashFee);
            var block = (ulong)receipt.BlockNumber.Value;
            foreach (var type in tx.GroupBy(l => l.Event.CollateralId))
            {
                var pool = dex.Pools.First(p => p.Collateral.Id == type.Key);
                var list = type.ToList();
                var seizedTotal = list.Aggregate(BigInteger.Zero, (sum, l) => sum + l.Event.Seized);
                BigInteger fetched;
                var wasSold = flash.Count > 0;
                if (wasSold)
                {
                    // The pool paid the debt asset out: its side of the Swap is negative.
                    fetched = swaps.Where(s => string.Equals(s.Log.Address, pool.Pool.Address, StringComparison.OrdinalIgnoreCase))
                        .Aggregate(BigInteger.Zero, (sum, s) => sum - (pool.CollateralIsToken0 ? s.Event.Amount1 : s.Event.Amount0));
                }
                else
                {
                    fetched = seizedTotal.IsZero ? 0 : (await web3.Eth.GetContractQueryHandler<Quoter.QuoteExactInputSingleFunction>()
                        .QueryDeserializingToObjectAsync<Quoter.QuoteExactInputSingleOutputDTO>(new Quoter.QuoteExactInputSingleFunction
                        {
                            Params = new Quoter.QuoteExactInputSingleParams
                            {
                                TokenIn = pool.Collateral.Token, TokenOut = deployment.DebtAsset.Address, AmountIn = seizedTotal, Fee = pool.Pool.Fee, SqrtPriceLimitX96 = 0,
                            },
                        }, dex.Quoter, new BlockParameter(block))).AmountOut;
                }
                var price = await PriceAsync(pool, block);
                var left = fetched;
                for (var i = 0; i < list.Count; i++)
                {
                    var e = list[i].Event;
                    // Pro rata by seized amount, rounded down; the last takes the remainder, so the parts sum to the sale.
                    var value = i == list.Count - 1 ? left : seizedTotal.IsZero ? 0 : fetched * e.Seized / seizedTotal;
                    left -= value;
                    var oracle = e.Seized * price / (Wad * BigInteger.Pow(10, pool.Collateral.Decimals) / unit);
                    var keepers = byKeeper(e.Liquidator);
                    oracleTotal += oracle;
                    dexTotal += value;
                    bonus += oracle - e.Repaid - e.Fee;
                    if (keepers)
                    {
                        keeperBonus += oracle - e.Repaid - e.Fee;
                        keeperSlippage += oracle - value;
                    }
                    byCollateral[pool.Collateral.Symbol] = byCollateral.GetValueOrDefault(pool.Collateral.Symbol) + oracle - value;
                    values[list[i]] = value;
                    if (wasSold)
                        sold++;
                    sales.Add(new LiquidationSale(block, tx.Key, pool.Collateral.Symbol, e.Owner,
                        (decimal)e.Seized / (decimal)BigInteger.Pow(10, pool.Collateral.Decimals), Units(oracle), Units(value), Units(oracle - value),
                        oracle.IsZero ? 0 : Math.Round((double)(oracle - value) * 10_000 / (double)oracle, 1), wasSold, keepers));
                }
            }
        }
        decimal Units(BigInteger v) => SimulationRun.ToUnits(v, unit);
        string Text(BigInteger v) => v.ToString(CultureInfo.InvariantCulture);
        var summary = new SlippageSummary(Units(oracleTotal), Units(dexTotal), Units(oracleTotal - dexTotal), Units(bonus), sold, sales.Count - sold)
        {
            OracleValueBaseUnits = Text(oracleTotal), DexValueBaseUnits = Text(dexTotal), SlippageBaseUnits = Text(oracleTotal - dexTotal),
            KeeperBonusBaseUnits = Text(keeperBonus), KeeperSlippageBaseUnits = Text(keeperSlippage), FlashFeesBaseUnits = Text(flashFees),
            ByCollateral = byCollateral.ToDictionary(kv => kv.Key, kv => Units(kv.Value)),
            Depth = dex.Pools.ToDictionary(p => p.Collateral.Symbol, p => Math.Round((decimal)(p.StartDepth ?? 0), 0)),
        };
        return new DexValues(summary, sales, values, flashFees);
    }

    private async Task<BigInteger> PriceAsync(SimulationPool pool, ulong block)
    {
        if (!_prices.TryGetValue((block, pool.Collateral.Id), out var price))
            _prices[(block, pool.Collateral.Id)] = price = await dex.OraclePriceAsync(pool, block);
        return price;
    }
}

/// <summary>The DEX valuation of a run: totals, each liquidation, the value of each Liquidated log, and the flash-loan fees paid.</summary>
public sealed record DexValues(SlippageSummary Summary, IReadOnlyList<LiquidationSale> Sales, IReadOnlyDictionary<EventLog<Mkt.LiquidatedEventDTO>, BigInteger> Values, BigInteger FlashFees);

/// <summary>One liquidation's seized collateral at the oracle and at the DEX (sold in the same transaction, or quoted).</summary>
public sealed record LiquidationSale(ulong Block, string Tx, string Collateral, string Owner, decimal Seized, decimal OracleValue, decimal DexValue, decimal Slippage,
    double SlippageBps, bool Sold, bool ByKeeper);

/// <summary>
/// Slippage over a run (whole debt-asset units; base-unit strings exact): oracle value − DEX value of all seized collateral.
/// Bonus: oracle value − repaid − liquidation fee. For a flash keeper, its debt-asset balance moves by exactly
/// keeper bonus − keeper slippage − flash fees + its write-off rewards.
/// </summary>
public sealed record SlippageSummary(decimal OracleValue, decimal DexValue, decimal Slippage, decimal Bonus, int Sold, int Quoted)
{
    public string OracleValueBaseUnits { get; init; } = "0";
    public string DexValueBaseUnits { get; init; } = "0";
    public string SlippageBaseUnits { get; init; } = "0";
    public string KeeperBonusBaseUnits { get; init; } = "0";
    public string KeeperSlippageBaseUnits { get; init; } = "0";
    public string FlashFeesBaseUnits { get; init; } = "0";
    /// <summary>Slippage per collateral symbol.</summary>
    public IReadOnlyDictionary<string, decimal> ByCollateral { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Each pool's depth when the path started (whole debt-asset units per 2% of price impact).</summary>
    public IReadOnlyDictionary<string, decimal> Depth { get; init; } = new Dictionary<string, decimal>();
    public decimal SlippageFraction => OracleValue == 0 ? 0 : Slippage / OracleValue;
}
