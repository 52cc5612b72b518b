using System.Globalization;

namespace KeeperSuite.Ethereum.Abi;

/// <summary>
/// A Solidity ABI type. Parse one with <see cref="Parse"/> ("uint256", "bytes32[]",
/// "tuple(uint256,address[])[2]", "(bool,string)"). <see cref="CanonicalName"/> is the form
/// used in signatures ("(uint256,address[])[2]").
/// </summary>
public abstract class AbiType : IEquatable<AbiType>
{
    private protected AbiType()
    {
    }

    /// <summary>Canonical type name as it appears in function and event signatures.</summary>
    public abstract string CanonicalName { get; }

    /// <summary>True when the encoding has a variable length and sits in the tail behind an offset.</summary>
    public abstract bool IsDynamic { get; }

    /// <summary>Bytes this type occupies in the head of an enclosing tuple (32 for dynamic types).</summary>
    public virtual int HeadSize => 32;

    /// <summary>Parses a type name; "uint"/"int" mean uint256/int256 and "tuple(...)" equals "(...)".</summary>
    /// <exception cref="FormatException">The name is not a supported ABI type.</exception>
    public static AbiType Parse(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return ParseCore(typeName.Trim(), typeName);
    }

    private static AbiType ParseCore(string text, string original)
    {
        if (text.Length == 0)
            throw new FormatException($"ABI type '{original}' is empty or has an empty component.");
        if (text.EndsWith(']'))
        {
            var open = text.LastIndexOf('[');
            if (open <= 0)
                throw new FormatException($"ABI type '{original}' has an unbalanced '['.");
            var element = ParseCore(text[..open], original);
            var size = text[(open + 1)..^1];
            if (size.Length == 0)
                return new ArrayType(element);
            if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
                throw new FormatException($"ABI type '{original}' has an invalid array length '{size}'.");
            return new FixedArrayType(element, length);
        }
        if (text.StartsWith("tuple(", StringComparison.Ordinal))
            text = text["tuple".Length..];
        if (text.StartsWith('('))
        {
            if (!text.EndsWith(')'))
                throw new FormatException($"ABI type '{original}' has an unbalanced '('.");
            return new TupleType(SplitComponents(text[1..^1], original).Select(c => ParseCore(c, original)).ToArray());
        }
        return ParseElementary(text, original);
    }

    private static List<string> SplitComponents(string inner, string original)
    {
        var parts = new List<string>();
        if (inner.Length == 0)
            return parts;
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth < 0)
                        throw new FormatException($"ABI type '{original}' has an unbalanced ')'.");
                    break;
                case ',' when depth == 0:
                    parts.Add(inner[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        if (depth != 0)
            throw new FormatException($"ABI type '{original}' has an unbalanced '('.");
        parts.Add(inner[start..].Trim());
        return parts;
    }

    private static AbiType ParseElementary(string text, string original)
    {
        switch (text)
        {
            case "address": return AddressType.Instance;
            case "bool": return BoolType.Instance;
            case "string": return StringType.Instance;
            case "bytes": return BytesType.Instance;
            case "uint": return new UIntType(256);
            case "int": return new IntType(256);
        }
        if (TrySuffix(text, "uint", out var bits))
            return IsValidBits(bits) ? new UIntType(bits) : throw BadWidth(original, "uint", bits);
        if (TrySuffix(text, "int", out bits))
            return IsValidBits(bits) ? new IntType(bits) : throw BadWidth(original, "int", bits);
        if (TrySuffix(text, "bytes", out var size))
            return size is >= 1 and <= 32 ? new FixedBytesType(size) : throw BadWidth(original, "bytes", size);
        if (text.StartsWith("fixed", StringComparison.Ordinal) || text.StartsWith("ufixed", StringComparison.Ordinal))
            throw new FormatException($"ABI type '{original}': fixed-point types are not supported (Solidity cannot use them either).");
        throw new FormatException($"'{text}' in '{original}' is not an ABI type.");
    }

    private static bool TrySuffix(string text, string prefix, out int value)
    {
        value = 0;
        return text.StartsWith(prefix, StringComparison.Ordinal)
            && text.Length > prefix.Length
            && text[prefix.Length] != '0'
            && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsValidBits(int bits) => bits is >= 8 and <= 256 && bits % 8 == 0;

    private static FormatException BadWidth(string original, string kind, int width) =>
        new($"ABI type '{original}': {kind}{width} has an invalid width.");

    /// <summary>Types are equal when their canonical names are.</summary>
    public bool Equals(AbiType? other) => other is not null && CanonicalName == other.CanonicalName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AbiType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CanonicalName.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns <see cref="CanonicalName"/>.</summary>
    public override string ToString() => CanonicalName;
}

/// <summary>uintN, N in 8..256 step 8. Values: <see cref="System.Numerics.BigInteger"/>.</summary>
public sealed class UIntType : AbiType
{
    /// <summary>Creates uint<paramref name="bits"/>.</summary>
    public UIntType(int bits)
    {
        IntegerBits.Validate(bits);
        Bits = bits;
    }

    /// <summary>Width in bits.</summary>
    public int Bits { get; }

    /// <inheritdoc />
    public override string CanonicalName => "uint" + Bits.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool IsDynamic => false;
}

/// <summary>intN, N in 8..256 step 8. Values: <see cref="System.Numerics.BigInteger"/>.</summary>
public sealed class IntType : AbiType
{
    /// <summary>Creates int<paramref name="bits"/>.</summary>
    public IntType(int bits)
    {
        IntegerBits.Validate(bits);
        Bits = bits;
    }

    /// <summary>Width in bits.</summary>
    public int Bits { get; }

    /// <inheritdoc />
    public override string CanonicalName => "int" + Bits.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool IsDynamic => false;
}

/// <summary>address. Values: <see cref="Ethereum.Address"/>.</summary>
public sealed class AddressType : AbiType
{
    /// <summary>The single instance.</summary>
    public static AddressType Instance { get; } = new();

    private AddressType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "address";

    /// <inheritdoc />
    public override bool IsDynamic => false;
}

/// <summary>bool. Values: <see cref="bool"/>.</summary>
public sealed class BoolType : AbiType
{
    /// <summary>The single instance.</summary>
    public static BoolType Instance { get; } = new();

    private BoolType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "bool";

    /// <inheritdoc />
    public override bool IsDynamic => false;
}

/// <summary>bytesN, N in 1..32. Values: byte[] of exactly N bytes.</summary>
public sealed class FixedBytesType : AbiType
{
    /// <summary>Creates bytes<paramref name="size"/>.</summary>
    public FixedBytesType(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 32);
        Size = size;
    }

    /// <summary>Length in bytes.</summary>
    public int Size { get; }

    /// <inheritdoc />
    public override string CanonicalName => "bytes" + Size.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool IsDynamic => false;
}

/// <summary>bytes (dynamic). Values: byte[].</summary>
public sealed class BytesType : AbiType
{
    /// <summary>The single instance.</summary>
    public static BytesType Instance { get; } = new();

