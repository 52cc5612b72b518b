using System.Numerics;

namespace KeeperSuite.Ethereum.Abi;

/// <summary>Why a call reverted, decoded from its revert data.</summary>
public abstract record RevertReason
{
    private protected RevertReason()
    {
    }
}

/// <summary>require(cond, "message") or revert("message"): the standard Error(string).</summary>
/// <param name="Message">The revert string.</param>
public sealed record RevertErrorString(string Message) : RevertReason;

/// <summary>A compiler-inserted Panic(uint256) (overflow, division by zero, assert, ...).</summary>
/// <param name="Code">The panic code, e.g. 0x11.</param>
/// <param name="Meaning">What the code means in words.</param>
public sealed record RevertPanic(BigInteger Code, string Meaning) : RevertReason;

/// <summary>A custom error declared in the contract's ABI.</summary>
/// <param name="Error">The matching error description.</param>
/// <param name="Arguments">Decoded arguments in declaration order.</param>
public sealed record RevertCustomError(ErrorAbi Error, IReadOnlyList<object?> Arguments) : RevertReason
{
    /// <summary>The error's name.</summary>
    public string Name => Error.Name;

    /// <summary>Arguments by parameter name ("arg{index}" when unnamed).</summary>
    public IReadOnlyDictionary<string, object?> NamedArguments =>
        Error.Inputs.Select((p, i) => (Key: p.NameOrPosition(i), Value: Arguments[i]))
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
}

/// <summary>Revert data that matches nothing known (empty for a bare revert()).</summary>
/// <param name="Data">The raw revert data.</param>
public sealed record RevertUnknown(byte[] Data) : RevertReason
{
    /// <summary>The data as 0x-prefixed hex.</summary>
    public override string ToString() => $"RevertUnknown {{ Data = {Hex.Encode(Data)} }}";
}

/// <summary>Turns revert data into a <see cref="RevertReason"/>. Never throws on malformed data.</summary>
public static class RevertDecoder
{
    /// <summary>Error(string).</summary>
    public static ErrorAbi ErrorString { get; } = ErrorAbi.FromSignature("Error(string)");

    /// <summary>Panic(uint256).</summary>
    public static ErrorAbi Panic { get; } = ErrorAbi.FromSignature("Panic(uint256)");

    /// <summary>
    /// Decodes revert data: Error(string), Panic(uint256), a custom error of <paramref name="abi"/>,
    /// or <see cref="RevertUnknown"/> when nothing matches or the arguments are malformed.
    /// </summary>
    public static RevertReason Decode(ReadOnlySpan<byte> revertData, ContractAbi? abi = null)
    {
        try
        {
            if (ErrorString.Matches(revertData))
                return new RevertErrorString((string)ErrorString.Decode(revertData)[0]!);
            if (Panic.Matches(revertData))
            {
                var code = (BigInteger)Panic.Decode(revertData)[0]!;
                return new RevertPanic(code, PanicMeaning(code));
            }
            if (abi?.FindErrorBySelector(revertData) is { } error)
                return new RevertCustomError(error, error.Decode(revertData));
        }
        catch (AbiDecodingException)
        {
            // A matching selector with a malformed body is still unknown data, not a crash.
        }
        return new RevertUnknown(revertData.ToArray());
    }

    /// <summary>Decodes revert data given as JSON-RPC hex (the "data" of an execution-reverted error).</summary>
    /// <exception cref="FormatException">The text is not hex.</exception>
    public static RevertReason Decode(string revertDataHex, ContractAbi? abi = null) => Decode(Hex.Decode(revertDataHex), abi);

    /// <summary>Solidity's documented meaning of a panic code.</summary>
    public static string PanicMeaning(BigInteger code) => (int)BigInteger.Min(code, int.MaxValue) switch
    {
        0x00 => "generic compiler panic",
        0x01 => "assertion failed (assert)",
        0x11 => "arithmetic overflow or underflow",
        0x12 => "division or modulo by zero",
        0x21 => "conversion to an enum out of range",
        0x22 => "incorrectly encoded storage byte array",
        0x31 => "pop() on an empty array",
        0x32 => "array index out of bounds",
        0x41 => "out of memory (allocation too large)",
        0x51 => "call to a zero-initialized internal function",
        _ => "unknown panic code",
    };
}
