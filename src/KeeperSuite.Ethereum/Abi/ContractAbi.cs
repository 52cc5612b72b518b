using System.Text.Json;

namespace KeeperSuite.Ethereum.Abi;

/// <summary>The functions, events and errors of a contract, read from a Hardhat artifact or an ABI JSON array.</summary>
public sealed class ContractAbi
{
    private readonly Dictionary<string, EventAbi> _eventsByTopic;
    private readonly Dictionary<string, ErrorAbi> _errorsBySelector;

    /// <summary>Creates a contract ABI from its parts.</summary>
    public ContractAbi(IReadOnlyList<FunctionAbi> functions, IReadOnlyList<EventAbi> events, IReadOnlyList<ErrorAbi> errors, string? contractName = null)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(errors);
        Functions = functions;
        Events = events;
        Errors = errors;
        ContractName = contractName;
        _eventsByTopic = events.Where(e => !e.Anonymous).GroupBy(e => e.Topic0Hex).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _errorsBySelector = errors.GroupBy(e => e.SelectorHex).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Contract name from the Hardhat artifact, if read from one.</summary>
    public string? ContractName { get; }

    /// <summary>All functions (overloads are separate entries).</summary>
    public IReadOnlyList<FunctionAbi> Functions { get; }

    /// <summary>All events.</summary>
    public IReadOnlyList<EventAbi> Events { get; }

    /// <summary>All custom errors.</summary>
    public IReadOnlyList<ErrorAbi> Errors { get; }

    /// <summary>
    /// Reads a Hardhat artifact (artifacts/.../X.json with "contractName" and "abi") given as a file path or as
    /// the JSON text itself. A bare ABI array (abi/X.json) is accepted too.
    /// </summary>
    /// <exception cref="FormatException">The JSON is not an artifact or an ABI.</exception>
    public static ContractAbi FromHardhatArtifact(string jsonPathOrJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(jsonPathOrJson);
        var trimmed = jsonPathOrJson.TrimStart();
        var json = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? jsonPathOrJson : File.ReadAllText(jsonPathOrJson);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return FromJsonElement(root, null);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("abi", out var abi))
                throw new FormatException("A Hardhat artifact is a JSON object with an \"abi\" array.");
            var name = root.TryGetProperty("contractName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return FromJsonElement(abi, name);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Contract ABI JSON is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a Solidity ABI JSON array.</summary>
    /// <exception cref="FormatException">The JSON is not an ABI array.</exception>
    public static ContractAbi FromJson(string abiJson)
    {
        ArgumentNullException.ThrowIfNull(abiJson);
        try
        {
            using var document = JsonDocument.Parse(abiJson);
            return FromJsonElement(document.RootElement, null);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Contract ABI JSON is not valid JSON: {e.Message}", e);
        }
    }

    private static ContractAbi FromJsonElement(JsonElement abi, string? contractName)
    {
        if (abi.ValueKind != JsonValueKind.Array)
            throw new FormatException("A contract ABI is a JSON array of entries.");
        var functions = new List<FunctionAbi>();
        var events = new List<EventAbi>();
        var errors = new List<ErrorAbi>();
        foreach (var entry in abi.EnumerateArray())
        {
            var kind = GetString(entry, "type") ?? "function";
            var name = GetString(entry, "name") ?? "";
            switch (kind)
            {
                case "function":
                    functions.Add(new FunctionAbi(name, Parameters(entry, "inputs"), Parameters(entry, "outputs"),
                        GetString(entry, "stateMutability") ?? "nonpayable"));
                    break;
                case "event":
                    events.Add(new EventAbi(name, Parameters(entry, "inputs"),
                        entry.TryGetProperty("anonymous", out var anon) && anon.ValueKind == JsonValueKind.True));
                    break;
                case "error":
                    errors.Add(new ErrorAbi(name, Parameters(entry, "inputs")));
                    break;
                // constructor, fallback and receive are not callable by selector.
            }
        }
        return new ContractAbi(functions, events, errors, contractName);
    }

    private static string? GetString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static AbiParameter[] Parameters(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Parameter).ToArray()
            : [];

    private static AbiParameter Parameter(JsonElement element)
    {
        var typeName = GetString(element, "type") ?? throw new FormatException("An ABI parameter has no \"type\".");
        IReadOnlyList<AbiParameter>? components = null;
        if (typeName.StartsWith("tuple", StringComparison.Ordinal))
        {
            // "tuple[2][]": the component list replaces the word "tuple", the array suffix stays.
            components = Parameters(element, "components");
            typeName = "(" + string.Join(",", components.Select(c => c.Type.CanonicalName)) + ")" + typeName["tuple".Length..];
        }
        return new AbiParameter(
            GetString(element, "name") ?? "",
            AbiType.Parse(typeName),
            element.TryGetProperty("indexed", out var indexed) && indexed.ValueKind == JsonValueKind.True,
            GetString(element, "internalType"),
            components);
    }

    /// <summary>The function with this name (must be unique) or this exact signature ("f(uint256)").</summary>
    /// <exception cref="KeyNotFoundException">No such function.</exception>
    /// <exception cref="InvalidOperationException">The name is overloaded; pass the signature instead.</exception>
    public FunctionAbi GetFunction(string nameOrSignature)
    {
        ArgumentNullException.ThrowIfNull(nameOrSignature);
        if (nameOrSignature.Contains('(', StringComparison.Ordinal))
        {
            var canonical = SignatureParser.Parse(nameOrSignature);
            var signature = AbiParameter.Signature(canonical.Name, canonical.Inputs);
            return Functions.FirstOrDefault(f => f.Signature == signature)
                ?? throw new KeyNotFoundException($"{Describe()} has no function {signature}.");
        }
        var matches = Functions.Where(f => f.Name == nameOrSignature).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException($"{Describe()} has no function named {nameOrSignature}."),
            _ => throw new InvalidOperationException(
                $"{Describe()} overloads {nameOrSignature} ({string.Join(", ", matches.Select(f => f.Signature))}); pass the signature."),
        };
    }

    /// <summary>The event with this name (first match).</summary>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public EventAbi GetEvent(string name) =>
        Events.FirstOrDefault(e => e.Name == name) ?? throw new KeyNotFoundException($"{Describe()} has no event named {name}.");

    /// <summary>The custom error with this name (first match).</summary>
    /// <exception cref="KeyNotFoundException">No such error.</exception>
    public ErrorAbi GetError(string name) =>
        Errors.FirstOrDefault(e => e.Name == name) ?? throw new KeyNotFoundException($"{Describe()} has no error named {name}.");

    /// <summary>The non-anonymous event whose topic0 this is, or null.</summary>
    public EventAbi? FindEventByTopic(ReadOnlySpan<byte> topic0) =>
        _eventsByTopic.GetValueOrDefault(Hex.Encode(topic0));

    /// <summary>The custom error with this 4-byte selector, or null.</summary>
    public ErrorAbi? FindErrorBySelector(ReadOnlySpan<byte> selector) =>
        selector.Length < 4 ? null : _errorsBySelector.GetValueOrDefault(Hex.Encode(selector[..4]));

    private string Describe() => ContractName ?? "The contract ABI";
}
