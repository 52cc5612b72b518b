using System.Numerics;
using System.Reflection;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// A cheap check before Nethereum decodes an eth_call output: every top-level dynamic array's offset and length must
/// fit in the bytes received (each element takes at least one 32-byte word). Found by the RPC answer fuzz: a mutated
/// length word of ~10^9 in a healthFactors answer kept the decoder busy for longer than the fuzz's 5 s per case — a node
/// or proxy could stall a keeper pass with one answer.
/// </summary>
public static class AbiOutputBounds
{
    /// <summary>
    /// Decodes an eth_call output once its arrays are known to fit it; a FormatException when they do not, else whatever
    /// Nethereum's decoder throws for an output that does not match the ABI.
    /// </summary>
    public static TOutput Decode<TOutput>(string hex) where TOutput : IFunctionOutputDTO, new()
    {
        if (!ArraysFit<TOutput>(hex))
            throw new FormatException("an array longer than the answer");
        return new TOutput().DecodeOutput(hex);
    }

    public static bool ArraysFit<TOutput>(string hex) where TOutput : IFunctionOutputDTO
    {
        var parameters = typeof(TOutput).GetProperties()
            .Select(p => p.GetCustomAttribute<ParameterAttribute>())
            .OfType<ParameterAttribute>()
            .OrderBy(a => a.Order)
            .ToList();
        // Only outputs whose every top-level value takes one head word (elementary values and dynamic arrays) are checked.
        if (parameters.Any(p => p.Type.StartsWith("tuple", StringComparison.Ordinal) && !p.Type.EndsWith("[]", StringComparison.Ordinal)))
            return true;
        byte[] bytes;
        try
        {
            bytes = hex.HexToByteArray();
        }
        catch (FormatException)
        {
            return true; // not hex: the decoder refuses it quickly
        }
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!parameters[i].Type.EndsWith("[]", StringComparison.Ordinal))
                continue;
            if (bytes.Length < 32 * (i + 1))
                return false;
            var offset = Word(bytes, 32 * i);
            if (offset > bytes.Length - 32)
                return false;
            var length = Word(bytes, (int)offset);
            if (length > (bytes.Length - (int)offset - 32) / 32)
                return false;
        }
        return true;
    }

    private static BigInteger Word(byte[] bytes, int at) => new(bytes.AsSpan(at, 32), isUnsigned: true, isBigEndian: true);
}
