using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>Selectors, calls, outputs, events, custom errors and revert decoding against ethers' Interface.</summary>
public sealed class ContractAbiVectorTests
{
    private static readonly JsonElement Contract = Vectors.Load("contract.json");
    private static readonly ContractAbi Abi = ContractAbi.FromJson(Contract.GetProperty("abi").GetRawText());

    public static TheoryData<int> Functions() => new(Enumerable.Range(0, Contract.GetProperty("functions").GetArrayLength()));

    public static TheoryData<int> Events() => new(Enumerable.Range(0, Contract.GetProperty("events").GetArrayLength()));

    public static TheoryData<int> Errors() => new(Enumerable.Range(0, Contract.GetProperty("errors").GetArrayLength()));

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_signature_selector_call_and_output_match_ethers(int index)
    {
        var vector = Contract.GetProperty("functions")[index];
        var function = Abi.GetFunction(vector.GetProperty("signature").GetString()!);
        var inputTypes = function.Inputs.Select(p => p.Type).ToArray();
        var outputTypes = function.Outputs.Select(p => p.Type).ToArray();

        Assert.Equal(vector.GetProperty("signature").GetString(), function.Signature);
        Assert.Equal(vector.GetProperty("selector").GetString(), function.SelectorHex);
        var args = Vectors.ToValues(inputTypes, vector.GetProperty("args"));
        Assert.Equal(vector.GetProperty("callData").GetString(), Hex.Encode(function.EncodeCall(args)));
        var callData = Hex.Decode(vector.GetProperty("callData").GetString()!);
        Vectors.AssertJsonEqual(vector.GetProperty("args"), Vectors.ToJson(inputTypes, function.DecodeInput(callData)));
        Vectors.AssertJsonEqual(vector.GetProperty("outputs"),
            Vectors.ToJson(outputTypes, function.DecodeOutput(vector.GetProperty("returnData").GetString()!)));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_topic_and_decoding_match_ethers(int index)
    {
        var vector = Contract.GetProperty("events")[index];
        var ev = Abi.GetEvent(vector.GetProperty("name").GetString()!);
        Assert.Equal(vector.GetProperty("signature").GetString(), ev.Signature);
        Assert.Equal(vector.GetProperty("topic0").GetString(), ev.Topic0Hex);

        var topics = vector.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var decoded = ev.Decode(topics, vector.GetProperty("data").GetString()!);

        var names = vector.GetProperty("parameterNames").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Equal(names, decoded.Keys);
        var actual = new JsonArray(ev.Inputs.Select((p, i) =>
            p.Indexed && (p.Type.IsDynamic || p.Type is TupleType or FixedArrayType)
                ? JsonValue.Create(Hex.Encode((byte[])decoded[names[i]]!))
                : Vectors.ToJson(p.Type, decoded[names[i]])).ToArray());
        Vectors.AssertJsonEqual(vector.GetProperty("expected"), actual);
        if (!ev.Anonymous)
            Assert.Same(ev, Abi.FindEventByTopic(Hex.Decode(topics[0])));
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Custom_errors_encode_and_decode_like_ethers(int index)
    {
        var vector = Contract.GetProperty("errors")[index];
        var error = Abi.GetError(vector.GetProperty("name").GetString()!);
        var types = error.Inputs.Select(p => p.Type).ToArray();
        Assert.Equal(vector.GetProperty("signature").GetString(), error.Signature);
        Assert.Equal(vector.GetProperty("selector").GetString(), error.SelectorHex);
        var data = vector.GetProperty("data").GetString()!;
        Assert.Equal(data, Hex.Encode(error.Encode(Vectors.ToValues(types, vector.GetProperty("args")))));

        var reason = Assert.IsType<RevertCustomError>(RevertDecoder.Decode(Hex.Decode(data), Abi));
        Assert.Equal(error.Name, reason.Name);
        Vectors.AssertJsonEqual(vector.GetProperty("args"), Vectors.ToJson(types, reason.Arguments.ToArray()));
    }

    [Fact]
    public void Revert_strings_decode_to_Error_string()
    {
        foreach (var vector in Contract.GetProperty("revertStrings").EnumerateArray())
        {
            var reason = Assert.IsType<RevertErrorString>(RevertDecoder.Decode(vector.GetProperty("data").GetString()!));
            Assert.Equal(vector.GetProperty("message").GetString(), reason.Message);
        }
    }

    [Fact]
    public void Panics_decode_with_their_meaning()
    {
        foreach (var vector in Contract.GetProperty("panics").EnumerateArray())
        {
            var reason = Assert.IsType<RevertPanic>(RevertDecoder.Decode(Hex.Decode(vector.GetProperty("data").GetString()!)));
            Assert.Equal(new BigInteger(vector.GetProperty("code").GetInt32()), reason.Code);
            Assert.NotEqual("unknown panic code", reason.Meaning);
        }
        Assert.Equal("arithmetic overflow or underflow", RevertDecoder.PanicMeaning(0x11));
    }

    [Fact]
    public void Custom_error_without_the_abi_and_garbage_are_unknown()
    {
        var custom = Hex.Decode(Contract.GetProperty("errors")[0].GetProperty("data").GetString()!);
        Assert.Equal(custom, Assert.IsType<RevertUnknown>(RevertDecoder.Decode(custom)).Data);
        Assert.Empty(Assert.IsType<RevertUnknown>(RevertDecoder.Decode([])).Data);
        // Error(string) selector followed by an offset that points nowhere: unknown, not an exception.
        var broken = Hex.Decode("0x08c379a0" + "00000000000000000000000000000000000000000000000000000000000fffff");
        Assert.IsType<RevertUnknown>(RevertDecoder.Decode(broken));
    }

    [Fact]
    public void Named_arguments_of_a_custom_error()
    {
        var vector = Contract.GetProperty("errors")[0];
        var reason = (RevertCustomError)RevertDecoder.Decode(Hex.Decode(vector.GetProperty("data").GetString()!), Abi);
        Assert.Equal(BigInteger.Parse("5000000000000000000", System.Globalization.CultureInfo.InvariantCulture), reason.NamedArguments["needed"]);
        Assert.Equal(BigInteger.One, reason.NamedArguments["available"]);
    }

    [Fact]
    public void Overloaded_function_by_name_asks_for_the_signature()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Abi.GetFunction("transfer"));
        Assert.Contains("transfer(address,uint256,bytes)", e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Abi.GetFunction("nope"));
        Assert.Equal("liquidate(uint256,address,uint256)", Abi.GetFunction("liquidate").Signature);
    }

