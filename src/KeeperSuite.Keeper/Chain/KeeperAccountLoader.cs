using KeeperSuite.Keeper.Configuration;
using Nethereum.KeyStore;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Keeper.Chain;

/// <summary>Loads the keeper's signing account from <c>Keeper:Signer</c>; errors name the setting, never the key.</summary>
public static class KeeperAccountLoader
{
    public static Account Load(SignerOptions signer, long chainId)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!string.IsNullOrWhiteSpace(signer.PrivateKeyEnvironmentVariable))
        {
            var name = signer.PrivateKeyEnvironmentVariable;
            var key = Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrWhiteSpace(key))
                throw new KeeperConfigurationException($"Keeper:Signer:PrivateKeyEnvironmentVariable: the environment variable '{name}' is not set or empty; export the keeper's hex private key in it");
            try
            {
                return new Account(key.Trim(), chainId);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
            {
                throw new KeeperConfigurationException($"Keeper:Signer:PrivateKeyEnvironmentVariable: the variable '{name}' does not hold a 32-byte hex private key");
            }
        }

        var file = signer.KeystoreFile!;
        if (!File.Exists(file))
            throw new KeeperConfigurationException($"Keeper:Signer:KeystoreFile: '{file}' does not exist");
        var password = ReadPassword(signer);
        try
        {
            var key = new KeyStoreService().DecryptKeyStoreFromJson(password, File.ReadAllText(file));
            return new Account(key, chainId);
        }
        catch (Nethereum.KeyStore.Crypto.DecryptionException)
        {
            throw new KeeperConfigurationException($"Keeper:Signer:PasswordFile: the password does not decrypt '{file}'; check the password");
        }
        catch (Exception e) when (e is not KeeperConfigurationException)
        {
            throw new KeeperConfigurationException($"Keeper:Signer:KeystoreFile: '{file}' is not a valid v3 keystore ({e.GetType().Name})");
        }
    }

    private static string ReadPassword(SignerOptions signer)
    {
        if (!string.IsNullOrWhiteSpace(signer.PasswordFile))
        {
            if (!File.Exists(signer.PasswordFile))
                throw new KeeperConfigurationException($"Keeper:Signer:PasswordFile: '{signer.PasswordFile}' does not exist");
            return File.ReadLines(signer.PasswordFile).FirstOrDefault() ?? "";
        }
        var value = Environment.GetEnvironmentVariable(signer.PasswordEnvironmentVariable!);
        return value ?? throw new KeeperConfigurationException(
            $"Keeper:Signer:PasswordEnvironmentVariable: the environment variable '{signer.PasswordEnvironmentVariable}' is not set");
    }
}
