using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace KeeperSuite.Contracts.Tests;

/// <summary>
/// The generated FunctionMessages encode the keeper's calls exactly as ethers does from the same ABI (tuples, arrays,
/// enums), and the generated output DTOs decode ethers' return data to the same values (tests/vectors/calldata.json).
/// </summary>
public sealed class CallDataVectorTests
{
    private static readonly JsonElement Vectors = Load();

    public static TheoryData<int> Cases() => new(Enumerable.Range(0, Vectors.GetArrayLength()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_function_message_call_data_equals_ethers(int index)
    {
        var vector = Vectors[index];
        var message = BuildMessage(vector);

        // GetCallData<T> reads the ABI from its static type, so it is called with the generated message's own type.
        var callData = (byte[])typeof(CallDataVectorTests).GetMethod(nameof(CallData), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(message.GetType()).Invoke(null, [message])!;
        Assert.Equal(vector.GetProperty("callData").GetString(), callData.ToHex(prefix: true));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_output_dto_decodes_ethers_return_data(int index)
    {
        var vector = Vectors[index];
        var (contract, name) = Names(vector);
        var returnData = vector.GetProperty("returnData").GetString()!;
        var outputType = Type.GetType($"KeeperSuite.Contracts.{contract}.ContractDefinition.{Pascal(name)}OutputDTO, KeeperSuite.Contracts");

        JsonNode actual;
        if (outputType is null)
        {
            // A single unnamed return (e.g. settle → uint256): the generator makes no DTO, Nethereum decodes the value.
            var value = new FunctionCallDecoder().DecodeSimpleTypeOutput<BigInteger>(new Nethereum.ABI.Model.Parameter("uint256"), returnData);
            actual = new JsonArray(JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            var dto = typeof(FunctionCallDecoder).GetMethods()
                .Single(m => m.Name == nameof(FunctionCallDecoder.DecodeFunctionOutput) && m.IsGenericMethod
                    && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string))
                .MakeGenericMethod(outputType)
                .Invoke(new FunctionCallDecoder(), [returnData])!;
            actual = new JsonArray(Parameters(outputType).Select(p => ToJson(p.Property.GetValue(dto))).ToArray());
        }

        var expected = JsonNode.Parse(vector.GetProperty("outputs").GetRawText());
        Assert.True(JsonNode.DeepEquals(Normalise(expected), Normalise(actual)), $"expected {expected?.ToJsonString()}\n  actual {actual.ToJsonString()}");
    }

    [Fact]
    public void The_vectors_cover_every_keeper_call()
    {
        var covered = Vectors.EnumerateArray().Select(v => v.GetProperty("function").GetString()!.Split('(')[0]).ToHashSet();
        Assert.Superset(covered, new HashSet<string> { "liquidate", "liquidateBatch", "healthFactors", "cover", "startAuction", "take", "settle", "socialize", "waterfallState" });
    }

    private static byte[] CallData<TMessage>(TMessage message) where TMessage : FunctionMessage, new() => message.GetCallData();

    private static FunctionMessage BuildMessage(JsonElement vector)
    {
        var (contract, name) = Names(vector);
        var type = Type.GetType($"KeeperSuite.Contracts.{contract}.ContractDefinition.{Pascal(name)}Function, KeeperSuite.Contracts")
            ?? throw new InvalidOperationException($"no generated message for {contract}.{name}");
        return (FunctionMessage)FromJson(type, vector.GetProperty("args"));
    }

    // Fills a generated message or struct from the vectors' JSON form, by the generator's [Parameter] order.
    private static object FromJson(Type type, JsonElement json)
    {
        var instance = Activator.CreateInstance(type)!;
        var parameters = Parameters(type);
        for (var i = 0; i < parameters.Count; i++)
        {
            var value = json.ValueKind == JsonValueKind.Array ? json[i] : json.GetProperty(parameters[i].Attribute.Name);
            parameters[i].Property.SetValue(instance, Value(parameters[i].Property.PropertyType, value));
        }
        return instance;
    }

    private static object? Value(Type type, JsonElement json)
    {
        if (type == typeof(BigInteger)) return BigInteger.Parse(json.GetString()!, CultureInfo.InvariantCulture);
        if (type == typeof(uint)) return uint.Parse(json.GetString()!, CultureInfo.InvariantCulture);
        if (type == typeof(byte)) return byte.Parse(json.GetString()!, CultureInfo.InvariantCulture);
        if (type == typeof(ulong)) return ulong.Parse(json.GetString()!, CultureInfo.InvariantCulture);
        if (type == typeof(string) || type == typeof(bool)) return json.Deserialize(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            foreach (var item in json.EnumerateArray())
                list.Add(Value(type.GetGenericArguments()[0], item));
            return list;
        }
        return FromJson(type, json);
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        BigInteger or uint or byte or ulong => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
        string address => JsonValue.Create(address),
        bool flag => JsonValue.Create(flag),
        IList list => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        null => null,
        _ => new JsonObject(Parameters(value.GetType()).Select(p => KeyValuePair.Create(p.Attribute.Name, ToJson(p.Property.GetValue(value))))),
    };

    // Addresses compare by value: ethers writes EIP-55 checksums, Nethereum decodes lower case.
    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && s.IsValidEthereumAddressHexFormat() => JsonValue.Create(s.ToLowerInvariant()),
        JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))),
        _ => node?.DeepClone(),
    };

    private static List<(PropertyInfo Property, ParameterAttribute Attribute)> Parameters(Type type) =>
        type.GetProperties()
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<ParameterAttribute>()!))
            .Where(p => p.Attribute is not null)
            .OrderBy(p => p.Attribute.Order)
            .ToList();

    private static (string Contract, string Name) Names(JsonElement vector) =>
        (vector.GetProperty("contract").GetString()!, vector.GetProperty("function").GetString()!.Split('(')[0]);

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLocator.Root, "tests", "vectors", "calldata.json")));
        return document.RootElement.Clone();
    }
}
