namespace KeeperSuite.Ethereum.Abi;

/// <summary>A contract event: signature, topic0, and decoding of a log's topics and data.</summary>
public sealed class EventAbi
{
    private readonly byte[] _topic0;
    private readonly AbiType[] _dataTypes;

    /// <summary>Creates an event description.</summary>
    public EventAbi(string name, IReadOnlyList<AbiParameter> inputs, bool anonymous = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(inputs);
        Name = name;
        Inputs = inputs;
        Anonymous = anonymous;
        Signature = AbiParameter.Signature(name, inputs);
        _topic0 = Keccak256.HashUtf8(Signature);
        _dataTypes = inputs.Where(p => !p.Indexed).Select(p => p.Type).ToArray();
    }

    /// <summary>Event name.</summary>
    public string Name { get; }

    /// <summary>Parameters in declaration order (indexed and not).</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>Anonymous events have no topic0.</summary>
    public bool Anonymous { get; }

    /// <summary>Canonical signature, e.g. "Transfer(address,address,uint256)".</summary>
    public string Signature { get; }

    /// <summary>keccak256(Signature), the first topic of every non-anonymous log of this event (a copy).</summary>
    public byte[] Topic0 => (byte[])_topic0.Clone();

    /// <summary>Topic0 as 0x-prefixed hex (what eth_getLogs filters take).</summary>
    public string Topic0Hex => Hex.Encode(_topic0);

    /// <summary>
    /// Decodes a log into parameter name → value (unnamed parameters are "arg{index}"), in declaration order.
    /// Indexed static values are decoded from their topic; indexed dynamic values (string, bytes, arrays,
    /// tuples) are only stored as their keccak256 hash, so their value is that 32-byte topic (byte[]).
    /// </summary>
    /// <exception cref="AbiDecodingException">Wrong topic0, wrong topic count, or malformed data.</exception>
    public IReadOnlyDictionary<string, object?> Decode(IReadOnlyList<byte[]> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var first = Anonymous ? 0 : 1;
        var indexedCount = Inputs.Count(p => p.Indexed);
        if (topics.Count != first + indexedCount)
            throw new AbiDecodingException($"{Signature} logs have {first + indexedCount} topics; got {topics.Count}.");
        if (!Anonymous && !topics[0].AsSpan().SequenceEqual(_topic0))
            throw new AbiDecodingException($"Log topic0 {Hex.Encode(topics[0])} is not {Signature} ({Topic0Hex}).");

        var dataValues = AbiDecoder.Decode(_dataTypes, data);
        var result = new Dictionary<string, object?>(Inputs.Count, StringComparer.Ordinal);
        int topic = first, dataIndex = 0;
        for (var i = 0; i < Inputs.Count; i++)
        {
            var parameter = Inputs[i];
            object? value;
            if (!parameter.Indexed)
                value = dataValues[dataIndex++];
            else if (topics[topic].Length != 32)
                throw new AbiDecodingException($"Topic {topic} of {Signature} is {topics[topic].Length} bytes, not 32.");
            else if (parameter.Type.IsDynamic || parameter.Type is TupleType or FixedArrayType)
                value = topics[topic].Clone();
            else
                value = AbiDecoder.Decode(parameter.Type, topics[topic]);
            if (parameter.Indexed)
                topic++;
            result[parameter.NameOrPosition(i)] = value;
        }
        return result;
    }

    /// <summary>Decodes a log given as JSON-RPC hex strings.</summary>
    public IReadOnlyDictionary<string, object?> Decode(IReadOnlyList<string> topics, string data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return Decode(topics.Select(Hex.Decode).ToArray(), Hex.Decode(data));
    }

    /// <inheritdoc />
    public override string ToString() => Signature;
}
