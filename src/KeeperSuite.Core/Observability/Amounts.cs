using System.Globalization;
using System.Numerics;

namespace KeeperSuite.Core.Observability;

/// <summary>
/// Token amounts as people read them: whole units with thousands separators and every significant decimal
/// (<c>5,365.853659 USDC</c>), never raw base units. Exact: no floating point between the chain and the text.
/// </summary>
public static class Amounts
{
    /// <summary><paramref name="baseUnits"/> of a token with <paramref name="decimals"/> decimals, e.g. 5365853659 (6) → "5,365.853659".</summary>
    public static string Units(BigInteger baseUnits, int decimals, bool separators = true)
    {
        var negative = baseUnits.Sign < 0;
        var scale = BigInteger.Pow(10, decimals);
        var whole = BigInteger.DivRem(BigInteger.Abs(baseUnits), scale, out var fraction);
        var text = whole.ToString(separators ? "N0" : "D", CultureInfo.InvariantCulture);
        if (decimals > 0 && !fraction.IsZero)
            text += "." + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0');
        return negative ? "-" + text : text;
    }

    /// <summary>As <see cref="Units(BigInteger, int, bool)"/>, followed by the symbol: "5,365.853659 USDC".</summary>
    public static string Units(BigInteger baseUnits, int decimals, string symbol) => $"{Units(baseUnits, decimals)} {symbol}";
}