    [Fact]
    public void Reads_a_hardhat_artifact_from_text_and_from_a_file()
    {
        var artifact = new JsonObject
        {
            ["_format"] = "hh-sol-artifact-1",
            ["contractName"] = "Market",
            ["abi"] = JsonNode.Parse(Contract.GetProperty("abi").GetRawText()),
            ["bytecode"] = "0x",
        }.ToJsonString();
        var fromText = ContractAbi.FromHardhatArtifact(artifact);
        Assert.Equal("Market", fromText.ContractName);
        Assert.Equal(Abi.Functions.Count, fromText.Functions.Count);

        var path = Path.Combine(Path.GetTempPath(), $"artifact-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, artifact);
        try
        {
            var fromFile = ContractAbi.FromHardhatArtifact(path);
            Assert.Equal(Abi.Events.Count, fromFile.Events.Count);
            Assert.Equal(Abi.Errors.Count, fromFile.Errors.Count);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<FormatException>(() => ContractAbi.FromHardhatArtifact("{\"contractName\":\"X\"}"));
        Assert.Throws<FormatException>(() => ContractAbi.FromJson("[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[{\"type\":\"uint7\"}]}]"));
    }

    [Fact]
    public void Event_decoding_rejects_the_wrong_log()
    {
        var liquidated = Abi.GetEvent("Liquidated");
        var vector = Contract.GetProperty("events")[0];
        var topics = vector.GetProperty("topics").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var data = vector.GetProperty("data").GetString()!;
        Assert.Throws<AbiDecodingException>(() => liquidated.Decode(topics[..^1], data));
        var wrongTopic0 = topics.ToArray();
        wrongTopic0[0] = Abi.GetEvent("Batch").Topic0Hex;
        Assert.Throws<AbiDecodingException>(() => liquidated.Decode(wrongTopic0, data));
    }
}
