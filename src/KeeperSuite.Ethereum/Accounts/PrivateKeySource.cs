using KeeperSuite.Ethereum.Signing;

namespace KeeperSuite.Ethereum.Accounts;

/// <summary>
/// Where the keeper's signing key comes from: a hex key in an environment variable, or a keystore file
/// whose password is in an environment variable. Bind it from configuration ("Signer" section).
/// </summary>
public sealed record PrivateKeyOptions
{
    /// <summary>Name of an environment variable holding the hex private key.</summary>
    public string? PrivateKeyEnvironmentVariable { get; init; }

    /// <summary>Path of a Web3 Secret Storage v3 keystore file.</summary>
    public string? KeyStorePath { get; init; }

    /// <summary>Name of the environment variable holding the keystore password.</summary>
    public string? KeyStorePasswordEnvironmentVariable { get; init; }
}

/// <summary>
/// Loads the signing key. Error messages name the variable or file, never the key or the password;
/// nothing here logs.
/// </summary>
public sealed class PrivateKeySource
{
    private readonly Func<string, string?> _getEnvironmentVariable;

    /// <summary>Reads the process environment.</summary>
    public PrivateKeySource() : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads environment variables through <paramref name="getEnvironmentVariable"/> (for hosts and tests).</summary>
    public PrivateKeySource(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        _getEnvironmentVariable = getEnvironmentVariable;
    }

    /// <summary>Loads the key the options describe: exactly one of the env-var key or the keystore must be configured.</summary>
    /// <exception cref="InvalidOperationException">Nothing or both configured, a variable unset, or an unusable key.</exception>
    /// <exception cref="KeyStoreException">The keystore cannot be decrypted (e.g. wrong password).</exception>
    public EthECKey Load(PrivateKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fromEnvironment = !string.IsNullOrWhiteSpace(options.PrivateKeyEnvironmentVariable);
        var fromKeyStore = !string.IsNullOrWhiteSpace(options.KeyStorePath);
        return (fromEnvironment, fromKeyStore) switch
        {
            (true, false) => FromEnvironment(options.PrivateKeyEnvironmentVariable!),
            (false, true) => FromKeyStoreFile(options.KeyStorePath!,
                options.KeyStorePasswordEnvironmentVariable
                ?? throw new InvalidOperationException("A keystore path is configured but no password environment variable.")),
            (true, true) => throw new InvalidOperationException("Configure either a private-key environment variable or a keystore, not both."),
            _ => throw new InvalidOperationException("No signing key configured: set a private-key environment variable or a keystore path."),
        };
    }

    /// <summary>Loads a hex private key from an environment variable.</summary>
    /// <exception cref="InvalidOperationException">The variable is unset or does not hold a valid key.</exception>
    public EthECKey FromEnvironment(string variableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variableName);
        var value = _getEnvironmentVariable(variableName);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"Environment variable {variableName} is not set; it should hold the hex private key.");
        try
        {
            return EthECKey.FromHex(value);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Environment variable {variableName} does not hold a valid private key: {e.Message}");
        }
    }

    /// <summary>Decrypts a keystore file with the password held in an environment variable.</summary>
    /// <exception cref="InvalidOperationException">The password variable is unset or the file is missing.</exception>
    /// <exception cref="KeyStoreException">The keystore cannot be decrypted.</exception>
    public EthECKey FromKeyStoreFile(string path, string passwordVariableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordVariableName);
        var password = _getEnvironmentVariable(passwordVariableName)
            ?? throw new InvalidOperationException($"Environment variable {passwordVariableName} (keystore password) is not set.");
        if (!File.Exists(path))
            throw new InvalidOperationException($"Keystore file '{path}' does not exist.");
        return KeyStore.DecryptFile(path, password);
    }
}
