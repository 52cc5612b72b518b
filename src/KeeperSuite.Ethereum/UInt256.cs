using System.Numerics;

namespace KeeperSuite.Ethereum;

/// <summary>Range checks and 32-byte big-endian conversion for Solidity's uint256 held in a <see cref="BigInteger"/>.</summary>
public static class UInt256
{
    /// <summary>2^256 - 1.</summary>
    public static BigInteger MaxValue { get; } = (BigInteger.One << 256) - 1;

    /// <summary>True when 0 &lt;= value &lt;= 2^256 - 1.</summary>
    public static bool IsInRange(BigInteger value) => value.Sign >= 0 && value <= MaxValue;

    /// <summary>Throws <see cref="OverflowException"/> unless the value fits a uint256.</summary>
    public static BigInteger EnsureInRange(BigInteger value) =>
        IsInRange(value) ? value : throw new OverflowException($"{value} does not fit in uint256.");

    private static readonly BigInteger[] MaxByWidth = IntegerBits.Table(bits => (BigInteger.One << bits) - 1);

    /// <summary>The largest value of a uintN (N a multiple of 8 in 8..256).</summary>
    public static BigInteger MaxValueOf(int bits)
    {
        IntegerBits.Validate(bits);
        return MaxByWidth[bits / 8];
    }

    /// <summary>Encodes as 32 big-endian bytes.</summary>
    public static byte[] ToBigEndian(BigInteger value)
    {
        var bytes = new byte[32];
        WriteBigEndian(value, bytes);
        return bytes;
    }

    /// <summary>Writes the value as 32 big-endian bytes into the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void WriteBigEndian(BigInteger value, Span<byte> destination)
    {
        EnsureInRange(value);
        destination[..32].Clear();
        var length = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(destination.Slice(32 - length, length), out _, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Reads an unsigned big-endian integer of at most 32 bytes.</summary>
    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 32)
            throw new ArgumentException($"A uint256 is at most 32 bytes; got {bytes.Length}.", nameof(bytes));
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }
}

/// <summary>Range checks and 32-byte two's-complement conversion for Solidity's int256 held in a <see cref="BigInteger"/>.</summary>
public static class Int256
{
    /// <summary>-2^255.</summary>
    public static BigInteger MinValue { get; } = -(BigInteger.One << 255);

    /// <summary>2^255 - 1.</summary>
    public static BigInteger MaxValue { get; } = (BigInteger.One << 255) - 1;

    /// <summary>True when the value fits an int256.</summary>
    public static bool IsInRange(BigInteger value) => value >= MinValue && value <= MaxValue;

    /// <summary>Throws <see cref="OverflowException"/> unless the value fits an int256.</summary>
    public static BigInteger EnsureInRange(BigInteger value) =>
        IsInRange(value) ? value : throw new OverflowException($"{value} does not fit in int256.");

    private static readonly BigInteger[] MinByWidth = IntegerBits.Table(bits => -(BigInteger.One << (bits - 1)));
    private static readonly BigInteger[] MaxByWidth = IntegerBits.Table(bits => (BigInteger.One << (bits - 1)) - 1);

    /// <summary>The smallest value of an intN.</summary>
    public static BigInteger MinValueOf(int bits)
    {
        IntegerBits.Validate(bits);
        return MinByWidth[bits / 8];
    }

    /// <summary>The largest value of an intN.</summary>
    public static BigInteger MaxValueOf(int bits)
    {
        IntegerBits.Validate(bits);
        return MaxByWidth[bits / 8];
    }

    /// <summary>Encodes as 32 big-endian two's-complement bytes.</summary>
    public static byte[] ToBigEndian(BigInteger value)
    {
        var bytes = new byte[32];
        WriteBigEndian(value, bytes);
        return bytes;
    }

    /// <summary>Writes the value as 32 big-endian two's-complement bytes.</summary>
    public static void WriteBigEndian(BigInteger value, Span<byte> destination)
    {
        EnsureInRange(value);
        destination[..32].Fill(value.Sign < 0 ? (byte)0xff : (byte)0);
        var length = value.GetByteCount();
        value.TryWriteBytes(destination.Slice(32 - length, length), out _, isUnsigned: false, isBigEndian: true);
    }

    /// <summary>Reads a 32-byte two's-complement big-endian integer.</summary>
    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 32)
            throw new ArgumentException($"An int256 is at most 32 bytes; got {bytes.Length}.", nameof(bytes));
        return new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
    }
}

internal static class IntegerBits
{
    // Indexed by bits / 8; index 0 unused. Bounds are hot in ABI range checks, so compute them once.
    public static BigInteger[] Table(Func<int, BigInteger> bound) =>
        Enumerable.Range(0, 33).Select(i => i == 0 ? BigInteger.Zero : bound(i * 8)).ToArray();

    public static void Validate(int bits)
    {
        if (bits < 8 || bits > 256 || bits % 8 != 0)
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "Integer widths are multiples of 8 from 8 to 256.");
    }
}
