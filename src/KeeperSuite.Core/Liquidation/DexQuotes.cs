using System.Numerics;
using KeeperSuite.Contracts.QuoterV2.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Liquidation;

/// <summary>
/// Prices liquidations at the DEX instead of the oracle: one QuoterV2 call per collateral type per pass for the
/// type's seized total (more only when a flash sale is cut in halves: beyond the slippage bound, or unprofitable at
/// its slippage), read at the scanned block.
/// </summary>
public sealed partial class DexQuotes(
    ChainConnection connection,
    IOptions<KeeperOptions> options,
    DexMetrics metrics,
    ILogger<DexQuotes> logger)
{
    private readonly Lazy<DexDeployment?> _dex = new(() => DexDeployment.Load(options.Value.DeploymentsFile));

    /// <summary>The deployments file's DEX, or null (then the keeper prices at the oracle and liquidates from inventory).</summary>
    public DexDeployment? Dex => _dex.Value;

    /// <summary>QuoterV2's exact-input quote for selling <paramref name="amountIn"/> of a collateral into the debt asset.</summary>
    public async Task<BigInteger> QuoteAsync(DexPool pool, BigInteger amountIn, ulong block)
    {
        var dex = Dex ?? throw new InvalidOperationException("no DEX in the deployments file");
        var context = connection.Context;
        var output = await context.Web3.Eth.GetContractQueryHandler<QuoteExactInputSingleFunction>()
            .QueryDeserializingToObjectAsync<QuoteExactInputSingleOutputDTO>(
                new QuoteExactInputSingleFunction
                {
                    Params = new QuoteExactInputSingleParams
                    {
                        TokenIn = pool.Collateral, TokenOut = context.Deployment.DebtAsset.Address, AmountIn = amountIn, Fee = pool.Fee, SqrtPriceLimitX96 = 0,
                    },
                },
                dex.Quoter, new BlockParameter(new HexBigInteger(block)));
        return output.AmountOut;
    }

    /// <summary>
    /// The candidates valued at the DEX's quote (one per type). With a <paramref name="saleRule"/> (flash: the sale
    /// happens in the same transaction) each type keeps only the most unhealthy half, then a quarter..., until its sale
    /// is within Liquidation:MaxSlippageBps and profitable after the slippage, fees and gas
    /// (<see cref="FlashPlanner.TrimAsync"/>); the rest is deferred with a logged reason and retried next pass (after
    /// arbitrage refilled the pool). Without one (inventory) the whole list is valued at one quote per type.
    /// Candidates of a type without a pool keep the oracle value, and cannot go flash.
    /// </summary>
    public async Task<List<LiquidationCandidate>> PriceAsync(IReadOnlyList<LiquidationCandidate> candidates, ScanResult scan, ProfitRule? saleRule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(scan);
        var dex = Dex;
        if (dex is null)
            return [.. candidates];
        var slippage = options.Value.Liquidation.MaxSlippageBps;
        var priced = new List<LiquidationCandidate>();
        foreach (var type in candidates.GroupBy(c => c.Key.CollateralId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = type.OrderBy(c => c.HealthFactor).ToList();
            if (!dex.Pools.TryGetValue(type.Key, out var pool))
            {
                if (saleRule is null)
                    priced.AddRange(list);
                else
                    LogNoPool(logger, type.Key, list.Count);
                continue;
            }
            async Task<SaleQuote> Quote(SaleQuote sale, int count)
            {
                sale = sale with { AmountOut = await QuoteAsync(pool, sale.AmountIn, scan.Block) };
                metrics.Slippage(type.Key, sale.SlippageBps);
                LogQuote(logger, type.Key, count, sale.AmountIn, sale.AmountOut, sale.OracleValue, sale.SlippageBps);
                return sale;
            }
            if (saleRule is null)
            {
                var whole = await Quote(new SaleQuote(type.Key, Sum(list, c => c.Seized), 0, Sum(list, c => c.SeizedValue)), list.Count);
                priced.AddRange(FlashPlanner.AtQuote(list, whole));
                continue;
            }
            var trim = await FlashPlanner.TrimAsync(list, type.Key, Quote, slippage, saleRule);
            priced.AddRange(trim.Priced);
            if (trim.Deferred.Count == 0)
                continue;
            metrics.DeferredThin(trim.Deferred.Count);
            foreach (var (c, reason) in trim.Deferred)
            {
                if (reason == SaleVerdict.TooThin)
                    LogThin(logger, c.Key.ToString(), type.Key, slippage);
                else
                    LogUnprofitableSale(logger, c.Key.ToString(), type.Key);
            }
        }
        return priced;
    }

    private static BigInteger Sum(IEnumerable<LiquidationCandidate> list, Func<LiquidationCandidate, BigInteger> f) =>
        list.Aggregate(BigInteger.Zero, (sum, c) => sum + f(c));

    [LoggerMessage(Level = LogLevel.Information, Message = "DEX quote for collateral {CollateralId} ({Count} positions): {AmountIn} in -> {AmountOut} out, oracle value {OracleValue}, slippage {SlippageBps} bps")]
    private static partial void LogQuote(ILogger logger, uint collateralId, int count, BigInteger amountIn, BigInteger amountOut, BigInteger oracleValue, int slippageBps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not liquidating {Position} this pass: the DEX pool of collateral {CollateralId} is too thin for its sale (quote more than {SlippageBps} bps below the oracle); deferred")]
    private static partial void LogThin(ILogger logger, string position, uint collateralId, int slippageBps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not liquidating {Position} this pass: the DEX pool of collateral {CollateralId} is too thin for a profitable sale (the slippage of the smallest sale including it eats the bonus); deferred")]
    private static partial void LogUnprofitableSale(ILogger logger, string position, uint collateralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not flash-liquidating {Count} positions of collateral {CollateralId}: the deployments file records no DEX pool for it")]
    private static partial void LogNoPool(ILogger logger, uint collateralId, int count);
}
