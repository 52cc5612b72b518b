using System.Diagnostics;
using System.Text;

namespace KeeperSuite.Keeper.Simulation;

/// <summary>
/// Runs one of the repository's deploy scripts (<c>hardhat run deploy-scripts/x.js --network custom</c>) against the
/// embedded chain: the simulation deploys and seeds exactly as an operator would. Cancellation kills the script.
/// </summary>
public static class HardhatScript
{
    public static async Task<string> RunAsync(string repositoryRoot, string script, Uri rpcUrl, string deploymentsDir,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(RepositoryLocator.HardhatBinary(repositoryRoot))
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", Path.Combine("deploy-scripts", script), "--network", "custom" })
            info.ArgumentList.Add(argument);
        info.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
        info.Environment["KEEPERSUITE_RPC_URL"] = rpcUrl.ToString();
        info.Environment["KEEPERSUITE_DEPLOYMENTS_DIR"] = deploymentsDir;
        // The node's unlocked accounts sign (hardhat.config.js): never a deployer key from the environment.
        info.Environment.Remove("KEEPERSUITE_DEPLOYER_KEY");
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        lock (output)
        {
            if (process.ExitCode != 0)
                throw new SimulationException($"deploy-scripts/{script} failed (exit {process.ExitCode}): {output.ToString().Trim()}");
            return output.ToString();
        }
    }
}
