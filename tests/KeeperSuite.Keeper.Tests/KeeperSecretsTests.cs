using System.Diagnostics;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Signer;

namespace KeeperSuite.Keeper.Tests;

/// <summary>The key never shows: the real <c>keeper</c> process's whole output (logs, errors, status) is scanned for it.</summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperSecretsTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task The_key_never_appears_in_logs_errors_or_status()
    {
        await chain.ResetAsync();
        var key = EthECKey.GenerateKey();
        var hex = key.GetPrivateKey().Replace("0x", "", StringComparison.Ordinal).ToLowerInvariant();
        using var keeper = new KeeperRunner(chain, key.GetPrivateKey());
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await chain.CrashAsync(45m, "WETH");
        var settings = keeper.Settings().ToArray();
        var variable = settings[Array.IndexOf(settings, "--Keeper:Signer:PrivateKeyEnvironmentVariable") + 1];

        var output = await KeeperProcessAsync(["run", "--once", .. settings], variable, key.GetPrivateKey());
        output += await KeeperProcessAsync(["status", .. settings], variable, key.GetPrivateKey());
        // A malformed key must not be echoed back either.
        output += await KeeperProcessAsync(["run", "--once", .. settings], variable, key.GetPrivateKey() + "zz");

        Assert.Contains("liquidat", output, StringComparison.Ordinal);
        Assert.Contains("Keeper:Signer:PrivateKeyEnvironmentVariable", output, StringComparison.Ordinal);
        Assert.DoesNotContain(hex, output.ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static async Task<string> KeeperProcessAsync(string[] args, string variable, string value)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryLocator.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["run", "--no-build", "--project", "src/KeeperSuite.Keeper", "--", .. args])
            info.ArgumentList.Add(a);
        info.Environment[variable] = value;
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return await stdout + await stderr;
    }
}
