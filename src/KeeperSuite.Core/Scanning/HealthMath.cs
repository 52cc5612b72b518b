using System.Numerics;
using System.Runtime.CompilerServices;

namespace KeeperSuite.Core.Scanning;

/// <summary>
/// The Market's health factor in C#, bit for bit: <c>Market._healthFactor</c> with <c>WadRayMath</c>'s rounding,
/// <c>debt = ⌈scaledDebt × index / RAY⌉</c>, <c>value = ⌊amount × price / 10^(decimals + 18 − debtDecimals)⌋</c>,
/// <c>hf = ⌊⌊value × threshold / WAD⌋ × WAD / debt⌋</c>. Every WadRayMath product is exact (its 512-bit fallback
/// gives the same floor or ceiling as its fast path), so the rounding of each step is all that must match.
/// The hot path stays in 128/256-bit integers on the stack (a position costs well under a microsecond and
/// allocates nothing); a step whose operands do not fit falls back to <see cref="BigInteger"/>, with the same result.
/// </summary>
public static class HealthMath
{
    public static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    public static readonly BigInteger Ray = BigInteger.Pow(10, 27);
    public static readonly BigInteger MaxUint256 = (BigInteger.One << 256) - 1;

    private const ulong WadU = 1_000_000_000_000_000_000UL;

    /// <summary>
    /// Health factor (WAD) of a position with <paramref name="collateral"/> units and <paramref name="scaledDebt"/>, at
    /// a borrow index, price (WAD per whole token), liquidation threshold (WAD) and the price's scale exponent
    /// <c>decimals + 18 − debtDecimals</c>. Max uint256 when the debt is zero (as the Market); null when the Market
    /// itself would revert (a result beyond uint256), so the caller asks the lens instead of guessing.
    /// </summary>
    public static BigInteger? HealthFactor(UInt128 collateral, UInt128 scaledDebt, in HealthTerms terms)
    {
        if (TryFast(collateral, scaledDebt, terms, out var hf, out var infinite))
            return infinite ? MaxUint256 : (BigInteger)hf;
        return Exact(collateral, scaledDebt, terms.Index, terms.Price, terms.Threshold, terms.ScaleExponent);
    }

    /// <summary>
    /// The fast path alone: false when an operand does not fit (then use <see cref="Exact"/>). <paramref name="infinite"/>
    /// is set for a zero debt (max uint256).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFast(UInt128 collateral, UInt128 scaledDebt, in HealthTerms terms, out UInt128 hf, out bool infinite)
    {
        hf = default;
        infinite = false;
        if (!terms.FastIndex || !terms.FastPrice)
            return false;
        // debt = rayMulUp(scaledDebt, index): RAY = 10^27 = 10^18 × 10^9, divided limb-wise by each factor.
        Mul(scaledDebt, terms.IndexU, out var dHi, out var dLo);
        DivPow10(ref dHi, ref dLo, 27, out var debtInexact);
        if (debtInexact && !Increment(ref dHi, ref dLo))
            return false;
        if (dHi != 0)
            return false;
        var debt = dLo;
        if (debt == 0)
        {
            infinite = true;
            return true;
        }
        // value = mulDivDown(collateral, price, 10^scale).
        Mul(collateral, terms.PriceU, out var vHi, out var vLo);
        DivPow10(ref vHi, ref vLo, terms.ScaleExponent, out _);
        if (vHi != 0)
            return false;
        // weighted = wadMulDown(value, threshold).
        Mul(vLo, terms.Threshold, out var wHi, out var wLo);
        DivPow10(ref wHi, ref wLo, 18, out _);
        if (wHi != 0)
            return false;
        // hf = wadDivDown(weighted, debt) = mulDivDown(weighted, WAD, debt).
        Mul(wLo, WadU, out var hHi, out var hLo);
        if (debt > ulong.MaxValue)
        {
            if (hHi != 0)
                return false;
            hf = hLo / debt;
            return true;
        }
        DivSmall(ref hHi, ref hLo, (ulong)debt);
        if (hHi != 0)
            return false;
        hf = hLo;
        return true;
    }

    /// <summary>The same formula in <see cref="BigInteger"/> (the reference the fast path is tested against); null where the Market reverts.</summary>
    public static BigInteger? Exact(BigInteger collateral, BigInteger scaledDebt, BigInteger index, BigInteger price, ulong threshold, int scaleExponent)
    {
        var debt = DivUp(scaledDebt * index, Ray);
        if (debt.IsZero)
            return MaxUint256;
        var value = collateral * price / BigInteger.Pow(10, scaleExponent);
        var weighted = value * threshold / Wad;
        var hf = weighted * Wad / debt;
        return hf > MaxUint256 ? null : hf;
    }

    private static BigInteger DivUp(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r.IsZero ? q : q + 1;
    }

    /// <summary>Full 128 × 128 → 256-bit product as (hi, lo) halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mul(UInt128 a, UInt128 b, out UInt128 hi, out UInt128 lo)
    {
        var a0 = (ulong)a;
        var a1 = (ulong)(a >> 64);
        var b0 = (ulong)b;
        var b1 = (ulong)(b >> 64);
        if (a1 == 0 && b1 == 0)
        {
            hi = 0;
            lo = (UInt128)a0 * b0;
            return;
        }
        UInt128 p00 = (UInt128)a0 * b0;
        UInt128 p01 = (UInt128)a0 * b1;
        UInt128 p10 = (UInt128)a1 * b0;
        UInt128 p11 = (UInt128)a1 * b1;
        UInt128 mid = (p00 >> 64) + (ulong)p01 + (ulong)p10; // at most 3 × (2^64 − 1): no overflow
        lo = ((UInt128)(ulong)mid << 64) | (ulong)p00;
        hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    }

