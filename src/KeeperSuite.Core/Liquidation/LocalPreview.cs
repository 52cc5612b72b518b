using System.Numerics;
using KeeperSuite.Core.Scanning;

namespace KeeperSuite.Core.Liquidation;

/// <summary>What a block fixes for every liquidation of a pass: the pool's borrow index and the Market's parameters.</summary>
/// <param name="Index">The pool's borrow index (RAY) at the block.</param>
/// <param name="CloseFactorHfThreshold">Partial liquidation only at HF at or above this (WAD).</param>
/// <param name="InsuranceCut">Share of the bonus charged as fee (WAD).</param>
/// <param name="SmallPositionValue">Debt or collateral value below which a liquidation is full (debt-asset units).</param>
public sealed record MarketTerms(BigInteger Index, BigInteger CloseFactorHfThreshold, BigInteger InsuranceCut, BigInteger SmallPositionValue);

/// <summary>One collateral type at a block, as <c>Market._load</c> reads it.</summary>
/// <param name="Price">WAD price (0 when invalid).</param>
/// <param name="ScaleExponent">18 + collateral decimals − debt decimals: value = amount × price / 10^ScaleExponent.</param>
public sealed record CollateralTerms(bool OracleValid, BigInteger Price, int ScaleExponent, ulong Threshold, BigInteger Bonus, BigInteger Dust)
{
    public BigInteger Scale { get; } = BigInteger.Pow(10, ScaleExponent);
}

/// <summary>What <c>Market.previewLiquidation</c> answers (its <c>deficitId</c> is always 0 in a preview).</summary>
public readonly record struct PreviewOutcome(LiquidationStatus Status, BigInteger Repaid, BigInteger Seized, BigInteger Fee, BigInteger DeficitAssets);

/// <summary>
/// <c>Market.previewLiquidation</c> in C#, bit for bit: <c>_plan</c>, <c>_liquidationAmounts</c> and
/// <c>_effectiveBonus</c> with <c>WadRayMath</c>'s rounding (every product exact, then floored or ceiled as the
/// contract names it). The keeper has every input already (the position's amounts, the scanned block's index, prices
/// and parameters), so a pass previews a thousand positions in microseconds instead of a second of <c>eth_call</c>s;
/// the lens stays the fallback and audits a sample. Null where the Market itself would revert (a result beyond
/// uint256, a zero index): the caller asks the lens.
/// </summary>
public static class LocalPreview
{
    private static readonly BigInteger Wad = HealthMath.Wad;
    private static readonly BigInteger Ray = HealthMath.Ray;
    private static readonly BigInteger MaxUint256 = HealthMath.MaxUint256;

    /// <summary>Market.CLOSE_FACTOR.</summary>
    private static readonly BigInteger CloseFactor = Wad / 2;

    /// <summary>Market.MIN_BONUS_SHARE.</summary>
    private static readonly BigInteger MinBonusShare = Wad / 2;

