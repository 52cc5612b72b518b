using System.Text.Json;

namespace KeeperSuite.Ethereum.Tests;

public sealed class RlpTests
{
    private static RlpItem FromJson(JsonElement json) => json.ValueKind == JsonValueKind.Array
        ? new RlpList(json.EnumerateArray().Select(FromJson).ToArray())
        : RlpItem.From(Hex.Decode(json.GetString()!));

    [Fact]
    public void Encode_and_decode_match_ethers()
    {
        var vectors = Vectors.Load("rlp.json");
        Assert.True(vectors.GetArrayLength() > 10);
        foreach (var vector in vectors.EnumerateArray())
        {
            var item = FromJson(vector.GetProperty("input"));
            var encoded = vector.GetProperty("encoded").GetString()!;
            Assert.Equal(encoded, Hex.Encode(Rlp.Encode(item)));
            Assert.Equal(item, Rlp.Decode(Hex.Decode(encoded)));
        }
    }

    [Fact]
    public void Encode_list_of_encoded_elements_equals_tree_encoding()
    {
        var tree = RlpItem.List(RlpItem.From([0x63, 0x61, 0x74]), RlpItem.From(System.Numerics.BigInteger.Zero));
        Assert.Equal(Rlp.Encode(tree), Rlp.EncodeList(Rlp.EncodeElement([0x63, 0x61, 0x74]), Rlp.EncodeElement([])));
        Assert.Equal("0xc58363617480", Hex.Encode(Rlp.Encode(tree)));
    }

    [Fact]
    public void Integers_are_minimal_big_endian()
    {
        Assert.Equal("0x80", Hex.Encode(Rlp.Encode(RlpItem.From(System.Numerics.BigInteger.Zero))));
        Assert.Equal("0x0f", Hex.Encode(Rlp.Encode(RlpItem.From(new System.Numerics.BigInteger(15)))));
        Assert.Equal("0x820400", Hex.Encode(Rlp.Encode(RlpItem.From(new System.Numerics.BigInteger(1024)))));
        Assert.Equal(1024, (int)((RlpString)Rlp.Decode(Hex.Decode("0x820400"))).ToBigInteger());
        Assert.Throws<ArgumentOutOfRangeException>(() => RlpItem.From(System.Numerics.BigInteger.MinusOne));
        Assert.Throws<RlpException>(() => new RlpString([0, 1]).ToBigInteger());
    }

    [Theory]
    [InlineData("0x", "ended")]
    [InlineData("0x8100", "single byte")]
    [InlineData("0x8101", "single byte")]
    [InlineData("0x83aabb", "declares 3")]
    [InlineData("0xb800", "leading zero")]
    [InlineData("0xb80100", "short form")]
    [InlineData("0xc301020304", "ends at byte")]
    [InlineData("0x0102", "ends at byte")]
    [InlineData("0xc2c1", "declares 2")]
    [InlineData("0xbfffffffffffffffff", "larger than")]
    public void Malformed_rlp_is_rejected_with_a_clear_message(string hex, string message)
    {
        var e = Assert.Throws<RlpException>(() => Rlp.Decode(Hex.Decode(hex)));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_a_stack_overflow()
    {
        RlpItem item = RlpItem.List();
        for (var i = 0; i < Rlp.MaxDepth + 5; i++)
            item = RlpItem.List(item);
        var e = Assert.Throws<RlpException>(() => Rlp.Decode(Rlp.Encode(item)));
        Assert.Contains("deeper", e.Message, StringComparison.Ordinal);
    }
}