    private BytesType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "bytes";

    /// <inheritdoc />
    public override bool IsDynamic => true;
}

/// <summary>string (dynamic, UTF-8). Values: <see cref="string"/>.</summary>
public sealed class StringType : AbiType
{
    /// <summary>The single instance.</summary>
    public static StringType Instance { get; } = new();

    private StringType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "string";

    /// <inheritdoc />
    public override bool IsDynamic => true;
}

/// <summary>T[] (dynamic length). Values: a list of element values.</summary>
public sealed class ArrayType : AbiType
{
    /// <summary>Creates <paramref name="elementType"/>[].</summary>
    public ArrayType(AbiType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        ElementType = elementType;
        CanonicalName = elementType.CanonicalName + "[]";
    }

    /// <summary>Element type.</summary>
    public AbiType ElementType { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic => true;
}

/// <summary>T[k]. Values: a list of exactly k element values.</summary>
public sealed class FixedArrayType : AbiType
{
    /// <summary>Creates <paramref name="elementType"/>[<paramref name="length"/>].</summary>
    public FixedArrayType(AbiType elementType, int length)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ElementType = elementType;
        Length = length;
        CanonicalName = elementType.CanonicalName + "[" + length.ToString(CultureInfo.InvariantCulture) + "]";
        HeadSize = elementType.IsDynamic ? 32 : checked(elementType.HeadSize * length);
    }

    /// <summary>Element type.</summary>
    public AbiType ElementType { get; }

    /// <summary>Number of elements.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic => ElementType.IsDynamic;

    /// <inheritdoc />
    public override int HeadSize { get; }
}

/// <summary>(T1,...,Tn), a struct. Values: object?[] with one value per component, in order.</summary>
public sealed class TupleType : AbiType
{
    /// <summary>Creates a tuple of the given component types.</summary>
    public TupleType(IReadOnlyList<AbiType> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        Components = components;
        CanonicalName = "(" + string.Join(",", components.Select(c => c.CanonicalName)) + ")";
        IsDynamic = components.Any(c => c.IsDynamic);
        HeadSize = IsDynamic ? 32 : components.Sum(c => c.HeadSize);
    }

    /// <summary>Component types in order.</summary>
    public IReadOnlyList<AbiType> Components { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic { get; }

    /// <inheritdoc />
    public override int HeadSize { get; }
}
