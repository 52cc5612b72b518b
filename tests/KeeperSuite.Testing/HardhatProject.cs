using System.Diagnostics;
using System.Text.Json;

namespace KeeperSuite.Testing;

/// <summary>The repository's Hardhat project: compiles on demand and reads contract artifacts.</summary>
public static class HardhatProject
{
    private static readonly SemaphoreSlim CompileGate = new(1, 1);
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Reads the creation bytecode (0x-hex) and ABI JSON of a contract, e.g. ("contracts/mocks/MockERC20.sol",
    /// "MockERC20"), running <c>hardhat compile</c> first when the artifact is missing.
    /// </summary>
    public static async Task<(string Bytecode, string AbiJson)> ReadArtifactAsync(
        string sourcePath, string contractName, CancellationToken cancellationToken)
    {
        var artifact = Path.Combine(RepositoryRoot.Path, "artifacts", sourcePath, contractName + ".json");
        if (!File.Exists(artifact))
            await CompileAsync(cancellationToken);
        if (!File.Exists(artifact))
            throw new InvalidOperationException($"Artifact {artifact} is still missing after `hardhat compile`.");
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(artifact, cancellationToken));
        return (document.RootElement.GetProperty("bytecode").GetString()!, document.RootElement.GetProperty("abi").GetRawText());
    }

    /// <summary>Runs <c>hardhat compile</c> in the repository root; one compile at a time.</summary>
    public static async Task CompileAsync(CancellationToken cancellationToken)
    {
        await CompileGate.WaitAsync(cancellationToken);
        try
        {
            await RunHardhatAsync(["compile"], new Dictionary<string, string>(), CompileTimeout, cancellationToken);
        }
        finally
        {
            CompileGate.Release();
        }
    }

    /// <summary>
    /// Runs a deploy script (<c>hardhat run deploy-scripts/{script} --network custom</c>) against the node at
    /// <paramref name="rpcUrl"/>, signing with the node's own accounts, with deployments written to
    /// <paramref name="deploymentsDir"/>. Returns the script's output.
    /// </summary>
    public static async Task<string> RunDeployScriptAsync(string script, Uri rpcUrl, string deploymentsDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        var environment = new Dictionary<string, string>
        {
            ["KEEPERSUITE_RPC_URL"] = rpcUrl.ToString(),
            ["KEEPERSUITE_DEPLOYMENTS_DIR"] = deploymentsDir,
        };
        return await RunHardhatAsync(["run", Path.Combine("deploy-scripts", script), "--network", "custom"], environment, ScriptTimeout, cancellationToken);
    }

    private static async Task<string> RunHardhatAsync(string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan limit, CancellationToken cancellationToken)
    {
        var command = "hardhat " + string.Join(' ', arguments);
        var output = new OutputTail(80);
        using var process = new Process { StartInfo = HardhatStartInfo(arguments) };
        foreach (var (key, value) in environment)
            process.StartInfo.Environment[key] = value;
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {limit}. Output:\n{output}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{command}` failed with exit code {process.ExitCode}. Output:\n{output}");
        return output.ToString();
    }

    /// <summary>
    /// Runs the repository's own Hardhat (node_modules/.bin/hardhat) directly: the started process is Hardhat itself, so
    /// killing it leaves no orphan (npx would be a parent that dies alone).
    /// </summary>
    internal static ProcessStartInfo HardhatStartInfo(params string[] arguments)
    {
        var hardhat = System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "hardhat");
        if (!File.Exists(hardhat))
            throw new InvalidOperationException($"{hardhat} is missing: run `npm ci` in {RepositoryRoot.Path}.");
        var info = new ProcessStartInfo(hardhat)
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
