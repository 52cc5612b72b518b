using System.Globalization;
using System.Numerics;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Crypto;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Ethereum.Accounts;

/// <summary>
/// Loads the keeper's signing key as a Nethereum <see cref="Account"/> (decryption by Nethereum.KeyStore). Every failure
/// is a <see cref="KeeperKeyException"/> naming the setting to fix; nothing here logs.
/// </summary>
/// <remarks>
/// Keystore passwords are used as their UTF-8 bytes, exactly as given: Nethereum does not NFKC-normalise them (ethers
/// does), so a keystore written by ethers with a password that is not in NFKC form needs the password in NFKC form.
/// </remarks>
public sealed class KeeperAccountLoader
{
    // secp256k1 group order: a private key must lie in [1, n-1].
    private static readonly BigInteger CurveOrder = BigInteger.Parse(
        "0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private readonly Func<string, string?> _getEnvironmentVariable;

    /// <summary>Reads the process environment.</summary>
    public KeeperAccountLoader() : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads environment variables through <paramref name="getEnvironmentVariable"/> (for hosts and tests).</summary>
    public KeeperAccountLoader(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        _getEnvironmentVariable = getEnvironmentVariable;
    }

    /// <summary>
    /// Loads the key <paramref name="options"/> describe (exactly one of <see cref="KeeperKeyOptions.PrivateKeyEnvironmentVariable"/>
    /// or <see cref="KeeperKeyOptions.KeystoreFile"/>) as an account that signs for <paramref name="chainId"/>.
    /// </summary>
    /// <exception cref="KeeperKeyException">A setting is missing or wrong, a file unreadable, the key invalid, or the password wrong.</exception>
    public async Task<Account> LoadAsync(KeeperKeyOptions options, BigInteger chainId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fromEnvironment = !string.IsNullOrWhiteSpace(options.PrivateKeyEnvironmentVariable);
        var fromKeystore = !string.IsNullOrWhiteSpace(options.KeystoreFile);
        var key = (fromEnvironment, fromKeystore) switch
        {
            (true, false) => FromEnvironment(options.PrivateKeyEnvironmentVariable!),
            (false, true) => await FromKeystoreAsync(options, cancellationToken).ConfigureAwait(false),
            (true, true) => throw new KeeperKeyException(nameof(KeeperKeyOptions.PrivateKeyEnvironmentVariable),
                $"set either it or {nameof(KeeperKeyOptions.KeystoreFile)}, not both."),
            _ => throw new KeeperKeyException(nameof(KeeperKeyOptions.PrivateKeyEnvironmentVariable),
                $"no signing key configured: set it to the name of an environment variable holding the hex private key, or set {nameof(KeeperKeyOptions.KeystoreFile)} and a password."),
        };
        try
        {
            return new Account(key, chainId);
        }
        finally
        {
            Array.Clear(key);
        }
    }

    private byte[] FromEnvironment(string variable)
    {
        const string Setting = nameof(KeeperKeyOptions.PrivateKeyEnvironmentVariable);
        var value = _getEnvironmentVariable(variable)?.Trim();
        if (string.IsNullOrEmpty(value))
            throw new KeeperKeyException(Setting, $"environment variable {variable} is not set or empty; it must hold the keeper's private key as 64 hex digits.");
        return ValidKey(value) ?? throw new KeeperKeyException(Setting,
            $"environment variable {variable} does not hold a valid secp256k1 private key (expected 64 hex digits, 0x optional, not zero).");
    }

    private async Task<byte[]> FromKeystoreAsync(KeeperKeyOptions options, CancellationToken cancellationToken)
    {
        var path = options.KeystoreFile!;
        var (password, passwordSetting) = await PasswordAsync(options, cancellationToken).ConfigureAwait(false);
        var json = await ReadFileAsync(nameof(KeeperKeyOptions.KeystoreFile), path, "a Web3 Secret Storage v3 keystore (JSON)", cancellationToken)
            .ConfigureAwait(false);
        byte[] key;
        try
        {
            key = new KeyStoreService().DecryptKeyStoreFromJson(password, json);
        }
        catch (DecryptionException e)
        {
            // The MAC check failed: with an intact file that means the password is wrong.
            throw new KeeperKeyException(passwordSetting,
                $"wrong password for the keystore {path} (its MAC does not match); check the password or {nameof(KeeperKeyOptions.KeystoreFile)}.", e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new KeeperKeyException(nameof(KeeperKeyOptions.KeystoreFile),
                $"{path} is not a readable Web3 Secret Storage v3 keystore ({e.GetType().Name}); point it at a keystore JSON file.", e);
        }
        return key.Length == 32 && IsInRange(key) ? key : throw new KeeperKeyException(nameof(KeeperKeyOptions.KeystoreFile),
            $"{path} decrypts to something that is not a valid secp256k1 private key.");
    }

    private async Task<(string Password, string Setting)> PasswordAsync(KeeperKeyOptions options, CancellationToken cancellationToken)
    {
        var fromFile = !string.IsNullOrWhiteSpace(options.PasswordFile);
        var fromEnvironment = !string.IsNullOrWhiteSpace(options.PasswordEnvironmentVariable);
        switch (fromFile, fromEnvironment)
        {
            case (true, false):
                var text = await ReadFileAsync(nameof(KeeperKeyOptions.PasswordFile), options.PasswordFile!, "the keystore password", cancellationToken)
                    .ConfigureAwait(false);
                // `echo secret > file` adds a line break that is not part of the password.
                return (StripOneLineBreak(text), nameof(KeeperKeyOptions.PasswordFile));
            case (false, true):
                var variable = options.PasswordEnvironmentVariable!;
                var value = _getEnvironmentVariable(variable);
                return string.IsNullOrEmpty(value)
                    ? throw new KeeperKeyException(nameof(KeeperKeyOptions.PasswordEnvironmentVariable),
                        $"environment variable {variable} is not set or empty; it must hold the password of {nameof(KeeperKeyOptions.KeystoreFile)}.")
                    : (value, nameof(KeeperKeyOptions.PasswordEnvironmentVariable));
            case (true, true):
                throw new KeeperKeyException(nameof(KeeperKeyOptions.PasswordFile),
                    $"set either it or {nameof(KeeperKeyOptions.PasswordEnvironmentVariable)}, not both.");
            default:
                throw new KeeperKeyException(nameof(KeeperKeyOptions.PasswordFile),
                    $"{nameof(KeeperKeyOptions.KeystoreFile)} is set but no password is: set {nameof(KeeperKeyOptions.PasswordFile)} or {nameof(KeeperKeyOptions.PasswordEnvironmentVariable)}.");
        }
    }

    private static async Task<string> ReadFileAsync(string setting, string path, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new KeeperKeyException(setting, $"cannot read {path} ({e.GetType().Name}: {e.Message}); it must be a readable file holding {what}.", e);
        }
    }

    private static string StripOneLineBreak(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;

    private static byte[]? ValidKey(string hex)
    {
        var digits = hex.RemoveHexPrefix();
        if (digits.Length != 64 || !digits.IsHex())
            return null;
        var key = digits.HexToByteArray();
        if (IsInRange(key))
            return key;
        Array.Clear(key);
        return null;
    }

    private static bool IsInRange(byte[] key)
    {
        var value = new BigInteger(key, isUnsigned: true, isBigEndian: true);
        return value > 0 && value < CurveOrder;
    }
}
