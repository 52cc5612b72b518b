using System.Numerics;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace KeeperSuite.Ethereum.Signing;

/// <summary>
/// A secp256k1 private key with its Ethereum address. The key never appears in <see cref="ToString"/>,
/// exceptions or logs; <see cref="Dispose"/> zeroes the key bytes this object holds.
/// </summary>
/// <remarks>
/// BouncyCastle works on immutable big integers, so each signature briefly creates an integer copy of
/// the key that cannot be wiped; only the byte[] owned by this object is cleared on dispose.
/// </remarks>
public sealed class EthECKey : IDisposable
{
    /// <summary>Length of a private key in bytes.</summary>
    public const int PrivateKeyLength = 32;

    private static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    private static readonly BcBigInteger HalfN = Curve.N.ShiftRight(1);
    private static readonly FixedPointCombMultiplier Multiplier = new();

    private readonly byte[] _privateKey;
    private readonly byte[] _publicKey;
    private bool _disposed;

    /// <summary>Creates a key from 32 big-endian bytes (copied).</summary>
    /// <exception cref="ArgumentException">Not 32 bytes, zero, or not below the curve order.</exception>
    public EthECKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeyLength)
            throw new ArgumentException($"A private key is {PrivateKeyLength} bytes; got {privateKey.Length}.", nameof(privateKey));
        _privateKey = privateKey.ToArray();
        var d = new BcBigInteger(1, _privateKey);
        if (d.SignValue == 0 || d.CompareTo(Curve.N) >= 0)
        {
            CryptographicOperations.ZeroMemory(_privateKey);
            throw new ArgumentException("The private key is not a valid secp256k1 scalar (zero or not below the curve order).", nameof(privateKey));
        }
        _publicKey = Multiplier.Multiply(Curve.G, d).Normalize().GetEncoded(false)[1..];
        Address = Address.FromPublicKey(_publicKey);
    }

    /// <summary>Creates a key from 64 hex digits, with or without 0x.</summary>
    /// <exception cref="FormatException">Not 32 bytes of hex (the message never echoes the input).</exception>
    public static EthECKey FromHex(string privateKeyHex)
    {
        ArgumentNullException.ThrowIfNull(privateKeyHex);
        byte[] bytes;
        try
        {
            bytes = Hex.Decode(privateKeyHex.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("The private key is not valid hex (value not shown).");
        }
        try
        {
            if (bytes.Length != PrivateKeyLength)
                throw new FormatException($"A private key is {PrivateKeyLength} bytes of hex; the value given has {bytes.Length} bytes (value not shown).");
            return new EthECKey(bytes);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Creates a fresh random key.</summary>
    public static EthECKey Generate()
    {
        var bytes = new byte[PrivateKeyLength];
        try
        {
            while (true)
            {
                RandomNumberGenerator.Fill(bytes);
                var d = new BcBigInteger(1, bytes);
                if (d.SignValue > 0 && d.CompareTo(Curve.N) < 0)
                    return new EthECKey(bytes);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The account address of this key.</summary>
    public Address Address { get; }

    /// <summary>The 64-byte uncompressed public key (x ‖ y, no 0x04 prefix).</summary>
    public byte[] GetPublicKey() => (byte[])_publicKey.Clone();

    /// <summary>A copy of the 32 private key bytes. The caller owns (and should zero) the copy.</summary>
    public byte[] GetPrivateKeyBytes()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return (byte[])_privateKey.Clone();
    }

    /// <summary>
    /// Signs a 32-byte hash with a deterministic RFC 6979 nonce (HMAC-SHA256), normalised to low s
    /// (EIP-2), and returns r, s and the recovery id (0 or 1: the parity of R's y after normalisation).
    /// </summary>
    public EthECDSASignature SignHash(ReadOnlySpan<byte> hash)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (hash.Length != 32)
            throw new ArgumentException($"Sign a 32-byte hash; got {hash.Length} bytes.", nameof(hash));
        var n = Curve.N;
        var d = new BcBigInteger(1, _privateKey);
        var hashBytes = hash.ToArray();
        var e = new BcBigInteger(1, hashBytes);
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(n, d, hashBytes);
        while (true)
        {
            var k = kCalculator.NextK();
            var point = Multiplier.Multiply(Curve.G, k).Normalize();
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(n);
            if (r.SignValue == 0)
                continue;
            var s = k.ModInverse(n).Multiply(e.Add(d.Multiply(r))).Mod(n);
            if (s.SignValue == 0)
                continue;
            var recoveryId = (point.AffineYCoord.TestBitZero() ? 1 : 0) | (x.CompareTo(n) >= 0 ? 2 : 0);
            if (s.CompareTo(HalfN) > 0)
            {
                s = n.Subtract(s);
                recoveryId ^= 1;
            }
            return new EthECDSASignature(ToSystem(r), ToSystem(s), recoveryId);
        }
    }

    /// <summary>
    /// Signs an EIP-191 personal message ("\x19Ethereum Signed Message:\n" + length + message), as
    /// personal_sign / ethers' signMessage; returns the 65-byte r ‖ s ‖ v signature with v = 27 + recovery id.
    /// </summary>
    public byte[] SignMessage(ReadOnlySpan<byte> message)
    {
        var signature = SignHash(HashPersonalMessage(message));
        return [.. signature.ToBytes(), (byte)(27 + signature.RecoveryId)];
    }

    /// <summary>keccak256("\x19Ethereum Signed Message:\n" + len(message) + message) (EIP-191 version 0x45).</summary>
    public static byte[] HashPersonalMessage(ReadOnlySpan<byte> message)
    {
        var prefix = System.Text.Encoding.UTF8.GetBytes(
            "\u0019Ethereum Signed Message:\n" + message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Keccak256.Hash([.. prefix, .. message]);
    }

    /// <summary>Recovers the signer's address from a hash and a signature; null when the signature is invalid.</summary>
    public static Address? RecoverAddress(ReadOnlySpan<byte> hash, EthECDSASignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (hash.Length != 32 || signature.RecoveryId is < 0 or > 3)
            return null;
        var n = Curve.N;
        var r = ToBouncyCastle(signature.R);
        var s = ToBouncyCastle(signature.S);
        if (r.SignValue <= 0 || s.SignValue <= 0 || r.CompareTo(n) >= 0 || s.CompareTo(n) >= 0)
            return null;
        var x = signature.RecoveryId >= 2 ? r.Add(n) : r;
        var fieldSize = Curve.Curve.Field.Characteristic;
        if (x.CompareTo(fieldSize) >= 0)
            return null;
        var compressed = new byte[33];
        compressed[0] = (byte)(0x02 + (signature.RecoveryId & 1));
        var xBytes = x.ToByteArrayUnsigned();
        xBytes.CopyTo(compressed, 33 - xBytes.Length);
        ECPoint point;
        try
        {
            point = Curve.Curve.DecodePoint(compressed);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var e = new BcBigInteger(1, hash.ToArray());
        var rInverse = r.ModInverse(n);
        var q = ECAlgorithms.SumOfTwoMultiplies(
            Curve.G, rInverse.Multiply(n.Subtract(e)).Mod(n),
            point, rInverse.Multiply(s).Mod(n)).Normalize();
        return q.IsInfinity ? null : Address.FromPublicKey(q.GetEncoded(false));
    }

    private static BigInteger ToSystem(BcBigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);

    private static BcBigInteger ToBouncyCastle(BigInteger value) =>
        new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));

    /// <summary>Zeroes the private key bytes; the key cannot sign afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        CryptographicOperations.ZeroMemory(_privateKey);
        _disposed = true;
    }

    /// <summary>Shows the address only; the private key is redacted.</summary>
    public override string ToString() => $"EthECKey {{ Address = {Address}, PrivateKey = [redacted] }}";
}

/// <summary>An ECDSA secp256k1 signature with its public-key recovery id.</summary>
/// <param name="R">r, 0 &lt; r &lt; n.</param>
/// <param name="S">s, low (s ≤ n/2) when produced by <see cref="EthECKey.SignHash"/>.</param>
/// <param name="RecoveryId">0 or 1 (2, 3 only in the astronomically rare case r ≥ n - p).</param>
public sealed record EthECDSASignature(BigInteger R, BigInteger S, int RecoveryId)
{
    /// <summary>r ‖ s as 64 bytes.</summary>
    public byte[] ToBytes() => [.. UInt256.ToBigEndian(R), .. UInt256.ToBigEndian(S)];
}
