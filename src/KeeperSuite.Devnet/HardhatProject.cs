using System.Diagnostics;
using System.Text.Json;

namespace KeeperSuite.Devnet;

/// <summary>
/// The repository's Hardhat project: runs its deploy scripts against a node (<c>hardhat run deploy-scripts/x.js
/// --network custom</c>), exactly as an operator would, compiles on demand and reads contract artifacts.
/// </summary>
public static class HardhatProject
{
    private static readonly SemaphoreSlim CompileGate = new(1, 1);
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Runs <c>deploy-scripts/{script}</c> against the node at <paramref name="rpcUrl"/>, signing with the node's own
    /// unlocked accounts, deployments written to <paramref name="deploymentsDir"/>, with extra environment variables
    /// (e.g. the seed scripts' <c>SIM_*</c>). Returns the script's output; cancellation kills the script.
    /// </summary>
    public static Task<string> RunDeployScriptAsync(string script, Uri rpcUrl, string deploymentsDir, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, string? repositoryRoot = null)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        var variables = new Dictionary<string, string>
        {
            ["KEEPERSUITE_RPC_URL"] = rpcUrl.ToString(),
            ["KEEPERSUITE_DEPLOYMENTS_DIR"] = deploymentsDir,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            variables[key] = value;
        return RunAsync(repositoryRoot ?? RepositoryLocator.Root, ["run", Path.Combine("deploy-scripts", script), "--network", "custom"], variables, ScriptTimeout, cancellationToken);
    }

    /// <summary>
    /// Reads the creation bytecode (0x-hex) and ABI JSON of a contract, e.g. ("contracts/mocks/MockERC20.sol",
    /// "MockERC20"), running <c>hardhat compile</c> first when the artifact is missing.
    /// </summary>
    public static async Task<(string Bytecode, string AbiJson)> ReadArtifactAsync(string sourcePath, string contractName, CancellationToken cancellationToken)
    {
        var artifact = Path.Combine(RepositoryLocator.Root, "artifacts", sourcePath, contractName + ".json");
        if (!File.Exists(artifact))
            await CompileAsync(cancellationToken);
        if (!File.Exists(artifact))
            throw new DevnetException($"artifact {artifact} is still missing after `hardhat compile`");
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(artifact, cancellationToken));
        return (document.RootElement.GetProperty("bytecode").GetString()!, document.RootElement.GetProperty("abi").GetRawText());
    }

    /// <summary>Runs <c>hardhat compile</c> in the repository root; one compile at a time.</summary>
    public static async Task CompileAsync(CancellationToken cancellationToken)
    {
        await CompileGate.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(RepositoryLocator.Root, ["compile"], new Dictionary<string, string>(), CompileTimeout, cancellationToken);
        }
        finally
        {
            CompileGate.Release();
        }
    }

    /// <summary>
    /// The checkout's own Hardhat (node_modules/.bin/hardhat) with <paramref name="arguments"/>, output redirected: the
    /// started process is Hardhat itself, so killing it leaves no orphan (npx would be a parent that dies alone).
    /// </summary>
    public static ProcessStartInfo StartInfo(string repositoryRoot, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo(RepositoryLocator.HardhatBinary(repositoryRoot))
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
        // The node's unlocked accounts sign (hardhat.config.js): never a deployer key from the environment.
        info.Environment.Remove("KEEPERSUITE_DEPLOYER_KEY");
        return info;
    }

    private static async Task<string> RunAsync(string root, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan limit, CancellationToken cancellationToken)
    {
        var command = "hardhat " + string.Join(' ', arguments);
        var output = new OutputTail(80);
        using var process = new Process { StartInfo = StartInfo(root, arguments) };
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
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new DevnetException($"`{command}` did not finish within {limit}: {output}");
        }
        if (process.ExitCode != 0)
            throw new DevnetException($"`{command}` failed (exit {process.ExitCode}): {output}");
        return output.ToString();
    }
}