    /// <summary>
    /// The outcome of <c>liquidate(id, owner, maxRepay)</c> at the terms' block for a position holding
    /// <paramref name="collateral"/> and <paramref name="scaledDebt"/> (unknown collateral ids and self-liquidation are
    /// the caller's checks, as in <c>previewLiquidation</c>).
    /// </summary>
    public static PreviewOutcome? Preview(BigInteger collateral, BigInteger scaledDebt, BigInteger maxRepay, CollateralTerms type, MarketTerms market)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(market);
        try
        {
            return Plan(collateral, scaledDebt, maxRepay, type, market);
        }
        catch (MarketWouldRevert)
        {
            return null;
        }
    }

    private static PreviewOutcome Plan(BigInteger coll, BigInteger scaled, BigInteger maxRepay, CollateralTerms t, MarketTerms b)
    {
        if (scaled.IsZero || maxRepay.IsZero)
            return new(LiquidationStatus.SkippedNoDebt, 0, 0, 0, 0);
        if (!t.OracleValid)
            return new(LiquidationStatus.SkippedOracleInvalid, 0, 0, 0, 0);
        var debt = MulDiv(scaled, b.Index, Ray, up: true);
        var collValue = MulDiv(coll, t.Price, t.Scale, up: false);
        var weighted = MulDiv(collValue, t.Threshold, Wad, up: false);
        if (weighted >= debt)
            return new(LiquidationStatus.SkippedHealthy, 0, 0, 0, 0);
        var cap = debt;
        if (debt >= b.SmallPositionValue && collValue >= b.SmallPositionValue && weighted >= MulDiv(debt, b.CloseFactorHfThreshold, Wad, up: true))
            cap = MulDiv(debt, CloseFactor, Wad, up: false);
        var repaidCap = BigInteger.Min(maxRepay, cap);
        var bonus = EffectiveBonus(t.Bonus, collValue, debt);
        var bonusFactor = Wad + bonus;
        var (repaid, seized, scaledRepaid) = Amounts(t, b, coll, scaled, debt, collValue, repaidCap, bonusFactor);
        // A partial that would credit no scaled debt takes collateral for nothing: too small to liquidate.
        if (repaid > maxRepay || (scaledRepaid.IsZero && seized != coll))
            return new(LiquidationStatus.SkippedMaxRepayTooLow, 0, 0, 0, 0);
        var fee = b.InsuranceCut.IsZero ? BigInteger.Zero : MulDiv(repaid, Checked(bonus * b.InsuranceCut), Wad * Wad, up: true);
        var deficit = seized == coll && scaledRepaid < scaled ? MulDiv(scaled - scaledRepaid, b.Index, Ray, up: true) : BigInteger.Zero;
        return new(LiquidationStatus.Liquidated, repaid, seized, fee, deficit);
    }

    /// <summary><c>_liquidationAmounts</c>: the remnant rule given repaid = min(maxRepay, close-factor cap).</summary>
    private static (BigInteger Repaid, BigInteger Seized, BigInteger ScaledRepaid) Amounts(CollateralTerms t, MarketTerms b, BigInteger coll, BigInteger scaled,
        BigInteger debt, BigInteger collValue, BigInteger repaidCap, BigInteger bonusFactor)
    {
        var repaid = repaidCap;
        BigInteger seized;
        if (!repaid.IsZero && repaid < debt)
        {
            seized = MulDiv(MulDiv(repaid, bonusFactor, Wad, up: false), t.Scale, t.Price, up: false);
            var debtLeft = debt - repaid;
            if (seized < coll && debtLeft >= t.Dust && MulDiv(coll - seized, t.Price, t.Scale, up: false) >= debtLeft)
                return (repaid, seized, MulDiv(repaid, Ray, b.Index, up: false));
        }
        seized = MulDiv(MulDiv(debt, bonusFactor, Wad, up: false), t.Scale, t.Price, up: false);
        if (seized <= coll)
            return (debt, seized, scaled);
        seized = coll;
        repaid = BigInteger.Min(MulDiv(collValue, Wad, bonusFactor, up: true), debt);
        var scaledRepaid = BigInteger.Min(MulDiv(repaid, Ray, b.Index, up: false), scaled);
        if (scaledRepaid.IsZero)
            repaid = BigInteger.Zero;
        return (repaid, seized, scaledRepaid);
    }

    /// <summary><c>_effectiveBonus</c>: min(bonus, surplus) but at least bonus × MIN_BONUS_SHARE.</summary>
    private static BigInteger EffectiveBonus(BigInteger bonus, BigInteger collValue, BigInteger debt)
    {
        var coverage = MulDiv(collValue, Wad, debt, up: false);
        if (coverage >= Wad + bonus)
            return bonus;
        var surplus = coverage > Wad ? coverage - Wad : BigInteger.Zero;
        var floor = MulDiv(bonus, MinBonusShare, Wad, up: false);
        return surplus > floor ? surplus : floor;
    }

    /// <summary>WadRayMath.mulDivDown / mulDivUp: exact, reverting on a zero denominator or a result beyond uint256.</summary>
    private static BigInteger MulDiv(BigInteger a, BigInteger b, BigInteger denominator, bool up)
    {
        if (denominator.IsZero)
            throw new MarketWouldRevert();
        var q = BigInteger.DivRem(a * b, denominator, out var r);
        if (up && !r.IsZero)
            q += 1;
        return Checked(q);
    }

    private static BigInteger Checked(BigInteger value) => value > MaxUint256 ? throw new MarketWouldRevert() : value;

    private sealed class MarketWouldRevert : Exception;
}
