using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeeperSuite.Keeper.Tests;

/// <summary>Every bad setting stops the keeper with exit code 2 and one line naming the key — never a stack trace.</summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperConfigurationTests(KeeperChainFixture chain)
{
    private static async Task AssertRefusedAsync(string[] args, string key)
    {
        var (code, error) = await KeeperRunner.InvokeAsync(args);
        Assert.True(code == 2, $"exit code {code}, stderr: {error}");
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static string[] Run(KeeperRunner keeper, params string[] extra) => ["run", "--once", .. keeper.Settings(extra)];

    [Fact]
    public async Task Missing_deployments_file()
    {
        using var keeper = new KeeperRunner(chain);
        await AssertRefusedAsync(Run(keeper, "--Keeper:DeploymentsFile", "/nonexistent/custom.json"), "Keeper:DeploymentsFile");
    }

    /// <summary>
    /// An RPC that does not answer is not a refused configuration (exit 2 keeps systemd from restarting): <c>run --once</c>
    /// exits 1 with one line; the daemon waits for the endpoint (DaemonHealthTests).
    /// </summary>
    [Fact]
    public async Task Unreachable_rpc_is_exit_1_for_run_once_with_one_line_not_a_refused_configuration()
    {
        using var keeper = new KeeperRunner(chain);
        var (code, error) = await KeeperRunner.InvokeAsync(Run(keeper, "--Rpc:Endpoints:0", "http://127.0.0.1:9/", "--Rpc:RetryCount", "0"));
        Assert.True(code == 1, $"exit code {code}, stderr: {error}");
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: Rpc:Endpoints: no endpoint answered", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_id_other_than_the_deployments_file()
    {
        using var keeper = new KeeperRunner(chain);
        var file = Path.Combine(keeper.StateDirectory, "other-chain.json");
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(chain.DeploymentsFile))!;
        doc["chainId"] = 11155111;
        await File.WriteAllTextAsync(file, doc.ToJsonString());
        await AssertRefusedAsync(Run(keeper, "--Keeper:DeploymentsFile", file), "chain id 11155111");
    }

    [Fact]
    public async Task No_code_at_a_deployed_address()
    {
        using var keeper = new KeeperRunner(chain);
        var file = Path.Combine(keeper.StateDirectory, "no-code.json");
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(chain.DeploymentsFile))!;
        doc["contracts"]!["Waterfall"]!["address"] = "0x000000000000000000000000000000000000dEaD";
        await File.WriteAllTextAsync(file, doc.ToJsonString());
        await AssertRefusedAsync(Run(keeper, "--Keeper:DeploymentsFile", file), "no contract code at Waterfall");
    }

    [Fact]
    public async Task Missing_key_variable()
    {
        using var keeper = new KeeperRunner(chain);
        await AssertRefusedAsync(Run(keeper, "--Keeper:Signer:PrivateKeyEnvironmentVariable", "KEEPER_TEST_UNSET_" + Guid.NewGuid().ToString("N")), "Keeper:Signer:PrivateKeyEnvironmentVariable");
    }

    [Fact]
    public async Task Keystore_with_a_wrong_password()
    {
        using var keeper = new KeeperRunner(chain);
        var key = Nethereum.Signer.EthECKey.GenerateKey();
        var keystore = new Nethereum.KeyStore.KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson(
            "right password", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(), new Nethereum.KeyStore.Model.ScryptParams { Dklen = 32, N = 1024, R = 8, P = 1 });
        var keystoreFile = Path.Combine(keeper.StateDirectory, "keystore.json");
        var passwordFile = Path.Combine(keeper.StateDirectory, "password.txt");
        await File.WriteAllTextAsync(keystoreFile, keystore);
        await File.WriteAllTextAsync(passwordFile, "wrong password\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keystoreFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await AssertRefusedAsync(Run(keeper, "--Keeper:Signer:PrivateKeyEnvironmentVariable", "", "--Keeper:Signer:KeystoreFile", keystoreFile, "--Keeper:Signer:PasswordFile", passwordFile), "Keeper:Signer:");
    }

    [Fact]
    public async Task World_readable_keystore_or_password_file()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var keeper = new KeeperRunner(chain);
        var keystoreFile = Path.Combine(keeper.StateDirectory, "keystore.json");
        var passwordFile = Path.Combine(keeper.StateDirectory, "password.txt");
        await File.WriteAllTextAsync(keystoreFile, "{}");
        await File.WriteAllTextAsync(passwordFile, "secret\n");
        File.SetUnixFileMode(keystoreFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string[] args = [.. Run(keeper, "--Keeper:Signer:PrivateKeyEnvironmentVariable", "", "--Keeper:Signer:KeystoreFile", keystoreFile, "--Keeper:Signer:PasswordFile", passwordFile)];
        await AssertRefusedAsync(args, "Keeper:Signer:KeystoreFile");
        File.SetUnixFileMode(keystoreFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        await AssertRefusedAsync(args, "Keeper:Signer:PasswordFile");
    }

    [Fact]
    public async Task Fee_cap_of_zero()
    {
        using var keeper = new KeeperRunner(chain);
        await AssertRefusedAsync(Run(keeper, "--Keeper:Fees:MaxFeePerGasGwei", "0"), "Keeper:Fees:MaxFeePerGasGwei");
    }

    [Fact]
    public async Task Unknown_option_and_unknown_setting()
    {
        using var keeper = new KeeperRunner(chain);
        await AssertRefusedAsync(Run(keeper, "--frobnicate"), "--frobnicate");
        await AssertRefusedAsync(Run(keeper, "--Keeper:Confirmatoins", "3"), "Keeper:Confirmatoins");
    }

    [Fact]
    public async Task Bad_shard()
    {
        using var keeper = new KeeperRunner(chain);
        await AssertRefusedAsync(Run(keeper, "--Keeper:Shard", "2/2"), "Keeper:Shard");
    }
}
