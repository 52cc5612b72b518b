namespace KeeperSuite.Ethereum.Abi;

/// <summary>A contract function: its signature, 4-byte selector, call encoding and output decoding.</summary>
public sealed class FunctionAbi
{
    private readonly AbiType[] _inputTypes;
    private readonly AbiType[] _outputTypes;
    private readonly byte[] _selector;

    /// <summary>Creates a function description.</summary>
    public FunctionAbi(string name, IReadOnlyList<AbiParameter> inputs, IReadOnlyList<AbiParameter> outputs, string stateMutability = "nonpayable")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        StateMutability = stateMutability;
        Signature = AbiParameter.Signature(name, inputs);
        _selector = Keccak256.HashUtf8(Signature)[..4];
        _inputTypes = AbiParameter.Types(inputs);
        _outputTypes = AbiParameter.Types(outputs);
    }

    /// <summary>Parses a human-readable signature such as "liquidate(uint256,address,uint256)" (no outputs).</summary>
    public static FunctionAbi FromSignature(string signature, params string[] outputTypes)
    {
        var (name, inputs) = SignatureParser.Parse(signature);
        return new FunctionAbi(name, inputs, outputTypes.Select(t => new AbiParameter("", AbiType.Parse(t))).ToArray());
    }

    /// <summary>Function name.</summary>
    public string Name { get; }

    /// <summary>Inputs in order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>Outputs in order.</summary>
    public IReadOnlyList<AbiParameter> Outputs { get; }

    /// <summary>"pure", "view", "nonpayable" or "payable".</summary>
    public string StateMutability { get; }

    /// <summary>True for view and pure functions (safe for eth_call only).</summary>
    public bool IsReadOnly => StateMutability is "view" or "pure";

    /// <summary>Canonical signature, e.g. "transfer(address,uint256)".</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(Signature) (a copy).</summary>
    public byte[] Selector => (byte[])_selector.Clone();

    /// <summary>The selector as 0x-prefixed hex.</summary>
    public string SelectorHex => Hex.Encode(_selector);

    /// <summary>Builds call data: selector followed by the ABI-encoded arguments.</summary>
    /// <exception cref="AbiEncodingException">Wrong argument count or an argument that does not fit its type.</exception>
    public byte[] EncodeCall(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != _inputTypes.Length)
            throw new AbiEncodingException($"{Signature} takes {_inputTypes.Length} arguments; got {arguments.Length}.");
        var encoded = AbiEncoder.Encode(_inputTypes, arguments);
        var call = new byte[4 + encoded.Length];
        _selector.CopyTo(call, 0);
        encoded.CopyTo(call, 4);
        return call;
    }

    /// <summary>Decodes call data produced by <see cref="EncodeCall"/> (checks the selector).</summary>
    /// <exception cref="AbiDecodingException">Wrong selector or malformed arguments.</exception>
    public object?[] DecodeInput(ReadOnlySpan<byte> callData)
    {
        if (callData.Length < 4 || !callData[..4].SequenceEqual(_selector))
            throw new AbiDecodingException($"Call data does not start with the selector of {Signature} ({SelectorHex}).");
        return AbiDecoder.Decode(_inputTypes, callData[4..]);
    }

    /// <summary>Decodes the return data of an eth_call into one value per output.</summary>
    /// <exception cref="AbiDecodingException">The data does not match the outputs.</exception>
    public object?[] DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(_outputTypes, returnData);

    /// <summary>Decodes eth_call return data given as JSON-RPC hex.</summary>
    /// <exception cref="FormatException">Not hex, or the data does not match the outputs (<see cref="AbiDecodingException"/>).</exception>
    public object?[] DecodeOutput(string returnDataHex) => DecodeOutput(Hex.Decode(returnDataHex));

    /// <inheritdoc />
    public override string ToString() => Signature;
}
