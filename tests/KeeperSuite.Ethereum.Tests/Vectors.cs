using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>Locates the committed ethers vectors and converts their JSON value form to and from ABI values.</summary>
internal static class Vectors
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "tests", "vectors");

    public static JsonElement Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, fileName)));
        return document.RootElement.Clone();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KeeperSuite.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No KeeperSuite.sln above {AppContext.BaseDirectory}.");
    }

    // The generator's JSON form: integers as decimal strings, bytes as 0x hex, addresses checksummed.
    public static object? ToValue(AbiType type, JsonElement json) => type switch
    {
        UIntType or IntType => BigInteger.Parse(json.GetString()!, CultureInfo.InvariantCulture),
        AddressType => Address.Parse(json.GetString()!),
        BoolType => json.GetBoolean(),
        FixedBytesType or BytesType => Hex.Decode(json.GetString()!),
        StringType => json.GetString(),
        ArrayType a => json.EnumerateArray().Select(e => ToValue(a.ElementType, e)).ToArray(),
        FixedArrayType f => json.EnumerateArray().Select(e => ToValue(f.ElementType, e)).ToArray(),
        TupleType t => json.EnumerateArray().Select((e, i) => ToValue(t.Components[i], e)).ToArray(),
        _ => throw new NotSupportedException(type.ToString()),
    };

    public static object?[] ToValues(IReadOnlyList<AbiType> types, JsonElement json) =>
        json.EnumerateArray().Select((e, i) => ToValue(types[i], e)).ToArray();

    public static JsonNode? ToJson(AbiType type, object? value) => type switch
    {
        UIntType or IntType => JsonValue.Create(((BigInteger)value!).ToString(CultureInfo.InvariantCulture)),
        AddressType => JsonValue.Create(((Address)value!).ToString()),
        BoolType => JsonValue.Create((bool)value!),
        FixedBytesType or BytesType => JsonValue.Create(Hex.Encode((byte[])value!)),
        StringType => JsonValue.Create((string)value!),
        ArrayType a => new JsonArray(((object?[])value!).Select(v => ToJson(a.ElementType, v)).ToArray()),
        FixedArrayType f => new JsonArray(((object?[])value!).Select(v => ToJson(f.ElementType, v)).ToArray()),
        TupleType t => new JsonArray(((object?[])value!).Select((v, i) => ToJson(t.Components[i], v)).ToArray()),
        _ => throw new NotSupportedException(type.ToString()),
    };

    public static JsonArray ToJson(IReadOnlyList<AbiType> types, object?[] values) =>
        new(values.Select((v, i) => ToJson(types[i], v)).ToArray());

    public static void AssertJsonEqual(JsonElement expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected.GetRawText());
        Assert.True(JsonNode.DeepEquals(expectedNode, actual),
            $"expected {expectedNode?.ToJsonString()}\n  actual {actual?.ToJsonString()}");
    }
}
