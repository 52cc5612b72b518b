using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace KeeperSuite.Ethereum;

/// <summary>
/// A 20-byte Ethereum account address with value equality. <c>default(Address)</c> is <see cref="Zero"/>.
/// <see cref="ToString"/> gives the EIP-55 checksummed form.
/// </summary>
public readonly record struct Address
{
    /// <summary>Length of an address in bytes.</summary>
    public const int Length = 20;

    // Three fields instead of a byte[] so the struct is immutable and compares by value for free.
    private readonly ulong _high;
    private readonly ulong _middle;
    private readonly uint _low;

    /// <summary>The zero address 0x0000000000000000000000000000000000000000.</summary>
    public static Address Zero => default;

    /// <summary>Creates an address from exactly 20 bytes.</summary>
    /// <exception cref="ArgumentException">The span is not 20 bytes long.</exception>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"An address is {Length} bytes; got {bytes.Length}.", nameof(bytes));
        _high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _middle = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _low = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    /// <summary>Writes the 20 address bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Length)
            throw new ArgumentException($"Destination needs {Length} bytes; has {destination.Length}.", nameof(destination));
        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _low);
    }

    /// <summary>Returns a new array holding the 20 address bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>True for the zero address.</summary>
    public bool IsZero => _high == 0 && _middle == 0 && _low == 0;

    /// <summary>
    /// Derives the address of a secp256k1 public key: the last 20 bytes of keccak256 of the
    /// 64-byte uncompressed point (an optional leading 0x04 byte is accepted).
    /// </summary>
    public static Address FromPublicKey(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length == 65 && publicKey[0] == 0x04)
            publicKey = publicKey[1..];
        if (publicKey.Length != 64)
            throw new ArgumentException(
                $"An uncompressed public key is 64 bytes (or 65 with a 0x04 prefix); got {publicKey.Length}.",
                nameof(publicKey));
        return new Address(Keccak256.Hash(publicKey).AsSpan(12));
    }

    /// <summary>
    /// Parses a 40-hex-digit address, with or without 0x. All-lower and all-upper case are accepted
    /// as is; mixed case must carry a valid EIP-55 checksum.
    /// </summary>
    /// <exception cref="FormatException">Wrong length, non-hex characters, or a bad EIP-55 checksum.</exception>
    public static Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var address, out var error) ? address : throw new FormatException(error);
    }

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Address address)
    {
        address = default;
        return text is not null && TryParseCore(text, out address, out _);
    }

    private static bool TryParseCore(string text, out Address address, out string error)
    {
        address = default;
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (digits.Length != Length * 2)
        {
            error = $"An address has {Length * 2} hex digits; '{Shorten(text)}' has {digits.Length}.";
            return false;
        }
        Span<byte> bytes = stackalloc byte[Length];
        if (Convert.FromHexString(digits, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            error = $"Address '{Shorten(text)}' contains characters that are not hex digits.";
            return false;
        }
        address = new Address(bytes);
        var hasLower = digits.IndexOfAnyInRange('a', 'f') >= 0;
        var hasUpper = digits.IndexOfAnyInRange('A', 'F') >= 0;
        if (hasLower && hasUpper && !digits.SequenceEqual(address.ToChecksumDigits()))
        {
            error = $"Address '{text}' is mixed-case but its EIP-55 checksum is wrong (expected {address}).";
            address = default;
            return false;
        }
        error = string.Empty;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "...";

    private string ToChecksumDigits()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        var lower = Convert.ToHexStringLower(bytes);
        var hash = Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(lower));
        return string.Create(lower.Length, (lower, hash), static (chars, state) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var nibble = (state.hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
                var c = state.lower[i];
                chars[i] = nibble >= 8 && c >= 'a' ? char.ToUpperInvariant(c) : c;
            }
        });
    }

    /// <summary>The EIP-55 checksummed form, 0x-prefixed.</summary>
    public override string ToString() => "0x" + ToChecksumDigits();

    /// <summary>The lower-case 0x-prefixed form (as JSON-RPC nodes return it).</summary>
    public string ToLowerHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Hex.Encode(bytes);
    }
}
