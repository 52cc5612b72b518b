using System.Text.Json;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.Accounts;
using KeeperSuite.Testing;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;
using Nethereum.Signer;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>
/// The keeper key from an environment variable or a keystore + password, through Nethereum.KeyStore; every failure names
/// the setting, and the key never shows up in a message. Keystores come from ethers (tests/vectors/keystores.json).
/// </summary>
public sealed class KeeperAccountLoaderTests : IDisposable
{
    private const string KeyVariable = "TEST_KEEPER_KEY";
    private const string PasswordVariable = "TEST_KEEPER_PASSWORD";
    private static readonly JsonElement Vectors = LoadVectors();

    private readonly Dictionary<string, string?> _environment = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("keeper-key-").FullName;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private KeeperAccountLoader Loader => new(name => _environment.GetValueOrDefault(name));

    private CancellationToken Ct => _timeout.Token;

    private static string Password => Vectors.GetProperty("password").GetString()!;

    private static string ExpectedAddress => Vectors.GetProperty("address").GetString()!;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        _timeout.Dispose();
    }

    [Fact]
    public async Task A_key_from_an_environment_variable_becomes_an_account_for_the_chain()
    {
        _environment[KeyVariable] = HardhatNodeFixture.Account0PrivateKey[2..]; // 0x is optional

        var account = await Loader.LoadAsync(new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable }, 31337, Ct);

        Assert.Equal(HardhatNodeFixture.Account0Address, account.Address);
        Assert.Equal(31337, (int)account.ChainId!.Value);
    }

    [Theory]
    [InlineData("scrypt")]
    [InlineData("pbkdf2")]
    public async Task An_ethers_keystore_decrypts_with_the_password_from_a_file(string kdf)
    {
        var options = new KeeperKeyOptions
        {
            KeystoreFile = Write("keystore.json", Vectors.GetProperty(kdf).GetRawText()),
            PasswordFile = Write("password.txt", Password + "\n"), // `echo pw > file` adds a line break
        };

        var account = await Loader.LoadAsync(options, 1, Ct);

        Assert.Equal(ExpectedAddress, account.Address);
    }

    [Fact]
    public async Task A_nethereum_keystore_decrypts_with_the_password_from_a_variable()
    {
        var key = EthECKey.GenerateKey();
        var json = new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "s3cret", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(), new ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 });
        _environment[PasswordVariable] = "s3cret";

        var account = await Loader.LoadAsync(
            new KeeperKeyOptions { KeystoreFile = Write("k.json", json), PasswordEnvironmentVariable = PasswordVariable }, 1, Ct);

        Assert.Equal(key.GetPublicAddress(), account.Address);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_names_the_password_setting()
    {
        var options = new KeeperKeyOptions
        {
            KeystoreFile = Write("keystore.json", Vectors.GetProperty("scrypt").GetRawText()),
            PasswordEnvironmentVariable = PasswordVariable,
        };
        _environment[PasswordVariable] = "not the password";

        var e = await Assert.ThrowsAsync<KeeperKeyException>(() => Loader.LoadAsync(options, 1, Ct));

        Assert.Equal(nameof(KeeperKeyOptions.PasswordEnvironmentVariable), e.Setting);
        Assert.StartsWith("PasswordEnvironmentVariable: wrong password", e.Message);
        Assert.DoesNotContain("not the password", e.ToString());
    }

    [Fact]
    public async Task Nethereum_uses_a_unicode_password_as_given_so_an_ethers_keystore_needs_its_nfkc_form()
    {
        // ethers NFKC-normalises passwords before deriving the key; Nethereum takes the UTF-8 bytes as they are.
        var unicodePassword = Vectors.GetProperty("unicodePassword").GetString()!;
        var keystore = Write("unicode.json", Vectors.GetProperty("unicode").GetRawText());
        _environment[PasswordVariable] = unicodePassword;
        var options = new KeeperKeyOptions { KeystoreFile = keystore, PasswordEnvironmentVariable = PasswordVariable };

        await Assert.ThrowsAsync<KeeperKeyException>(() => Loader.LoadAsync(options, 1, Ct));

        _environment[PasswordVariable] = unicodePassword.Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Equal(ExpectedAddress, (await Loader.LoadAsync(options, 1, Ct)).Address);
    }

    public static TheoryData<string, string> Misconfigurations() => new()
    {
        { "nothing", "PrivateKeyEnvironmentVariable: no signing key configured" },
        { "both", "PrivateKeyEnvironmentVariable: set either it or KeystoreFile, not both" },
        { "unset variable", "PrivateKeyEnvironmentVariable: environment variable TEST_KEEPER_KEY is not set or empty" },
        { "bad key", "PrivateKeyEnvironmentVariable: environment variable TEST_KEEPER_KEY does not hold a valid secp256k1 private key" },
        { "zero key", "PrivateKeyEnvironmentVariable: environment variable TEST_KEEPER_KEY does not hold a valid secp256k1 private key" },
        { "no password", "PasswordFile: KeystoreFile is set but no password is" },
        { "two passwords", "PasswordFile: set either it or PasswordEnvironmentVariable, not both" },
        { "missing keystore", "KeystoreFile: cannot read" },
        { "missing password file", "PasswordFile: cannot read" },
        { "unset password variable", "PasswordEnvironmentVariable: environment variable TEST_KEEPER_PASSWORD is not set or empty" },
        { "not a keystore", "KeystoreFile: " },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public async Task Each_misconfiguration_names_the_setting_to_fix(string case_, string expected)
    {
        var keystore = Write("keystore.json", Vectors.GetProperty("scrypt").GetRawText());
        var passwordFile = Write("password.txt", Password);
        var options = case_ switch
        {
            "nothing" => new KeeperKeyOptions(),
            "both" => new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable, KeystoreFile = keystore },
            "unset variable" => new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable },
            "bad key" => Env(KeyVariable, "0x1234", new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable }),
            "zero key" => Env(KeyVariable, new string('0', 64), new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable }),
            "no password" => new KeeperKeyOptions { KeystoreFile = keystore },
            "two passwords" => new KeeperKeyOptions { KeystoreFile = keystore, PasswordFile = passwordFile, PasswordEnvironmentVariable = PasswordVariable },
            "missing keystore" => new KeeperKeyOptions { KeystoreFile = Path.Combine(_dir, "nope.json"), PasswordFile = passwordFile },
            "missing password file" => new KeeperKeyOptions { KeystoreFile = keystore, PasswordFile = Path.Combine(_dir, "nope.txt") },
            "unset password variable" => new KeeperKeyOptions { KeystoreFile = keystore, PasswordEnvironmentVariable = PasswordVariable },
            "not a keystore" => new KeeperKeyOptions { KeystoreFile = Write("x.json", "{\"hello\":1}"), PasswordFile = passwordFile },
            _ => throw new ArgumentOutOfRangeException(nameof(case_)),
        };

        var e = await Assert.ThrowsAsync<KeeperKeyException>(() => Loader.LoadAsync(options, 1, Ct));

        Assert.StartsWith(expected, e.Message);
        Assert.StartsWith(e.Setting + ": ", e.Message);
    }

    [Fact]
    public async Task The_key_never_appears_in_an_exception_even_when_it_is_almost_valid()
    {
        var almost = HardhatNodeFixture.Account0PrivateKey[..^1] + "z";
        _environment[KeyVariable] = almost;

        var e = await Assert.ThrowsAsync<KeeperKeyException>(() =>
            Loader.LoadAsync(new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable }, 1, Ct));

        Assert.DoesNotContain(almost[2..20], e.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_loaded_account_does_not_print_its_key()
    {
        _environment[KeyVariable] = HardhatNodeFixture.Account0PrivateKey;
        var account = await Loader.LoadAsync(new KeeperKeyOptions { PrivateKeyEnvironmentVariable = KeyVariable }, 1, Ct);

        Assert.DoesNotContain(HardhatNodeFixture.Account0PrivateKey[2..], account.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private KeeperKeyOptions Env(string name, string value, KeeperKeyOptions options)
    {
        _environment[name] = value;
        return options;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static JsonElement LoadVectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLocator.Root, "tests", "vectors", "keystores.json")));
        return document.RootElement.Clone();
    }
}
