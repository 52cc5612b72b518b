using System.Numerics;

// Root namespace on purpose: a KeeperSuite.Ethereum.Rlp namespace would shadow the Rlp class for every caller.
namespace KeeperSuite.Ethereum;

/// <summary>An RLP value: either a byte string (<see cref="RlpString"/>) or a list of items (<see cref="RlpList"/>).</summary>
public abstract record RlpItem
{
    private protected RlpItem()
    {
    }

    /// <summary>A byte string item.</summary>
    public static RlpString From(ReadOnlySpan<byte> bytes) => new(bytes.ToArray());

    /// <summary>An unsigned integer as its minimal big-endian bytes (zero is the empty string, as Ethereum encodes it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static RlpString From(BigInteger value)
    {
        if (value.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "RLP integers are unsigned.");
        return new RlpString(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>A list item.</summary>
    public static RlpList List(params RlpItem[] items) => new(items);
}

/// <summary>An RLP byte string. Equality compares the bytes.</summary>
/// <param name="Bytes">The payload.</param>
public sealed record RlpString(byte[] Bytes) : RlpItem
{
    /// <summary>The payload read as an unsigned big-endian integer.</summary>
    /// <exception cref="RlpException">The payload has a leading zero byte (not canonical for integers).</exception>
    public BigInteger ToBigInteger()
    {
        if (Bytes.Length > 0 && Bytes[0] == 0)
            throw new RlpException("An RLP integer must not have leading zero bytes.");
        return new BigInteger(Bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <inheritdoc />
    public bool Equals(RlpString? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>0x-prefixed hex of the payload.</summary>
    public override string ToString() => Hex.Encode(Bytes);
}

/// <summary>An RLP list. Equality compares the items in order.</summary>
/// <param name="Items">The items.</param>
public sealed record RlpList(IReadOnlyList<RlpItem> Items) : RlpItem
{
    /// <inheritdoc />
    public bool Equals(RlpList? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
            hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>A readable nested form, e.g. [0x01, [0x]].</summary>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Malformed or non-canonical RLP input.</summary>
public sealed class RlpException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RlpException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong.</summary>
    public RlpException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public RlpException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
