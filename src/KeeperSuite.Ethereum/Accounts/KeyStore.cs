using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KeeperSuite.Ethereum.Signing;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace KeeperSuite.Ethereum.Accounts;

/// <summary>Decrypts Web3 Secret Storage v3 keystore files (geth, ethers, MetaMask exports).</summary>
public static class KeyStore
{
    // Bounds on attacker-controlled KDF parameters: geth's "standard" scrypt is N=2^18, r=8 (256 MiB).
    private const long MaxScryptMemoryBytes = 1L << 30;
    private const int MaxPbkdf2Iterations = 10_000_000;
    private const int DerivedKeyLength = 32;

    /// <summary>
    /// Decrypts a v3 keystore (kdf scrypt or pbkdf2 with hmac-sha256, cipher aes-128-ctr) and returns its key.
    /// If the keystore names an address, the decrypted key must match it.
    /// </summary>
    /// <exception cref="KeyStoreException">Malformed keystore, unsupported parameters, or wrong password.</exception>
    public static EthECKey Decrypt(string json, string password)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(password);
        KeyStoreContents contents;
        try
        {
            using var document = JsonDocument.Parse(json);
            contents = Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new KeyStoreException($"The keystore is not valid JSON: {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new KeyStoreException($"The keystore has a malformed field: {e.Message}", e);
        }

        var derivedKey = DeriveKey(contents, NormalizedPasswordBytes(password));
        byte[]? privateKey = null;
        try
        {
            var mac = Keccak256.Hash([.. derivedKey.AsSpan(16, 16), .. contents.CipherText]);
            if (!CryptographicOperations.FixedTimeEquals(mac, contents.Mac))
            {
                throw new KeyStoreException(MayNeedNormalization(password)
                    ? "Wrong password (or a corrupted keystore): the keystore MAC does not match. The password has non-ASCII "
                      + "characters and this process cannot apply Unicode NFKC normalisation (InvariantGlobalization); "
                      + "if it was created by ethers or geth, supply the password in NFKC form."
                    : "Wrong password (or a corrupted keystore): the keystore MAC does not match.");
            }
            privateKey = AesCtr(derivedKey.AsSpan(0, 16).ToArray(), contents.Iv, contents.CipherText);
            if (privateKey.Length != EthECKey.PrivateKeyLength)
                throw new KeyStoreException($"The keystore holds {privateKey.Length} key bytes; a private key is 32.");
            EthECKey key;
            try
            {
                key = new EthECKey(privateKey);
            }
            catch (ArgumentException e)
            {
                throw new KeyStoreException("The keystore decrypts to an invalid secp256k1 private key.", e);
            }
            if (contents.Address is { } expected && expected != key.Address)
            {
                key.Dispose();
                throw new KeyStoreException($"The keystore says address {expected} but its key belongs to {key.Address}.");
            }
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derivedKey);
            if (privateKey is not null)
                CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Reads a keystore file and decrypts it.</summary>
    /// <exception cref="KeyStoreException">See <see cref="Decrypt"/>.</exception>
    public static EthECKey DecryptFile(string path, string password) => Decrypt(File.ReadAllText(path), password);

    private sealed record KeyStoreContents(
        string Kdf, JsonElement KdfParams, byte[] Iv, byte[] CipherText, byte[] Mac, Address? Address);

    private static KeyStoreContents Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new KeyStoreException("A keystore is a JSON object.");
        if (!TryGet(root, "version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 3)
            throw new KeyStoreException("Only version 3 keystores are supported.");
        if (!TryGet(root, "crypto", out var crypto) || crypto.ValueKind != JsonValueKind.Object)
            throw new KeyStoreException("The keystore has no \"crypto\" object.");
        var cipher = RequiredString(crypto, "cipher");
        if (!string.Equals(cipher, "aes-128-ctr", StringComparison.OrdinalIgnoreCase))
            throw new KeyStoreException($"Unsupported keystore cipher '{cipher}' (only aes-128-ctr).");
        if (!TryGet(crypto, "cipherparams", out var cipherParams))
            throw new KeyStoreException("The keystore has no \"cipherparams\".");
        if (!TryGet(crypto, "kdfparams", out var kdfParams) || kdfParams.ValueKind != JsonValueKind.Object)
            throw new KeyStoreException("The keystore has no \"kdfparams\" object.");
        var iv = Hex.Decode(RequiredString(cipherParams, "iv"));
        if (iv.Length != 16)
            throw new KeyStoreException($"The keystore iv is {iv.Length} bytes; aes-128-ctr needs 16.");
        var mac = Hex.Decode(RequiredString(crypto, "mac"));
        if (mac.Length != 32)
            throw new KeyStoreException($"The keystore MAC is {mac.Length} bytes; it should be 32.");
        Address? address = null;
        if (TryGet(root, "address", out var addressElement) && addressElement.ValueKind == JsonValueKind.String)
        {
            address = Address.TryParse(addressElement.GetString(), out var parsed)
                ? parsed
                : throw new KeyStoreException("The keystore \"address\" field is not a valid address.");
        }
        return new KeyStoreContents(
            RequiredString(crypto, "kdf").ToLowerInvariant(), kdfParams.Clone(), iv,
            Hex.Decode(RequiredString(crypto, "ciphertext")), mac, address);
    }

    private static byte[] DeriveKey(KeyStoreContents contents, byte[] password)
    {
        var p = contents.KdfParams;
        var dkLen = RequiredInt(p, "dklen");
        if (dkLen != DerivedKeyLength)
            throw new KeyStoreException($"Unsupported keystore dklen {dkLen} (expected {DerivedKeyLength}).");
        var salt = Hex.Decode(RequiredString(p, "salt"));
        try
        {
            switch (contents.Kdf)
            {
                case "scrypt":
                {
                    int n = RequiredInt(p, "n"), r = RequiredInt(p, "r"), parallel = RequiredInt(p, "p");
                    if (n < 2 || (n & (n - 1)) != 0 || r < 1 || parallel < 1 || parallel > 16)
                        throw new KeyStoreException($"Invalid scrypt parameters n={n}, r={r}, p={parallel}.");
                    if (128L * r * n > MaxScryptMemoryBytes)
                        throw new KeyStoreException($"scrypt parameters n={n}, r={r} would need more than {MaxScryptMemoryBytes >> 20} MiB; refusing.");
                    return SCrypt.Generate(password, salt, n, r, parallel, dkLen);
                }
                case "pbkdf2":
                {
                    var prf = RequiredString(p, "prf");
                    if (prf != "hmac-sha256")
                        throw new KeyStoreException($"Unsupported pbkdf2 prf '{prf}' (only hmac-sha256).");
                    var iterations = RequiredInt(p, "c");
                    if (iterations < 1 || iterations > MaxPbkdf2Iterations)
                        throw new KeyStoreException($"pbkdf2 iteration count {iterations} is outside 1..{MaxPbkdf2Iterations}.");
                    var generator = new Pkcs5S2ParametersGenerator(new Sha256Digest());
                    generator.Init(password, salt, iterations);
                    return ((KeyParameter)generator.GenerateDerivedMacParameters(dkLen * 8)).GetKey();
                }
                default:
                    throw new KeyStoreException($"Unsupported keystore kdf '{contents.Kdf}' (scrypt or pbkdf2).");
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }
    }

    private static byte[] AesCtr(byte[] key, byte[] iv, byte[] input)
    {
        var cipher = CipherUtilities.GetCipher("AES/CTR/NoPadding");
        cipher.Init(false, new ParametersWithIV(new KeyParameter(key), iv));
        var output = cipher.DoFinal(input);
        CryptographicOperations.ZeroMemory(key);
        return output;
    }

    // ethers and geth hash the password's UTF-8 bytes after NFKC normalisation. A process running with
    // InvariantGlobalization (no ICU) gets its input back from string.Normalize, so probe for it and say so.
    private static readonly bool NormalizationWorks = "A\u030A".Normalize(NormalizationForm.FormKC) == "\u00C5";

    private static byte[] NormalizedPasswordBytes(string password) =>
        Encoding.UTF8.GetBytes(NormalizationWorks ? password.Normalize(NormalizationForm.FormKC) : password);

    private static bool MayNeedNormalization(string password) => !NormalizationWorks && !password.All(char.IsAscii);

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        // ethers writes "Crypto", geth "crypto": match property names case-insensitively.
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string RequiredString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new KeyStoreException($"The keystore has no string field \"{name}\".");

    private static int RequiredInt(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new KeyStoreException($"The keystore has no integer field \"{name}\".");
}

/// <summary>A keystore that cannot be decrypted. Messages never contain key material or the password.</summary>
public sealed class KeyStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeyStoreException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong.</summary>
    public KeyStoreException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public KeyStoreException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
