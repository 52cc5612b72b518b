using System.Collections;
using System.Numerics;
using System.Text;

namespace KeeperSuite.Ethereum.Abi;

/// <summary>
/// Solidity ABI encoder (abi.encode). Accepted .NET values per type:
/// uintN/intN: <see cref="BigInteger"/> or any built-in integer type; address: <see cref="Address"/> or a hex string;
/// bool: <see cref="bool"/>; bytesN: byte[] of exactly N bytes; bytes: byte[] or <see cref="ReadOnlyMemory{T}"/>;
/// string: <see cref="string"/>; T[] and T[k]: any <see cref="IList"/> (object?[], List&lt;T&gt;, BigInteger[], ...);
/// tuples: any <see cref="IList"/> with one value per component (object?[] by convention).
/// </summary>
public static class AbiEncoder
{
    private const int Word = 32;

    /// <summary>Encodes values as a parameter list (abi.encode(v1, ..., vn)), e.g. call arguments without the selector.</summary>
    /// <exception cref="AbiEncodingException">Wrong value count or a value that does not fit its type.</exception>
    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(values);
        if (types.Count != values.Count)
            throw new AbiEncodingException($"Expected {types.Count} values for ({string.Join(",", types)}); got {values.Count}.");
        var size = 0;
        for (var i = 0; i < types.Count; i++)
        {
            try
            {
                size = checked(size + (types[i].IsDynamic ? Word : 0) + Size(types[i], values[i]));
            }
            catch (AbiEncodingException e)
            {
                throw new AbiEncodingException($"Value {i} ({types[i]}): {e.Message}", e);
            }
        }
        var output = new byte[size];
        WriteSequence(types.Count, i => types[i], i => values[i], output);
        return output;
    }

    /// <summary>Encodes one value as abi.encode(value) does.</summary>
    public static byte[] Encode(AbiType type, object? value) => Encode([type], [value]);

    /// <summary>Encodes values against type names, e.g. Encode(["uint256", "address[]"], 1, list).</summary>
    public static byte[] Encode(IReadOnlyList<string> typeNames, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(typeNames);
        return Encode(typeNames.Select(AbiType.Parse).ToArray(), values);
    }

    private static int SequenceSize(int count, Func<int, AbiType> typeAt, Func<int, object?> valueAt)
    {
        var size = 0;
        for (var i = 0; i < count; i++)
        {
            var type = typeAt(i);
            size = checked(size + (type.IsDynamic ? Word + Size(type, valueAt(i)) : Size(type, valueAt(i))));
        }
        return size;
    }

    // Full encoded size of a value (for static types equals HeadSize); validates every value on the way.
    private static int Size(AbiType type, object? value)
    {
        switch (type)
        {
            case UIntType or IntType or AddressType or BoolType or FixedBytesType:
                Validate(type, value);
                return Word;
            case BytesType:
                return Word + PaddedLength(AsBytes(type, value).Length);
            case StringType:
                return Word + PaddedLength(Encoding.UTF8.GetByteCount(AsString(value)));
            case ArrayType array:
            {
                var list = AsList(type, value, expectedLength: null);
                return checked(Word + SequenceSize(list.Count, _ => array.ElementType, i => list[i]));
            }
            case FixedArrayType fixedArray:
            {
                var list = AsList(type, value, fixedArray.Length);
                return SequenceSize(list.Count, _ => fixedArray.ElementType, i => list[i]);
            }
            case TupleType tuple:
            {
                var list = AsList(type, value, tuple.Components.Count);
                return SequenceSize(list.Count, i => tuple.Components[i], i => list[i]);
            }
            default:
                throw new AbiEncodingException($"Unsupported ABI type {type}.");
        }
    }

    private static int PaddedLength(int length) => checked((length + Word - 1) / Word * Word);

    private static int WriteSequence(int count, Func<int, AbiType> typeAt, Func<int, object?> valueAt, Span<byte> output)
    {
        var tail = 0;
        for (var i = 0; i < count; i++)
            tail += typeAt(i).HeadSize;
        var head = 0;
        for (var i = 0; i < count; i++)
        {
            var type = typeAt(i);
            if (type.IsDynamic)
            {
                UInt256.WriteBigEndian(tail, output[head..]);
                tail += Write(type, valueAt(i), output[tail..]);
                head += Word;
            }
            else
            {
                head += Write(type, valueAt(i), output[head..]);
            }
        }
        return tail;
    }

    private static int Write(AbiType type, object? value, Span<byte> output)
    {
        switch (type)
        {
            case UIntType:
                UInt256.WriteBigEndian(AsBigInteger(type, value), output);
                return Word;
            case IntType:
                Int256.WriteBigEndian(AsBigInteger(type, value), output);
                return Word;
            case AddressType:
                AsAddress(value).CopyTo(output[12..]);
                return Word;
            case BoolType:
                output[Word - 1] = (bool)value! ? (byte)1 : (byte)0;
                return Word;
            case FixedBytesType:
                ((byte[])value!).CopyTo(output);
                return Word;
            case BytesType:
            {
                var bytes = AsBytes(type, value);
                UInt256.WriteBigEndian(bytes.Length, output);
                bytes.CopyTo(output[Word..]);
                return Word + PaddedLength(bytes.Length);
            }
            case StringType:
            {
                var length = Encoding.UTF8.GetBytes(AsString(value), output[Word..]);
                UInt256.WriteBigEndian(length, output);
                return Word + PaddedLength(length);
            }
            case ArrayType array:
            {
                var list = (IList)value!;
                UInt256.WriteBigEndian(list.Count, output);
                return Word + WriteSequence(list.Count, _ => array.ElementType, i => list[i], output[Word..]);
            }
            case FixedArrayType fixedArray:
            {
                var list = (IList)value!;
                return WriteSequence(list.Count, _ => fixedArray.ElementType, i => list[i], output);
            }
            case TupleType tuple:
            {
                var list = (IList)value!;
                return WriteSequence(list.Count, i => tuple.Components[i], i => list[i], output);
            }
            default:
                throw new AbiEncodingException($"Unsupported ABI type {type}.");
        }
    }

    private static void Validate(AbiType type, object? value)
    {
        switch (type)
        {
            case UIntType u:
            {
                var v = AsBigInteger(type, value);
                if (v.Sign < 0 || v > UInt256.MaxValueOf(u.Bits))
                    throw new AbiEncodingException($"{v} is out of range for {type}.");
                break;
            }
            case IntType s:
            {
                var v = AsBigInteger(type, value);
                if (v < Int256.MinValueOf(s.Bits) || v > Int256.MaxValueOf(s.Bits))
                    throw new AbiEncodingException($"{v} is out of range for {type}.");
                break;
            }
            case AddressType:
                AsAddress(value);
                break;
            case BoolType when value is not bool:
                throw new AbiEncodingException($"bool expects a bool value; got {Describe(value)}.");
            case FixedBytesType f when value is not byte[] b || b.Length != f.Size:
                throw new AbiEncodingException($"{type} expects a byte[] of exactly {f.Size} bytes; got {Describe(value)}.");
        }
    }

    internal static BigInteger AsBigInteger(AbiType type, object? value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong u => u,
        short s => s,
        ushort u => u,
        byte b => b,
        sbyte s => s,
        UInt128 u => u,
        Int128 i => i,
        _ => throw new AbiEncodingException($"{type} expects an integer (BigInteger, long, ...); got {Describe(value)}."),
    };

    private static Address AsAddress(object? value) => value switch
    {
        Address a => a,
        string s when Address.TryParse(s, out var a) => a,
        string s => throw new AbiEncodingException($"address value '{s}' is not a valid address: " + AddressError(s)),
        _ => throw new AbiEncodingException($"address expects an Address or a hex string; got {Describe(value)}."),
    };

    private static string AddressError(string s)
    {
        try
        {
            Address.Parse(s);
            return string.Empty;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static ReadOnlySpan<byte> AsBytes(AbiType type, object? value) => value switch
    {
        byte[] b => b,
        ReadOnlyMemory<byte> m => m.Span,
        Memory<byte> m => m.Span,
        _ => throw new AbiEncodingException($"{type} expects a byte[]; got {Describe(value)}."),
    };

    private static string AsString(object? value) =>
        value as string ?? throw new AbiEncodingException($"string expects a string; got {Describe(value)}.");

    private static IList AsList(AbiType type, object? value, int? expectedLength)
    {
        if (value is not IList list)
            throw new AbiEncodingException($"{type} expects a list (object?[], List<T>, ...); got {Describe(value)}.");
        if (expectedLength is { } n && list.Count != n)
            throw new AbiEncodingException($"{type} expects exactly {n} values; got {list.Count}.");
        return list;
    }

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;
}
