namespace KeeperSuite.Ethereum.Abi;

/// <summary>A Solidity custom error (error InsufficientCollateral(uint256 needed)): signature, selector, decoding.</summary>
public sealed class ErrorAbi
{
    private readonly AbiType[] _types;
    private readonly byte[] _selector;

    /// <summary>Creates an error description.</summary>
    public ErrorAbi(string name, IReadOnlyList<AbiParameter> inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(inputs);
        Name = name;
        Inputs = inputs;
        Signature = AbiParameter.Signature(name, inputs);
        _selector = Keccak256.HashUtf8(Signature)[..4];
        _types = AbiParameter.Types(inputs);
    }

    /// <summary>Parses a signature such as "Error(string)".</summary>
    public static ErrorAbi FromSignature(string signature)
    {
        var (name, inputs) = SignatureParser.Parse(signature);
        return new ErrorAbi(name, inputs);
    }

    /// <summary>Error name.</summary>
    public string Name { get; }

    /// <summary>Arguments in order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>Canonical signature.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(Signature) (a copy).</summary>
    public byte[] Selector => (byte[])_selector.Clone();

    /// <summary>The selector as 0x-prefixed hex.</summary>
    public string SelectorHex => Hex.Encode(_selector);

    /// <summary>True when <paramref name="revertData"/> starts with this error's selector.</summary>
    public bool Matches(ReadOnlySpan<byte> revertData) => revertData.Length >= 4 && revertData[..4].SequenceEqual(_selector);

    /// <summary>Decodes the arguments of revert data that starts with this error's selector.</summary>
    /// <exception cref="AbiDecodingException">Wrong selector or malformed arguments.</exception>
    public object?[] Decode(ReadOnlySpan<byte> revertData)
    {
        if (!Matches(revertData))
            throw new AbiDecodingException($"Revert data does not start with the selector of {Signature} ({SelectorHex}).");
        return AbiDecoder.Decode(_types, revertData[4..]);
    }

    /// <summary>Encodes revert data (selector + arguments), as a contract reverting with this error would return.</summary>
    public byte[] Encode(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return [.. _selector, .. AbiEncoder.Encode(_types, arguments)];
    }

    /// <inheritdoc />
    public override string ToString() => Signature;
}
