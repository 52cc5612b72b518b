namespace KeeperSuite.Ethereum;

/// <summary>0x-prefixed hexadecimal encoding as JSON-RPC uses it.</summary>
public static class Hex
{
    /// <summary>Encodes bytes as lower-case hex with a 0x prefix.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Decodes hex with or without a 0x prefix; rejects odd lengths and non-hex characters.</summary>
    public static byte[] Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        if (digits.Length % 2 != 0)
            throw new FormatException($"Hex string has an odd number of digits ({digits.Length}).");
        return Convert.FromHexString(digits);
    }
}
