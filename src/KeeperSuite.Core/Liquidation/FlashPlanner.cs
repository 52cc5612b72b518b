using System.Numerics;
using KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;
using KeeperSuite.Core.Configuration;
using Nethereum.Contracts;

namespace KeeperSuite.Core.Liquidation;

/// <summary>A DEX quote for selling <paramref name="AmountIn"/> of a collateral type, next to its oracle value.</summary>
public sealed record SaleQuote(uint CollateralId, BigInteger AmountIn, BigInteger AmountOut, BigInteger OracleValue)
{
    /// <summary>How far the quote falls below the oracle value, in basis points (negative: above it).</summary>
    public int SlippageBps => OracleValue.IsZero ? 0 : (int)((OracleValue - AmountOut) * 10_000 / OracleValue);
}

/// <summary>
/// The decisions of DEX-priced liquidation, as pure functions: what a candidate is worth at
/// the DEX's quote, whether a pool is deep enough for a sale, and the FlashLiquidator's arguments for a batch.
/// </summary>
public static class FlashPlanner
{
    private const int Bps = 10_000;

    /// <summary>The least a sale of <paramref name="oracleValue"/> may fetch (rounded up, as FlashLiquidator rounds it).</summary>
    public static BigInteger MinimumOut(BigInteger oracleValue, int slippageBps) =>
        (oracleValue * (Bps - slippageBps) + Bps - 1) / Bps;

    /// <summary>A quote the pool can fill within the slippage bound (a thin pool's partial fill quotes far below).</summary>
    public static bool IsDeepEnough(SaleQuote quote, int slippageBps)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.AmountOut >= MinimumOut(quote.OracleValue, slippageBps);
    }

    /// <summary>
    /// Each candidate of one collateral type valued at the type's quote: its share of the seized total times what
    /// the whole total fetches (rounded down), so the candidates' values sum to at most the quote.
    /// </summary>
    public static List<LiquidationCandidate> AtQuote(IReadOnlyList<LiquidationCandidate> sameType, SaleQuote quote)
    {
        ArgumentNullException.ThrowIfNull(sameType);
        ArgumentNullException.ThrowIfNull(quote);
        return quote.AmountIn.IsZero
            ? [.. sameType]
            : [.. sameType.Select(c => c with { SeizedValue = c.Seized * quote.AmountOut / quote.AmountIn })];
    }

    /// <summary>The candidates of one type whose sale fits a pool: the first <paramref name="count"/> (most unhealthy first).</summary>
    public static int HalveForDepth(int count) => count / 2;

    /// <summary>
    /// What the FlashLiquidator borrows for a batch: everything the Market may pull, each position's repayment bound
    /// and the fee on it (<see cref="LiquidationCandidate.Cost"/>). The FlashLiquidator lets the Market pull up to the
    /// loan; the loan is repaid from the sale, so borrowing the bound costs nothing more (the lender's fee aside).
    /// </summary>
    public static BigInteger BorrowAmount(IEnumerable<LiquidationCandidate> batch) =>
        batch.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost);

    /// <summary>One sale per collateral type in the batch, through that type's pool; a type without a pool cannot go flash.</summary>
    public static List<Sale>? Sales(IEnumerable<LiquidationCandidate> batch, IReadOnlyDictionary<uint, DexPool> pools)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(pools);
        var sales = new List<Sale>();
        foreach (var id in batch.Select(c => c.Key.CollateralId).Distinct().Order())
        {
            if (!pools.TryGetValue(id, out var pool))
                return null;
            sales.Add(new Sale { CollateralId = id, PoolFee = pool.Fee });
        }
        return sales;
    }

    /// <summary>The FlashLiquidator's own errors by name, for the simulation-failed log; null for any other error.</summary>
    public static string? RevertReason(SmartContractCustomErrorRevertException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.IsCustomErrorFor<SaleBelowMinimumError>()) return "SaleBelowMinimum (the DEX pays less than the slippage bound allows)";
        if (e.IsCustomErrorFor<PartialFillError>()) return "PartialFill (the DEX pool ran out of liquidity)";
        if (e.IsCustomErrorFor<SaleShortfallError>()) return "SaleShortfall (the sale would not repay the flash loan)";
        if (e.IsCustomErrorFor<ProfitTooLowError>()) return "ProfitTooLow";
        if (e.IsCustomErrorFor<CollateralNotSoldError>()) return "CollateralNotSold";
        if (e.IsCustomErrorFor<OwnableUnauthorizedAccountError>()) return "OwnableUnauthorizedAccount (the FlashLiquidator is not the keeper's)";
        return null;
    }
}
