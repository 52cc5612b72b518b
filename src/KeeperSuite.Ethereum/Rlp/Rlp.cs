using System.Buffers.Binary;
using System.Numerics;

// Root namespace on purpose: a KeeperSuite.Ethereum.Rlp namespace would shadow the Rlp class for every caller.
namespace KeeperSuite.Ethereum;

/// <summary>Recursive Length Prefix encoding (Ethereum Yellow Paper, appendix B).</summary>
public static class Rlp
{
    private const byte ShortStringOffset = 0x80;
    private const byte LongStringOffset = 0xb7;
    private const byte ShortListOffset = 0xc0;
    private const byte LongListOffset = 0xf7;
    private const int MaxShortLength = 55;

    /// <summary>Deepest list nesting <see cref="Decode"/> accepts; stops stack exhaustion on hostile input.</summary>
    public const int MaxDepth = 256;

    /// <summary>Encodes an item tree.</summary>
    public static byte[] Encode(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item switch
        {
            RlpString { Bytes: [< ShortStringOffset] } s => [s.Bytes[0]],
            RlpString s => WithHeader(s.Bytes, ShortStringOffset, LongStringOffset),
            RlpList l => EncodeList(l.Items.Select(Encode).ToArray()),
            _ => throw new ArgumentException($"Unknown RLP item type {item.GetType().Name}.", nameof(item)),
        };
    }

    /// <summary>Encodes one byte string (Nethereum: RLP.EncodeElement).</summary>
    public static byte[] EncodeElement(ReadOnlySpan<byte> bytes) => Encode(RlpItem.From(bytes));

    /// <summary>Wraps already-encoded items in a list header (Nethereum: RLP.EncodeList).</summary>
    public static byte[] EncodeList(params byte[][] encodedItems)
    {
        ArgumentNullException.ThrowIfNull(encodedItems);
        var payload = 0;
        foreach (var item in encodedItems)
            payload = checked(payload + item.Length);
        var output = new byte[HeaderLength(payload) + payload];
        var offset = WriteHeader(output, payload, ShortListOffset, LongListOffset);
        foreach (var item in encodedItems)
        {
            item.CopyTo(output, offset);
            offset += item.Length;
        }
        return output;
    }

    /// <summary>
    /// Decodes exactly one item that must span the whole input. Rejects non-canonical forms
    /// (a single byte below 0x80 wrapped in a header, long forms for short payloads, length
    /// prefixes with leading zeros), truncated input and trailing bytes.
    /// </summary>
    /// <exception cref="RlpException">The input is not canonical RLP of one item.</exception>
    public static RlpItem Decode(ReadOnlySpan<byte> encoded)
    {
        var item = DecodeItem(encoded, 0, out var consumed);
        if (consumed != encoded.Length)
            throw new RlpException($"RLP item ends at byte {consumed} but the input has {encoded.Length} bytes.");
        return item;
    }

    private static byte[] WithHeader(ReadOnlySpan<byte> payload, byte shortOffset, byte longOffset)
    {
        var output = new byte[HeaderLength(payload.Length) + payload.Length];
        var offset = WriteHeader(output, payload.Length, shortOffset, longOffset);
        payload.CopyTo(output.AsSpan(offset));
        return output;
    }

    private static int HeaderLength(int payloadLength) =>
        payloadLength <= MaxShortLength ? 1 : 1 + LengthOfLength(payloadLength);

    private static int LengthOfLength(int length) => 4 - (BitOperations.LeadingZeroCount((uint)length) / 8);

    private static int WriteHeader(Span<byte> output, int payloadLength, byte shortOffset, byte longOffset)
    {
        if (payloadLength <= MaxShortLength)
        {
            output[0] = (byte)(shortOffset + payloadLength);
            return 1;
        }
        var lengthOfLength = LengthOfLength(payloadLength);
        output[0] = (byte)(longOffset + lengthOfLength);
        Span<byte> lengthBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(lengthBytes, (uint)payloadLength);
        lengthBytes[(4 - lengthOfLength)..].CopyTo(output[1..]);
        return 1 + lengthOfLength;
    }

    private static RlpItem DecodeItem(ReadOnlySpan<byte> input, int depth, out int consumed)
    {
        if (input.IsEmpty)
            throw new RlpException("RLP input ended where an item was expected.");
        var prefix = input[0];
        if (prefix < ShortStringOffset)
        {
            consumed = 1;
            return new RlpString([prefix]);
        }
        if (prefix < ShortListOffset)
        {
            var (headerLength, payloadLength) = ReadHeader(input, ShortStringOffset, LongStringOffset);
            var payload = input.Slice(headerLength, payloadLength);
            if (payloadLength == 1 && payload[0] < ShortStringOffset)
                throw new RlpException($"Non-canonical RLP: single byte 0x{payload[0]:x2} must be encoded as itself.");
            consumed = headerLength + payloadLength;
            return new RlpString(payload.ToArray());
        }
        if (depth >= MaxDepth)
            throw new RlpException($"RLP lists nest deeper than {MaxDepth} levels.");
        var (listHeader, listLength) = ReadHeader(input, ShortListOffset, LongListOffset);
        var body = input.Slice(listHeader, listLength);
        var items = new List<RlpItem>();
        while (!body.IsEmpty)
        {
            items.Add(DecodeItem(body, depth + 1, out var used));
            body = body[used..];
        }
        consumed = listHeader + listLength;
        return new RlpList(items);
    }

    private static (int HeaderLength, int PayloadLength) ReadHeader(ReadOnlySpan<byte> input, byte shortOffset, byte longOffset)
    {
        var prefix = input[0];
        int headerLength, payloadLength;
        if (prefix <= longOffset)
        {
            headerLength = 1;
            payloadLength = prefix - shortOffset;
        }
        else
        {
            var lengthOfLength = prefix - longOffset;
            if (lengthOfLength > 4)
                throw new RlpException($"RLP length prefix of {lengthOfLength} bytes is larger than this decoder supports (4).");
            if (input.Length < 1 + lengthOfLength)
                throw new RlpException("RLP input ended inside a length prefix.");
            if (input[1] == 0)
                throw new RlpException("Non-canonical RLP: length prefix has a leading zero byte.");
            uint length = 0;
            foreach (var b in input.Slice(1, lengthOfLength))
                length = (length << 8) | b;
            if (length <= MaxShortLength)
                throw new RlpException($"Non-canonical RLP: length {length} must use the short form.");
            if (length > int.MaxValue)
                throw new RlpException($"RLP length {length} is too large.");
            headerLength = 1 + lengthOfLength;
            payloadLength = (int)length;
        }
        if ((long)headerLength + payloadLength > input.Length)
            throw new RlpException(
                $"RLP item declares {payloadLength} payload bytes but only {input.Length - headerLength} remain.");
        return (headerLength, payloadLength);
    }
}
