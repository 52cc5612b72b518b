using System.Diagnostics;
using System.Numerics;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>Malformed ABI data must give AbiDecodingException with a reason — never IndexOutOfRange, a hang, or a huge allocation.</summary>
public sealed class AbiNegativeTests
{
    private static byte[] Words(params BigInteger[] words) => words.SelectMany(UInt256.ToBigEndian).ToArray();

    private static AbiDecodingException Rejects(string types, byte[] data)
    {
        var parsed = AbiType.Parse("(" + types + ")");
        return Assert.Throws<AbiDecodingException>(() => AbiDecoder.Decode(((TupleType)parsed).Components, data));
    }

    [Fact]
    public void Short_buffers()
    {
        Assert.Contains("too short", Rejects("uint256", new byte[31]).Message, StringComparison.Ordinal);
        Assert.Contains("too short", Rejects("uint256,address", Words(1)).Message, StringComparison.Ordinal);
        Rejects("(uint256,uint256)[2]", Words(1, 2, 3));
        Rejects("bytes", []);
    }

    [Fact]
    public void Offsets_outside_the_data()
    {
        Assert.Contains("past the end", Rejects("bytes", Words(64)).Message, StringComparison.Ordinal);
        Assert.Contains("too large", Rejects("string", Words(BigInteger.One << 200)).Message, StringComparison.Ordinal);
        Assert.Contains("too large", Rejects("uint256[]", Words(UInt256.MaxValue)).Message, StringComparison.Ordinal);
        Rejects("uint256,bytes[]", Words(1, 64, 1, 0x7fffffff));
    }

    [Fact]
    public void Oversized_lengths_are_refused_before_allocating()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Contains("declares", Rejects("bytes", Words(32, int.MaxValue)).Message, StringComparison.Ordinal);
        Assert.Contains("declares", Rejects("uint256[]", Words(32, int.MaxValue)).Message, StringComparison.Ordinal);
        Assert.Contains("declares", Rejects("string[]", Words(32, 1_000_000)).Message, StringComparison.Ordinal);
        Assert.Contains("declares", Rejects("()[]", Words(32, int.MaxValue)).Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000);
    }

    [Fact]
    public void Offsets_aliasing_the_same_data_cannot_inflate_a_small_input()
    {
        // uint256[][][][] where every level has 500 elements whose offsets all point at the same child:
        // ~64 KB of input that would otherwise decode to 500^3 arrays.
        const int n = 500;
        var level = new List<BigInteger>();
        // Layout: [offset to outer] then, for each of 3 levels, [count, n offsets all = n*32] followed by next level.
        level.Add(32);
        for (var depth = 0; depth < 3; depth++)
        {
            level.Add(n);
            level.AddRange(Enumerable.Repeat(new BigInteger(n * 32), n));
        }
        level.Add(n);
        level.AddRange(Enumerable.Repeat(BigInteger.One, n));
        var data = Words([.. level]);
        var watch = Stopwatch.StartNew();
        var e = Rejects("uint256[][][][]", data);
        Assert.Contains("alias", e.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Dirty_values_are_rejected()
    {
        Assert.Contains("non-zero high bytes", Rejects("address", Words(BigInteger.One << 160)).Message, StringComparison.Ordinal);
        Assert.Contains("neither 0 nor 1", Rejects("bool", Words(2)).Message, StringComparison.Ordinal);
        Assert.Contains("does not fit in uint8", Rejects("uint8", Words(256)).Message, StringComparison.Ordinal);
        Assert.Contains("does not fit in int8", Rejects("int8", Words(128)).Message, StringComparison.Ordinal);
        Assert.Contains("padding", Rejects("bytes1", Words(BigInteger.One)).Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", Rejects("string", [.. Words(32, 1), 0xff, .. new byte[31]]).Message, StringComparison.Ordinal);
        Assert.Equal(new BigInteger(-1), AbiDecoder.Decode(AbiType.Parse("int8"), Words(UInt256.MaxValue)));
    }

    [Fact]
    public void Encoder_rejects_values_that_do_not_fit()
    {
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("uint8"), 256));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("uint256"), -1));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("int16"), 40000));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("bytes4"), new byte[3]));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("uint256[2]"), new object[] { 1 }));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("bool"), 1));
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("string"), new byte[1]));
        var e = Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode(AbiType.Parse("address"), "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
        Assert.Throws<AbiEncodingException>(() => AbiEncoder.Encode([AbiType.Parse("uint256")], Array.Empty<object?>()));
    }

    [Fact]
    public void Encoding_errors_name_the_argument()
    {
        var function = FunctionAbi.FromSignature("liquidate(uint256,address,uint8)");
        var e = Assert.Throws<AbiEncodingException>(() => function.EncodeCall(BigInteger.One, Address.Zero, 300));
        Assert.Contains("Value 2 (uint8)", e.Message, StringComparison.Ordinal);
        Assert.Contains("300", e.Message, StringComparison.Ordinal);
        Assert.Contains("takes 3 arguments", Assert.Throws<AbiEncodingException>(() => function.EncodeCall(1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoder_accepts_convenient_dotnet_values()
    {
        var address = Address.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        var viaBig = AbiEncoder.Encode(AbiType.Parse("(uint64,address,uint8[])"), new object?[] { new BigInteger(5), address, new object[] { BigInteger.One } });
        var viaNative = AbiEncoder.Encode(AbiType.Parse("(uint64,address,uint8[])"), new object?[] { 5UL, address.ToString(), new List<int> { 1 } });
        Assert.Equal(viaBig, viaNative);
    }

    [Theory]
    [InlineData("uint7")]
    [InlineData("uint264")]
    [InlineData("uint08")]
    [InlineData("bytes0")]
    [InlineData("bytes33")]
    [InlineData("fixed128x18")]
    [InlineData("tuple(uint256")]
    [InlineData("uint256[")]
    [InlineData("uint256[x]")]
    [InlineData("(uint256,)")]
    [InlineData("mapping")]
    [InlineData("")]
    public void Bad_type_names_are_rejected(string name) =>
        Assert.Throws<FormatException>(() => AbiType.Parse(name));

    [Theory]
    [InlineData("uint", "uint256")]
    [InlineData("int[]", "int256[]")]
    [InlineData("tuple(uint256,address[])[]", "(uint256,address[])[]")]
    [InlineData("(bool,(string,bytes32)[2])[][3]", "(bool,(string,bytes32)[2])[][3]")]
    [InlineData("uint8[2][]", "uint8[2][]")]
    public void Type_names_are_canonicalised(string name, string canonical) =>
        Assert.Equal(canonical, AbiType.Parse(name).CanonicalName);

    [Fact]
    public void Array_suffixes_nest_from_the_right()
    {
        var type = Assert.IsType<ArrayType>(AbiType.Parse("uint8[2][]"));
        Assert.Equal(2, Assert.IsType<FixedArrayType>(type.ElementType).Length);
        Assert.Equal(64, AbiType.Parse("uint8[2]").HeadSize);
        Assert.False(AbiType.Parse("(uint8,bytes32)[2]").IsDynamic);
        Assert.True(AbiType.Parse("(uint8,bytes)[2]").IsDynamic);
    }
}