    /// <summary>(hi, lo) ⌊/ 10^exponent⌋ in 64-bit-divisor steps; <paramref name="inexact"/> when a remainder was dropped.</summary>
    private static void DivPow10(ref UInt128 hi, ref UInt128 lo, int exponent, out bool inexact)
    {
        inexact = false;
        while (exponent > 0)
        {
            var step = Math.Min(exponent, 19);
            var divisor = Pow10[step];
            var rem = DivSmall(ref hi, ref lo, divisor);
            inexact |= rem != 0;
            exponent -= step;
        }
    }

    /// <summary>Long division of a 256-bit number by a 64-bit divisor, four 64-bit limbs from the top.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivSmall(ref UInt128 hi, ref UInt128 lo, ulong divisor)
    {
        ulong rem = 0;
        ulong q3 = 0, q2 = 0;
        var l3 = (ulong)(hi >> 64);
        var l2 = (ulong)hi;
        if (l3 != 0 || l2 != 0)
        {
            q3 = Step(l3, ref rem, divisor);
            q2 = Step(l2, ref rem, divisor);
        }
        var q1 = Step((ulong)(lo >> 64), ref rem, divisor);
        var q0 = Step((ulong)lo, ref rem, divisor);
        hi = ((UInt128)q3 << 64) | q2;
        lo = ((UInt128)q1 << 64) | q0;
        return rem;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong limb, ref ulong rem, ulong divisor)
    {
        if (rem == 0 && limb < divisor)
        {
            rem = limb;
            return 0;
        }
        var (q, r) = X86DivRem(rem, limb, divisor);
        rem = r;
        return q;
    }

    /// <summary>
    /// (high:low) / divisor for high &lt; divisor (the quotient fits 64 bits), with 64-bit hardware divisions only:
    /// Hacker's Delight's divlu (Knuth's algorithm D on 32-bit digits). UInt128's own division is a generic
    /// 128-by-128 routine, several times slower on this path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Quotient, ulong Remainder) X86DivRem(ulong high, ulong low, ulong divisor)
    {
        if (high == 0)
            return Math.DivRem(low, divisor);
        const ulong b = 1UL << 32;
        var s = System.Numerics.BitOperations.LeadingZeroCount(divisor);
        var v = divisor << s;
        var vn1 = v >> 32;
        var vn0 = v & 0xFFFF_FFFF;
        var un32 = s == 0 ? high : (high << s) | (low >> (64 - s));
        var un10 = low << s;
        var un1 = un10 >> 32;
        var un0 = un10 & 0xFFFF_FFFF;
        var q1 = un32 / vn1;
        var rhat = un32 - q1 * vn1;
        while (q1 >= b || q1 * vn0 > b * rhat + un1)
        {
            q1--;
            rhat += vn1;
            if (rhat >= b)
                break;
        }
        var un21 = unchecked(un32 * b + un1 - q1 * v);
        var q0 = un21 / vn1;
        rhat = un21 - q0 * vn1;
        while (q0 >= b || q0 * vn0 > b * rhat + un0)
        {
            q0--;
            rhat += vn1;
            if (rhat >= b)
                break;
        }
        var rem = unchecked(un21 * b + un0 - q0 * v) >> s;
        return (q1 * b + q0, rem);
    }

    private static bool Increment(ref UInt128 hi, ref UInt128 lo)
    {
        lo++;
        if (lo == 0)
        {
            hi++;
            return hi != 0;
        }
        return true;
    }

    private static readonly ulong[] Pow10 = Enumerable.Range(0, 20).Select(i => (ulong)BigInteger.Pow(10, i)).ToArray();
}

/// <summary>
/// What a block fixes for one collateral type's health factors: the pool's borrow index, the oracle's price (WAD), the
/// liquidation threshold (WAD) and the price scale <c>10^(decimals + 18 − debtDecimals)</c> as its exponent.
/// </summary>
public readonly struct HealthTerms
{
    public HealthTerms(BigInteger index, BigInteger price, ulong threshold, int scaleExponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index.Sign);
        ArgumentOutOfRangeException.ThrowIfNegative(price.Sign);
        ArgumentOutOfRangeException.ThrowIfNegative(scaleExponent);
        Index = index;
        Price = price;
        Threshold = threshold;
        ScaleExponent = scaleExponent;
        FastIndex = index <= UInt128.MaxValue;
        FastPrice = price <= UInt128.MaxValue;
        IndexU = FastIndex ? (UInt128)index : 0;
        PriceU = FastPrice ? (UInt128)price : 0;
    }

    public BigInteger Index { get; }
    public BigInteger Price { get; }
    public ulong Threshold { get; }
    public int ScaleExponent { get; }
    internal bool FastIndex { get; }
    internal bool FastPrice { get; }
    internal UInt128 IndexU { get; }
    internal UInt128 PriceU { get; }
}
