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
/// type's seized total (more only when a pool is too thin and the sale is cut in halves), read at the scanned block.
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
    /// The candidates valued at the DEX's quote (one per type). With <paramref name="trimToDepth"/> (flash: the sale
    /// happens in the same transaction) a type whose pool quotes below Liquidation:MaxSlippageBps keeps only its
    /// most unhealthy half, then a quarter..., until the quote passes; the rest is deferred with a logged reason and
    /// retried next pass (after arbitrage refilled the pool). Candidates of a type without a pool keep the oracle value.
    /// </summary>
    public async Task<List<LiquidationCandidate>> PriceAsync(IReadOnlyList<LiquidationCandidate> candidates, ScanResult scan, bool trimToDepth, CancellationToken cancellationToken)
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
                if (!trimToDepth)
                    priced.AddRange(list);
                else
                    LogNoPool(logger, type.Key, list.Count);
                continue;
            }
            for (var keep = list.Count; keep > 0; keep = FlashPlanner.HalveForDepth(keep))
            {
                var part = list.GetRange(0, keep);
                var quote = new SaleQuote(type.Key, Sum(part, c => c.Seized), 0, Sum(part, c => c.SeizedValue));
                quote = quote with { AmountOut = await QuoteAsync(pool, quote.AmountIn, scan.Block) };
                metrics.Slippage(type.Key, quote.SlippageBps);
                LogQuote(logger, type.Key, keep, quote.AmountIn, quote.AmountOut, quote.OracleValue, quote.SlippageBps);
                if (!trimToDepth || FlashPlanner.IsDeepEnough(quote, slippage))
                {
                    priced.AddRange(FlashPlanner.AtQuote(part, quote));
                    if (keep < list.Count)
                        Defer(list.GetRange(keep, list.Count - keep), type.Key, slippage);
                    break;
                }
                if (keep == 1)
                    Defer(list, type.Key, slippage);
            }
        }
        return priced;
    }

    private void Defer(List<LiquidationCandidate> deferred, uint collateralId, int slippage)
    {
        metrics.DeferredThin(deferred.Count);
        foreach (var c in deferred)
            LogThin(logger, c.Key.ToString(), collateralId, slippage);
    }

    private static BigInteger Sum(IEnumerable<LiquidationCandidate> list, Func<LiquidationCandidate, BigInteger> f) =>
        list.Aggregate(BigInteger.Zero, (sum, c) => sum + f(c));

    [LoggerMessage(Level = LogLevel.Information, Message = "DEX quote for collateral {CollateralId} ({Count} positions): {AmountIn} in -> {AmountOut} out, oracle value {OracleValue}, slippage {SlippageBps} bps")]
    private static partial void LogQuote(ILogger logger, uint collateralId, int count, BigInteger amountIn, BigInteger amountOut, BigInteger oracleValue, int slippageBps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not liquidating {Position} this pass: the DEX pool of collateral {CollateralId} is too thin for its sale (quote more than {SlippageBps} bps below the oracle); deferred")]
    private static partial void LogThin(ILogger logger, string position, uint collateralId, int slippageBps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not flash-liquidating {Count} positions of collateral {CollateralId}: the deployments file records no DEX pool for it")]
    private static partial void LogNoPool(ILogger logger, uint collateralId, int count);
}
