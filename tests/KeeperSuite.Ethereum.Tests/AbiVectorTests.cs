using System.Text.Json;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>ABI encoding and decoding checked byte for byte against ethers v6 (tests/vectors/abi.json).</summary>
public sealed class AbiVectorTests
{
    public static TheoryData<int> Cases() => new(Enumerable.Range(0, Vectors.Load("abi.json").GetArrayLength()));

    private static (AbiType[] Types, JsonElement Values, string Encoded) Case(int index)
    {
        var vector = Vectors.Load("abi.json")[index];
        var types = vector.GetProperty("types").EnumerateArray().Select(t => AbiType.Parse(t.GetString()!)).ToArray();
        return (types, vector.GetProperty("values"), vector.GetProperty("encoded").GetString()!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encode_matches_ethers(int index)
    {
        var (types, values, encoded) = Case(index);
        Assert.Equal(encoded, Hex.Encode(AbiEncoder.Encode(types, Vectors.ToValues(types, values))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_of_ethers_encoding_gives_the_original_values(int index)
    {
        var (types, values, encoded) = Case(index);
        Vectors.AssertJsonEqual(values, Vectors.ToJson(types, AbiDecoder.Decode(types, Hex.Decode(encoded))));
    }

    [Fact]
    public void The_vectors_cover_every_kind_of_type()
    {
        var names = Enumerable.Range(0, Vectors.Load("abi.json").GetArrayLength())
            .SelectMany(i => Case(i).Types).Select(t => t.CanonicalName).ToList();
        Assert.Contains(names, n => n.StartsWith('(') && n.EndsWith("[]", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("[2]", StringComparison.Ordinal));
        Assert.Contains("string[][]", names);
        Assert.Contains("int8", names);
        Assert.Contains("uint256", names);
        Assert.Contains("bytes32", names);
    }
}
