using System.Numerics;
using System.Text;

namespace KeeperSuite.Ethereum.Abi;

/// <summary>
/// Solidity ABI decoder (abi.decode). Produces: uintN/intN → <see cref="BigInteger"/>, address → <see cref="Address"/>,
/// bool → <see cref="bool"/>, bytesN and bytes → byte[], string → <see cref="string"/>, T[] / T[k] and tuples → object?[]
/// (which is also an <see cref="IReadOnlyList{T}"/> of object?).
/// </summary>
/// <remarks>
/// Hostile input is expected (revert data, logs and call results come from untrusted contracts and nodes):
/// every offset and length is bounds-checked before use, array lengths are checked against the bytes that
/// are left before anything is allocated, and the total bytes read are capped at a multiple of the input
/// size so that offsets pointing at shared data cannot inflate a small input into gigabytes. Values must be
/// clean: an address or uintN with dirty high bits, or a bool other than 0/1, is rejected like Solidity does.
/// </remarks>
public static class AbiDecoder
{
    private const int Word = 32;

    /// <summary>How many times the input size the decoder may read in total (guards against offset aliasing bombs).</summary>
    public const int MaxInflation = 64;

    /// <summary>Decodes a parameter list (abi.decode(data, (T1, ..., Tn))). Trailing bytes are ignored.</summary>
    /// <exception cref="AbiDecodingException">The data does not hold a valid encoding of the types.</exception>
    public static object?[] Decode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(types);
        var reader = new Reader(data);
        return reader.DecodeSequence(types.Count, i => types[i], 0);
    }

    /// <summary>Decodes one value encoded as abi.encode(value).</summary>
    /// <exception cref="AbiDecodingException">The data does not hold a valid encoding of the type.</exception>
    public static object? Decode(AbiType type, ReadOnlySpan<byte> data) => Decode([type], data)[0];

    /// <summary>Decodes against type names, e.g. Decode(["uint256", "address[]"], data).</summary>
    public static object?[] Decode(IReadOnlyList<string> typeNames, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(typeNames);
        return Decode(typeNames.Select(AbiType.Parse).ToArray(), data);
    }

    private ref struct Reader
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly ReadOnlySpan<byte> _data;
        private long _budget;

        public Reader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _budget = (long)MaxInflation * data.Length + 1024;
        }

        public object?[] DecodeSequence(int count, Func<int, AbiType> typeAt, int start)
        {
            var values = new object?[count];
            var head = start;
            for (var i = 0; i < count; i++)
            {
                var type = typeAt(i);
                if (type.IsDynamic)
                {
                    var offset = ReadSize(head, "offset");
                    var target = (long)start + offset;
                    if (target > _data.Length)
                        throw new AbiDecodingException(
                            $"Offset {offset} at byte {head} for {type} points past the end of the data ({_data.Length} bytes).");
                    values[i] = DecodeAt(type, (int)target);
                    head += Word;
                }
                else
                {
                    values[i] = DecodeAt(type, head);
                    head += type.HeadSize;
                }
            }
            return values;
        }

        private object? DecodeAt(AbiType type, int position)
        {
            switch (type)
            {
                case UIntType u:
                {
                    var value = UInt256.FromBigEndian(ReadWord(position, type));
                    return u.Bits == 256 || value <= UInt256.MaxValueOf(u.Bits)
                        ? value
                        : throw new AbiDecodingException($"Value at byte {position} does not fit in {type}.");
                }
                case IntType s:
                {
                    var value = Int256.FromBigEndian(ReadWord(position, type));
                    return value >= Int256.MinValueOf(s.Bits) && value <= Int256.MaxValueOf(s.Bits)
                        ? value
                        : throw new AbiDecodingException($"Value at byte {position} does not fit in {type}.");
                }
                case AddressType:
                {
                    var word = ReadWord(position, type);
                    return word[..12].IndexOfAnyExcept((byte)0) < 0
                        ? new Address(word[12..])
                        : throw new AbiDecodingException($"Address at byte {position} has non-zero high bytes.");
                }
                case BoolType:
                {
                    var word = ReadWord(position, type);
                    return word[..31].IndexOfAnyExcept((byte)0) < 0 && word[31] <= 1
                        ? word[31] == 1
                        : throw new AbiDecodingException($"Bool at byte {position} is neither 0 nor 1.");
                }
                case FixedBytesType f:
                {
                    var word = ReadWord(position, type);
                    return word[f.Size..].IndexOfAnyExcept((byte)0) < 0
                        ? word[..f.Size].ToArray()
                        : throw new AbiDecodingException($"{type} at byte {position} has non-zero padding.");
                }
                case BytesType:
                    return ReadDynamicBytes(position, type).ToArray();
                case StringType:
                {
                    var bytes = ReadDynamicBytes(position, type);
                    try
                    {
                        return StrictUtf8.GetString(bytes);
                    }
                    catch (DecoderFallbackException e)
                    {
                        throw new AbiDecodingException($"String at byte {position} is not valid UTF-8.", e);
                    }
                }
                case ArrayType array:
                {
                    var count = ReadSize(position, "array length");
                    var start = position + Word;
                    var remaining = _data.Length - start;
                    var elementSize = array.ElementType.HeadSize;
                    if ((long)count * elementSize > remaining)
                        throw new AbiDecodingException(
                            $"{type} at byte {position} declares {count} elements but only {remaining} bytes follow.");
                    // Elements of zero size (T[0], ()) take no bytes, so only the read budget bounds their count.
                    if (elementSize == 0 && count > _budget)
                        throw new AbiDecodingException(
                            $"{type} at byte {position} declares {count} empty elements, more than this input can justify.");
                    if (elementSize == 0)
                        Spend(count);
                    return DecodeSequence(count, _ => array.ElementType, start);
                }
                case FixedArrayType fixedArray:
                    return DecodeSequence(fixedArray.Length, _ => fixedArray.ElementType, position);
                case TupleType tuple:
                    return DecodeSequence(tuple.Components.Count, i => tuple.Components[i], position);
                default:
                    throw new AbiDecodingException($"Unsupported ABI type {type}.");
            }
        }

        private ReadOnlySpan<byte> ReadDynamicBytes(int position, AbiType type)
        {
            var length = ReadSize(position, "length");
            var start = position + Word;
            if ((long)start + length > _data.Length)
                throw new AbiDecodingException(
                    $"{type} at byte {position} declares {length} bytes but only {_data.Length - start} follow.");
            Spend(length);
            return _data.Slice(start, length);
        }

        private ReadOnlySpan<byte> ReadWord(int position, AbiType type)
        {
            if ((long)position + Word > _data.Length)
                throw new AbiDecodingException(
                    $"Data too short: {type} needs bytes {position}..{(long)position + Word} but there are {_data.Length}.");
            Spend(Word);
            return _data.Slice(position, Word);
        }

        // Offsets and lengths must fit in an int; anything larger cannot point inside an in-memory buffer.
        private int ReadSize(int position, string what)
        {
            if ((long)position + Word > _data.Length)
                throw new AbiDecodingException(
                    $"Data too short: {what} needs bytes {position}..{(long)position + Word} but there are {_data.Length}.");
            Spend(Word);
            var word = _data.Slice(position, Word);
            if (word[..28].IndexOfAnyExcept((byte)0) >= 0 || word[28] >= 0x80)
                throw new AbiDecodingException($"The {what} at byte {position} (0x{Convert.ToHexStringLower(word).TrimStart('0')}) is too large.");
            return (word[28] << 24) | (word[29] << 16) | (word[30] << 8) | word[31];
        }

        private void Spend(int bytes)
        {
            _budget -= Math.Max(bytes, 1);
            if (_budget < 0)
                throw new AbiDecodingException(
                    $"Decoding would read more than {MaxInflation}x the input size: offsets alias the same data (malformed or hostile input).");
        }
    }
}
