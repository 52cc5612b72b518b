using System.Diagnostics;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>The built <c>keeper</c> executable (dotnet keeper.dll) as a child process: a real process to kill or measure.</summary>
public static class KeeperProcess
{
    /// <summary>Starts <c>keeper run</c> with the runner's settings plus <paramref name="extra"/>; every output line goes to <paramref name="onLine"/>.</summary>
    public static Process Start(KeeperRunner keeper, Action<string> onLine, params string[] extra) =>
        Start(keeper, onLine, "run", extra);

    /// <summary>Runs <c>keeper run --once</c> (plus <paramref name="extra"/>) to its end: its exit code and every output line.</summary>
    public static async Task<(int Code, List<string> Lines)> RunOnceAsync(KeeperRunner keeper, TimeSpan limit, params string[] extra)
    {
        var lines = new List<string>();
        using var process = Start(keeper, line => { lock (lines) lines.Add(line); }, "run", ["--once", .. extra]);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        // The exit is seen before the last output lines are read: WaitForExit() without a limit drains them.
        process.WaitForExit();
        lock (lines)
            return (process.ExitCode, [.. lines]);
    }

    private static Process Start(KeeperRunner keeper, Action<string> onLine, string command, string[] extra)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryLocator.Root, "src", "KeeperSuite.Keeper", "bin", configuration, "net10.0", "keeper.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = keeper.StateDirectory,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add(command);
        foreach (var argument in keeper.Settings(["--Keeper:Fees:ReplaceAfterBlocks", "20", .. extra]))
            info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) onLine(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) onLine(line); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Resident memory (MiB), open file descriptors and threads of a live process, from /proc (Linux).</summary>
    public static (double RssMiB, int Handles, int Threads) Resources(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        double Field(string name) => double.Parse(status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (Field("VmRSS") / 1024, Directory.GetFileSystemEntries($"/proc/{process.Id}/fd").Length, (int)Field("Threads"));
    }
}
