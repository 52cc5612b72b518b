namespace KeeperSuite.Ethereum.Accounts;

/// <summary>
/// Where the keeper's signing key comes from: either a hex key in an environment variable, or a Web3 Secret Storage v3
/// keystore file plus its password (from a file or an environment variable). Bind it from configuration (e.g. a
/// "Keeper:Signer" section); the key itself is never a setting.
/// </summary>
public sealed class KeeperKeyOptions
{
    /// <summary>Name of an environment variable holding the private key as 64 hex digits (0x optional).</summary>
    public string? PrivateKeyEnvironmentVariable { get; set; }

    /// <summary>Path of a Web3 Secret Storage v3 keystore file (scrypt or pbkdf2), e.g. one written by geth or ethers.</summary>
    public string? KeystoreFile { get; set; }

    /// <summary>Path of a file holding the keystore password (one trailing line break is ignored).</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Name of an environment variable holding the keystore password.</summary>
    public string? PasswordEnvironmentVariable { get; set; }
}
