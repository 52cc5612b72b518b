using System.Numerics;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>FsCheck properties: ABI and RLP round trips, and decoders that fail only with their own exception on any input.</summary>
public sealed class PropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static Gen<byte[]> Bytes(int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    private static Gen<AbiType> TypeGen(int depth)
    {
        var widths = Enumerable.Range(1, 32).Select(i => i * 8).ToArray();
        var leaves = Gen.OneOf(
            Gen.Elements(widths).Select(b => (AbiType)new UIntType(b)),
            Gen.Elements(widths).Select(b => (AbiType)new IntType(b)),
            Gen.Constant<AbiType>(AddressType.Instance),
            Gen.Constant<AbiType>(BoolType.Instance),
            Gen.Choose(1, 32).Select(n => (AbiType)new FixedBytesType(n)),
            Gen.Constant<AbiType>(BytesType.Instance),
            Gen.Constant<AbiType>(StringType.Instance));
        if (depth >= 3)
            return leaves;
        var inner = TypeGen(depth + 1);
        return Gen.Frequency(
            (6, leaves),
            (1, inner.Select(t => (AbiType)new ArrayType(t))),
            (1, inner.SelectMany(t => Gen.Choose(0, 3).Select(n => (AbiType)new FixedArrayType(t, n)))),
            (1, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(inner, n)).Select(c => (AbiType)new TupleType(c))));
    }

    private static Gen<BigInteger> Unsigned(int bits) =>
        Bytes(bits / 8).Select(b => new BigInteger(b, isUnsigned: true, isBigEndian: true) % (BigInteger.One << bits));

    private static Gen<object?> ValueGen(AbiType type) => type switch
    {
        UIntType u => Unsigned(u.Bits).Select(v => (object?)v),
        IntType s => Unsigned(s.Bits).Select(v => (object?)(v - (BigInteger.One << (s.Bits - 1)))),
        AddressType => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 20).Select(b => (object?)new Address(b)),
        BoolType => Gen.Elements(true, false).Select(b => (object?)b),
        FixedBytesType f => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), f.Size).Select(b => (object?)b),
        BytesType => Bytes(80).Select(b => (object?)b),
        StringType => Gen.Elements("", "a", "déficit", "🦄", new string('x', 70)).Select(s => (object?)s),
        ArrayType a => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(ValueGen(a.ElementType), n)).Select(v => (object?)v),
        FixedArrayType f => Gen.ArrayOf(ValueGen(f.ElementType), f.Length).Select(v => (object?)v),
        TupleType t => t.Components.Select(ValueGen).ToArray() is { Length: > 0 } gens
            ? Gen.CollectToArray(gens).Select(v => (object?)v)
            : Gen.Constant<object?>(Array.Empty<object?>()),
        _ => throw new NotSupportedException(type.ToString()),
    };

    private static readonly Gen<(AbiType Type, object? Value)> TypedValue =
        TypeGen(0).SelectMany(t => ValueGen(t).Select(v => (t, v)));

    [Fact]
    public void Abi_decode_inverts_encode()
    {
        Check.One(Config, Prop.ForAll(TypedValue.ToArbitrary(), pair =>
        {
            var encoded = AbiEncoder.Encode(pair.Type, pair.Value);
            var decoded = AbiDecoder.Decode(pair.Type, encoded);
            return encoded.Length % 32 == 0
                && JsonNode.DeepEquals(Vectors.ToJson(pair.Type, pair.Value), Vectors.ToJson(pair.Type, decoded))
                && AbiType.Parse(pair.Type.CanonicalName).Equals(pair.Type);
        }));
    }

    [Fact]
    public void Abi_decoder_only_ever_throws_AbiDecodingException()
    {
        // Valid encodings with random bytes overwritten or truncated, and pure garbage.
        var mutated = TypedValue.SelectMany(pair =>
        {
            var encoded = AbiEncoder.Encode(pair.Type, pair.Value);
            return Gen.Choose(0, Math.Max(0, encoded.Length)).SelectMany(cut =>
                Gen.Choose(0, 255).SelectMany(noise => Gen.Choose(0, Math.Max(0, encoded.Length - 1)).Select(at =>
                {
                    var copy = encoded.ToArray();
                    if (copy.Length > 0)
                        copy[at] = (byte)noise;
                    return (pair.Type, Data: copy[..cut]);
                })));
        });
        var garbage = TypeGen(0).SelectMany(t => Bytes(300).Select(d => (Type: t, Data: d)));
        Check.One(Config, Prop.ForAll(Gen.OneOf(mutated, garbage).ToArbitrary(), c =>
        {
            try
            {
                AbiDecoder.Decode(c.Type, c.Data);
            }
            catch (AbiDecodingException)
            {
            }
        }));
    }

    private static Gen<RlpItem> RlpGen(int depth) => depth >= 4
        ? Bytes(70).Select(b => (RlpItem)new RlpString(b))
        : Gen.Frequency(
            (3, Bytes(70).Select(b => (RlpItem)new RlpString(b))),
            (1, Gen.Choose(0, 250).Select(b => (RlpItem)new RlpString([(byte)b]))),
            (1, Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(RlpGen(depth + 1), n)).Select(items => (RlpItem)new RlpList(items))));

    [Fact]
    public void Rlp_decode_inverts_encode()
    {
        Check.One(Config, Prop.ForAll(RlpGen(0).ToArbitrary(), item => Rlp.Decode(Rlp.Encode(item)).Equals(item)));
    }

    [Fact]
    public void Rlp_decoder_only_ever_throws_RlpException()
    {
        Check.One(Config, Prop.ForAll(Bytes(200).ToArbitrary(), data =>
        {
            try
            {
                var item = Rlp.Decode(data);
                // Whatever decodes must be canonical: re-encoding gives the same bytes.
                if (!Rlp.Encode(item).AsSpan().SequenceEqual(data))
                    throw new InvalidOperationException($"non-canonical input {Hex.Encode(data)} was accepted");
            }
            catch (RlpException)
            {
            }
        }));
    }

    [Fact]
    public void Address_and_quantity_round_trip()
    {
        var addresses = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 20).Select(b => new Address(b));
        Check.One(Config, Prop.ForAll(addresses.ToArbitrary(), a =>
            Address.Parse(a.ToString()) == a && Address.Parse(a.ToLowerHex()) == a));
        Check.One(Config, Prop.ForAll(Unsigned(256).ToArbitrary(), v => HexQuantity.Decode(HexQuantity.Encode(v)) == v));
    }
}
