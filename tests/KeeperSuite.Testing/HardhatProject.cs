using System.Diagnostics;
using System.Text.Json;

namespace KeeperSuite.Testing;

/// <summary>The repository's Hardhat project: compiles on demand and reads contract artifacts.</summary>
public static class HardhatProject
{
    private static readonly SemaphoreSlim CompileGate = new(1, 1);
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Reads the creation bytecode (0x-hex) and ABI JSON of a contract, e.g. ("contracts/mocks/MockERC20.sol",
    /// "MockERC20"), running <c>npx hardhat compile</c> first when the artifact is missing.
    /// </summary>
    public static async Task<(string Bytecode, string AbiJson)> ReadArtifactAsync(
        string sourcePath, string contractName, CancellationToken cancellationToken)
    {
        var artifact = Path.Combine(RepositoryRoot.Path, "artifacts", sourcePath, contractName + ".json");
        if (!File.Exists(artifact))
            await CompileAsync(cancellationToken);
        if (!File.Exists(artifact))
            throw new InvalidOperationException($"Artifact {artifact} is still missing after `npx hardhat compile`.");
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(artifact, cancellationToken));
        return (document.RootElement.GetProperty("bytecode").GetString()!, document.RootElement.GetProperty("abi").GetRawText());
    }

    /// <summary>Runs <c>npx hardhat compile</c> in the repository root; one compile at a time.</summary>
    public static async Task CompileAsync(CancellationToken cancellationToken)
    {
        await CompileGate.WaitAsync(cancellationToken);
        try
        {
            var stderr = new OutputTail(40);
            using var process = new Process { StartInfo = NpxStartInfo("hardhat", "compile") };
            process.OutputDataReceived += (_, e) => stderr.Add(e.Data);
            process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CompileTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`npx hardhat compile` did not finish within {CompileTimeout}. Output:\n{stderr}");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"`npx hardhat compile` failed with exit code {process.ExitCode}. Output:\n{stderr}");
        }
        finally
        {
            CompileGate.Release();
        }
    }

    internal static ProcessStartInfo NpxStartInfo(params string[] arguments)
    {
        var info = new ProcessStartInfo("npx")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
        return info;
    }
}
