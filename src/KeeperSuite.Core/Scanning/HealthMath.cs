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
        // debt = rayMulUp(scaledDebt, index): RAY = 10^27 = 10^19 × 10^8, divided limb-wise by each factor.
        Mul(scaledDebt, terms.IndexU, out var d);
        if (DivPow10(ref d, 27) && !Increment(ref d))
            return false;
        if (!d.Fits128)
            return false;
        var debt = d.Low128;
        if (debt == 0)
        {
            infinite = true;
            return true;
        }
        // value = mulDivDown(collateral, price, 10^scale).
        Mul(collateral, terms.PriceU, out var v);
        DivPow10(ref v, terms.ScaleExponent);
        if (!v.Fits128)
            return false;
        // weighted = wadMulDown(value, threshold).
        Mul(v.Low128, terms.Threshold, out var w);
        DivPow10(ref w, 18);
        if (!w.Fits128)
            return false;
        // hf = wadDivDown(weighted, debt) = mulDivDown(weighted, WAD, debt).
        Mul(w.Low128, WadU, out var h);
        if (debt > ulong.MaxValue)
        {
            if (!h.Fits128)
                return false;
            hf = h.Low128 / debt;
            return true;
        }
        DivSmall(ref h, (ulong)debt);
        if (!h.Fits128)
            return false;
        hf = h.Low128;
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

    /// <summary>A 256-bit number as four 64-bit limbs, least significant first: the products and quotients of the fast path.</summary>
    private struct Limbs
    {
        public ulong L0, L1, L2, L3;

        public readonly bool Fits128 => (L2 | L3) == 0;

        public readonly UInt128 Low128 => new(L1, L0);
    }

    /// <summary>Full 128 × 128 → 256-bit product, schoolbook on 64-bit limbs with the hardware's 64 × 64 → 128 multiply.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mul(UInt128 a, UInt128 b, out Limbs r)
    {
        var a0 = (ulong)a;
        var a1 = (ulong)(a >> 64);
        var b0 = (ulong)b;
        var b1 = (ulong)(b >> 64);
        r.L1 = Math.BigMul(a0, b0, out r.L0);
        if (a1 == 0 && b1 == 0)
        {
            r.L2 = 0;
            r.L3 = 0;
            return;
        }
        var h01 = Math.BigMul(a0, b1, out var l01);
        var h10 = Math.BigMul(a1, b0, out var l10);
        var h11 = Math.BigMul(a1, b1, out var l11);
        // Limb 1 = high(a0·b0) + low(a0·b1) + low(a1·b0); its carries (at most 2) go to limb 2.
        ulong carry1 = 0;
        r.L1 += l01;
        carry1 += r.L1 < l01 ? 1UL : 0;
        r.L1 += l10;
        carry1 += r.L1 < l10 ? 1UL : 0;
        // Limb 2 = low(a1·b1) + high(a0·b1) + high(a1·b0) + carry1; its carries go to limb 3, which cannot overflow
        // (the product is below 2^256).
        ulong carry2 = 0;
        r.L2 = l11 + h01;
        carry2 += r.L2 < h01 ? 1UL : 0;
        r.L2 += h10;
        carry2 += r.L2 < h10 ? 1UL : 0;
        r.L2 += carry1;
        carry2 += r.L2 < carry1 ? 1UL : 0;
        r.L3 = h11 + carry2;
    }

    /// <summary>⌊n / 10^exponent⌋ in place, in 64-bit-divisor steps; true when a remainder was dropped.</summary>
    private static bool DivPow10(ref Limbs n, int exponent)
    {
        var inexact = false;
        while (exponent > 0)
        {
            var step = Math.Min(exponent, 19);
            inexact |= DivSmall(ref n, Pow10[step]) != 0;
            exponent -= step;
        }
        return inexact;
    }

    /// <summary>Long division of a 256-bit number by a 64-bit divisor in place, from the top limb; returns the remainder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DivSmall(ref Limbs n, ulong divisor)
    {
        ulong rem = 0;
        if ((n.L3 | n.L2) != 0)
        {
            n.L3 = Step(n.L3, ref rem, divisor);
            n.L2 = Step(n.L2, ref rem, divisor);
        }
        n.L1 = Step(n.L1, ref rem, divisor);
        n.L0 = Step(n.L0, ref rem, divisor);
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

    /// <summary>n + 1 in place; false when it wraps past 2^256.</summary>
    private static bool Increment(ref Limbs n)
    {
        if (++n.L0 != 0 || ++n.L1 != 0 || ++n.L2 != 0)
            return true;
        return ++n.L3 != 0;
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
