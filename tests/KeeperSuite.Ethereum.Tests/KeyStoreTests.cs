using System.Text.Json;
using System.Text.Json.Nodes;
using KeeperSuite.Ethereum.Accounts;

namespace KeeperSuite.Ethereum.Tests;

public sealed class KeyStoreTests
{
    private static readonly JsonElement Stores = Vectors.Load("keystores.json");
    private static readonly string Password = Stores.GetProperty("password").GetString()!;
    private static readonly string ExpectedAddress = Stores.GetProperty("address").GetString()!;
    private const string KeyHex = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    private static string Json(string kdf) => Stores.GetProperty(kdf).GetRawText();

    [Theory]
    [InlineData("scrypt")]
    [InlineData("pbkdf2")]
    public void Decrypts_to_the_ethers_address(string kdf)
    {
        using var key = KeyStore.Decrypt(Json(kdf), Password);
        Assert.Equal(ExpectedAddress, key.Address.ToString());
        Assert.Equal(KeyHex, Convert.ToHexStringLower(key.GetPrivateKeyBytes()));
    }

    [Fact]
    public void Unicode_passwords_are_NFKC_normalised_as_ethers_does()
    {
        // The vector's password as a user may type it (decomposed umlauts); ethers stored its NFKC form.
        var typed = Stores.GetProperty("unicodePassword").GetString()!;
        const string nfkc = "P\u00e4ssw\u00f6rd 12";
        Assert.NotEqual(nfkc, typed);

        using (var key = KeyStore.Decrypt(Json("unicode"), typed))
            Assert.Equal(ExpectedAddress, key.Address.ToString());
        using (var key = KeyStore.Decrypt(Json("unicode"), nfkc))
            Assert.Equal(ExpectedAddress, key.Address.ToString());
    }

    [Theory]
    [InlineData("scrypt")]
    [InlineData("pbkdf2")]
    public void Wrong_password_is_a_clear_error_without_secrets(string kdf)
    {
        var e = Assert.Throws<KeyStoreException>(() => KeyStore.Decrypt(Json(kdf), "wrong password"));
        Assert.Contains("Wrong password", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyHex, e.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong password", e.Message, StringComparison.Ordinal);
    }

    private static string Mutate(string kdf, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Json(kdf))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static JsonObject Crypto(JsonObject root) => (root["crypto"] ?? root["Crypto"])!.AsObject();

    [Fact]
    public void Malformed_or_hostile_keystores_are_refused_with_reasons()
    {
        static void Expect(string json, string fragment)
        {
            var e = Assert.Throws<KeyStoreException>(() => KeyStore.Decrypt(json, Password));
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        }
        Expect("not json", "not valid JSON");
        Expect(Mutate("scrypt", r => r["version"] = 1), "version 3");
        Expect(Mutate("scrypt", r => Crypto(r)["cipher"] = "aes-256-cbc"), "cipher");
        Expect(Mutate("scrypt", r => Crypto(r)["kdf"] = "argon2"), "kdf");
        Expect(Mutate("scrypt", r => Crypto(r)["kdfparams"]!["n"] = 1 << 24), "MiB");
        Expect(Mutate("scrypt", r => Crypto(r)["kdfparams"]!["n"] = 1000), "scrypt parameters");
        Expect(Mutate("pbkdf2", r => Crypto(r)["kdfparams"]!["prf"] = "hmac-sha1"), "prf");
        Expect(Mutate("pbkdf2", r => Crypto(r)["kdfparams"]!["c"] = 2_000_000_000), "iteration count");
        Expect(Mutate("pbkdf2", r => Crypto(r)["mac"] = "zz"), "malformed");
        Expect(Mutate("pbkdf2", r => r["address"] = "0x0000000000000000000000000000000000000001"), "says address");
    }

    [Fact]
    public void PrivateKeySource_loads_from_an_environment_variable()
    {
        var env = new Dictionary<string, string?> { ["KEEPER_KEY"] = "0x" + KeyHex, ["BAD_KEY"] = "0x" + KeyHex[..20] };
        var source = new PrivateKeySource(name => env.GetValueOrDefault(name));

        using var key = source.Load(new PrivateKeyOptions { PrivateKeyEnvironmentVariable = "KEEPER_KEY" });
        Assert.Equal(ExpectedAddress, key.Address.ToString());

        var bad = Assert.Throws<InvalidOperationException>(() => source.FromEnvironment("BAD_KEY"));
        Assert.Contains("BAD_KEY", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyHex[..20], bad.ToString(), StringComparison.Ordinal);
        Assert.Contains("not set", Assert.Throws<InvalidOperationException>(() => source.FromEnvironment("MISSING")).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => source.Load(new PrivateKeyOptions()));
        Assert.Throws<InvalidOperationException>(() => source.Load(new PrivateKeyOptions { PrivateKeyEnvironmentVariable = "KEEPER_KEY", KeyStorePath = "x" }));
    }

    [Fact]
    public void PrivateKeySource_decrypts_a_keystore_file_with_the_password_from_the_environment()
    {
        var path = Path.Combine(Path.GetTempPath(), $"keystore-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json("scrypt"));
        try
        {
            var env = new Dictionary<string, string?> { ["KEEPER_PASSWORD"] = Password, ["WRONG"] = "nope" };
            var source = new PrivateKeySource(name => env.GetValueOrDefault(name));
            using var key = source.Load(new PrivateKeyOptions { KeyStorePath = path, KeyStorePasswordEnvironmentVariable = "KEEPER_PASSWORD" });
            Assert.Equal(ExpectedAddress, key.Address.ToString());
            Assert.Throws<KeyStoreException>(() => source.FromKeyStoreFile(path, "WRONG"));
            Assert.Contains("not set", Assert.Throws<InvalidOperationException>(() => source.FromKeyStoreFile(path, "UNSET")).Message, StringComparison.Ordinal);
            Assert.Contains("does not exist", Assert.Throws<InvalidOperationException>(() => source.FromKeyStoreFile(path + ".missing", "KEEPER_PASSWORD")).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
