namespace KeeperSuite.Ethereum.Accounts;

/// <summary>
/// The keeper key could not be loaded. <see cref="Exception.Message"/> starts with the setting to fix (a
/// <see cref="KeeperKeyOptions"/> property name, so a host can prefix its section, e.g. "Keeper:Signer:") and says what
/// to do. Neither the key nor the password is ever part of the message.
/// </summary>
public sealed class KeeperKeyException : Exception
{
    /// <summary>Creates the exception for <paramref name="setting"/>; <paramref name="problem"/> follows "Setting: ".</summary>
    public KeeperKeyException(string setting, string problem, Exception? innerException = null)
        : base($"{setting}: {problem}", innerException)
    {
        Setting = setting;
    }

    /// <summary>The <see cref="KeeperKeyOptions"/> property to fix, e.g. "PasswordFile".</summary>
    public string Setting { get; }
}
