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

/// <summary>What a pass's profit check needs: its gas price, the native token's price (WAD, null: unknown), the floor.</summary>
public sealed record ProfitRule(BigInteger GasPriceWei, BigInteger? NativePriceWad, BigInteger DebtUnit, int MaxBatchSize, BigInteger MinProfit, bool IgnoreProfit)
{
    /// <summary>Gas cost of one position when <paramref name="candidates"/> share a batch (see <see cref="LiquidationPlanner.GasCostPerPosition"/>).</summary>
    public BigInteger GasCostPerPosition(int candidates) =>
        LiquidationPlanner.GasCostPerPosition(GasPriceWei, NativePriceWad, DebtUnit, MaxBatchSize, candidates);
}

/// <summary>Whether a sale of a type's most unhealthy positions may go: it fits, or the pool is too thin for it, or it fits but earns too little.</summary>
public enum SaleVerdict
{
    Fits,
    TooThin,
    Unprofitable,
}

/// <summary>A flash pass's positions of one type: those priced at the sale that goes, and those deferred with why.</summary>
public sealed record SaleTrim(IReadOnlyList<LiquidationCandidate> Priced, IReadOnlyList<(LiquidationCandidate Candidate, SaleVerdict Reason)> Deferred);

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
    /// Whether a sale of <paramref name="atQuote"/> (valued at <paramref name="quote"/>) may go: the pool fills it within
    /// the slippage bound, and (unless profit is ignored) the positions together earn the floor each after the slippage,
    /// the fees and their gas. Judged on the whole part: the planner's selection still drops a single position below
    /// the floor, which only makes the sale smaller and its price better.
    /// </summary>
    public static SaleVerdict Judge(IReadOnlyList<LiquidationCandidate> atQuote, SaleQuote quote, int slippageBps, ProfitRule rule)
    {
        ArgumentNullException.ThrowIfNull(atQuote);
        ArgumentNullException.ThrowIfNull(rule);
        if (!IsDeepEnough(quote, slippageBps))
            return SaleVerdict.TooThin;
        if (rule.IgnoreProfit)
            return SaleVerdict.Fits;
        var gas = rule.GasCostPerPosition(atQuote.Count);
        var profit = atQuote.Aggregate(BigInteger.Zero, (sum, c) => sum + c.GrossProfit - gas);
        return profit >= rule.MinProfit * atQuote.Count ? SaleVerdict.Fits : SaleVerdict.Unprofitable;
    }

    /// <summary>
    /// The part of one type's candidates (most unhealthy first) a flash pass sells: all of them if their sale fits,
    /// else the first half, a quarter... down to one position, until a sale is both within the slippage bound and
    /// profitable (<see cref="Judge"/>). A thin pool's slippage grows with the sale, so a smaller sale may earn what a
    /// larger one loses: halving only for the slippage bound left a crash's 14 positions unliquidated, pass after pass,
    /// because 7 fitted the bound but their slippage ate the bonus. The rest is deferred, each with the verdict on the
    /// smallest sale it was part of; a single position that does not pay is deferred too. <paramref name="quote"/> fills
    /// in a sale's AmountOut (the DEX's quote for that many positions' seized total).
    /// </summary>
    public static async Task<SaleTrim> TrimAsync(IReadOnlyList<LiquidationCandidate> sorted, uint collateralId, Func<SaleQuote, int, Task<SaleQuote>> quote, int slippageBps, ProfitRule rule)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentNullException.ThrowIfNull(quote);
        var reasons = new SaleVerdict[sorted.Count];
        for (var keep = sorted.Count; keep > 0; keep = HalveForDepth(keep))
        {
            var part = sorted.Take(keep).ToList();
            var sale = await quote(new SaleQuote(collateralId, Sum(part, c => c.Seized), 0, Sum(part, c => c.SeizedValue)), keep);
            var priced = AtQuote(part, sale);
            var verdict = Judge(priced, sale, slippageBps, rule);
            if (verdict == SaleVerdict.Fits)
                return new SaleTrim(priced, [.. sorted.Skip(keep).Select((c, i) => (c, reasons[keep + i]))]);
            Array.Fill(reasons, verdict, 0, keep);
        }
        return new SaleTrim([], [.. sorted.Select((c, i) => (c, reasons[i]))]);
    }

    private static BigInteger Sum(IEnumerable<LiquidationCandidate> list, Func<LiquidationCandidate, BigInteger> f) =>
        list.Aggregate(BigInteger.Zero, (sum, c) => sum + f(c));

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
