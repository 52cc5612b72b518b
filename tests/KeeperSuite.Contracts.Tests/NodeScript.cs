using System.ComponentModel;
using System.Diagnostics;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Contracts.Tests;

/// <summary>Runs a repository node script and returns its exit code and output.</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryLocator.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            // Deliberately a failure, not a skip: CI has node, and without it these checks would be silently off.
            throw new InvalidOperationException("`node` is not on PATH; it is needed to check bindings and ethers vectors.", e);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`node {script}` did not finish within 2 minutes.");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
