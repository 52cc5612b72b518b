using System.Globalization;
using System.Numerics;

namespace KeeperSuite.Ethereum;

/// <summary>
/// A non-negative integer in JSON-RPC "quantity" form: 0x-prefixed hex without leading zeros
/// ("0x0", "0x1b4"). Named after Nethereum's type of the same job.
/// </summary>
/// <param name="Value">The integer value; never negative.</param>
public readonly record struct HexBigInteger(BigInteger Value)
{
    /// <summary>The quantity encoding of <see cref="Value"/>.</summary>
    public string HexValue => HexQuantity.Encode(Value);

    /// <summary>Parses a JSON-RPC quantity.</summary>
    /// <exception cref="FormatException">Not a 0x-prefixed hex quantity.</exception>
    public static HexBigInteger Parse(string hex) => new(HexQuantity.Decode(hex));

    /// <summary>Returns <see cref="HexValue"/>.</summary>
    public override string ToString() => HexValue;

    /// <summary>Wraps a value.</summary>
    public static implicit operator HexBigInteger(BigInteger value) => new(value);

    /// <summary>Unwraps the value.</summary>
    public static implicit operator BigInteger(HexBigInteger value) => value.Value;

    /// <summary>Wraps a value (CA2225 alternate for the implicit conversion).</summary>
    public static HexBigInteger FromBigInteger(BigInteger value) => new(value);

    /// <summary>Unwraps the value (CA2225 alternate for the implicit conversion).</summary>
    public BigInteger ToBigInteger() => Value;
}

/// <summary>Encodes and decodes JSON-RPC quantities.</summary>
public static class HexQuantity
{
    /// <summary>Encodes a non-negative integer as "0x" + minimal lower-case hex ("0x0" for zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static string Encode(BigInteger value)
    {
        if (value.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A JSON-RPC quantity cannot be negative.");
        if (value.IsZero)
            return "0x0";
        var hex = Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true));
        return "0x" + hex.TrimStart('0');
    }

    /// <summary>Encodes a ulong as a quantity.</summary>
    public static string Encode(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>
    /// Decodes "0x"-prefixed hex. Leading zeros are tolerated (some nodes send them); an empty
    /// digit string, a missing prefix, or non-hex characters are rejected.
    /// </summary>
    /// <exception cref="FormatException">The text is not a hex quantity.</exception>
    public static BigInteger Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (!hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"A JSON-RPC quantity starts with 0x; got '{Preview(hex)}'.");
        var digits = hex.AsSpan(2);
        if (digits.IsEmpty)
            throw new FormatException("A JSON-RPC quantity needs at least one hex digit ('0x0' for zero); got '0x'.");
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
                throw new FormatException($"JSON-RPC quantity '{Preview(hex)}' contains a non-hex character '{c}'.");
        }
        // Leading "0" keeps BigInteger.Parse from reading a high bit as a sign.
        return BigInteger.Parse("0" + digits.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes a quantity that must fit in a ulong (block numbers, nonces, gas).</summary>
    /// <exception cref="FormatException">Not a quantity.</exception>
    /// <exception cref="OverflowException">Larger than ulong.MaxValue.</exception>
    public static ulong DecodeUInt64(string hex)
    {
        var value = Decode(hex);
        return value <= ulong.MaxValue
            ? (ulong)value
            : throw new OverflowException($"JSON-RPC quantity '{Preview(hex)}' does not fit in 64 bits.");
    }

    private static string Preview(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
