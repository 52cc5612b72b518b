using Org.BouncyCastle.Crypto.Digests;

namespace KeeperSuite.Ethereum;

/// <summary>Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256).</summary>
public static class Keccak256
{
    /// <summary>Length of a Keccak-256 digest in bytes.</summary>
    public const int HashLength = 32;

    /// <summary>Hashes <paramref name="data"/> and returns the 32-byte digest.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        // BouncyCastle 1.8 has no span overloads; feed in chunks to avoid one big copy.
        var chunk = new byte[Math.Min(data.Length, 4096)];
        for (var offset = 0; offset < data.Length; offset += chunk.Length)
        {
            var length = Math.Min(chunk.Length, data.Length - offset);
            data.Slice(offset, length).CopyTo(chunk);
            digest.BlockUpdate(chunk, 0, length);
        }
        var result = new byte[HashLength];
        digest.DoFinal(result, 0);
        return result;
    }

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/> (as Solidity's keccak256(bytes(text))).</summary>
    public static byte[] HashUtf8(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hash(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
