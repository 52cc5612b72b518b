using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Keeper.Tests.Daemon;

/// <summary>
/// The unit's Type=notify: the daemon, started as systemd starts a service (its parent process is named "systemd",
/// which is how Microsoft.Extensions.Hosting.Systemd recognises a service; NOTIFY_SOCKET a datagram socket), sends
/// READY=1 once its start-up checks passed, and STOPPING=1 on SIGTERM. The parent is a shell under a link named
/// systemd, the socket is this test's: they stand in for systemd.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class SystemdNotifyTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task Daemon_under_systemd_notifies_ready_after_connecting_and_stopping_on_sigterm()
    {
        if (!OperatingSystem.IsLinux())
            return;
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var socketPath = Path.Combine(keeper.StateDirectory, "notify.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryLocator.Root, "src", "KeeperSuite.Keeper", "bin", configuration, "net10.0", "keeper.dll");
        var systemd = Path.Combine(keeper.StateDirectory, "systemd");
        File.CreateSymbolicLink(systemd, "/bin/sh");
        // Not the last command of the shell, so that the shell stays the keeper's parent (no exec optimisation).
        var info = new ProcessStartInfo(systemd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("dotnet \"$0\" run \"$@\"; exit $?");
        info.ArgumentList.Add(dll);
        foreach (var argument in keeper.Settings())
            info.ArgumentList.Add(argument);
        info.Environment["NOTIFY_SOCKET"] = socketPath;
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ready = await ReceiveAsync(socket, TimeSpan.FromMinutes(1));
            Assert.True(ready == "READY=1", $"first notification '{ready}'; output: {output}");
            // The console logger writes from its own queue, and the pipe is read asynchronously here: the start-up
            // checks' line may reach this test just after READY=1, which is sent once they passed.
            var logged = Stopwatch.StartNew();
            while (!Logged(output, "connected: network") && logged.Elapsed < TimeSpan.FromSeconds(10))
                await Task.Delay(50);
            Assert.True(Logged(output, "connected: network"), $"no 'connected' line after READY=1; output: {output}");

            var daemon = int.Parse(File.ReadAllText($"/proc/{process.Id}/task/{process.Id}/children").Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(0, Kill(daemon, 15)); // SIGTERM, as systemctl stop sends
            var stopping = await ReceiveAsync(socket, TimeSpan.FromSeconds(30));
            Assert.Equal("STOPPING=1", stopping);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exit.Token);
            Assert.True(process.ExitCode == 0, output.ToString());
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    private static bool Logged(StringBuilder output, string text)
    {
        lock (output)
            return output.ToString().Contains(text, StringComparison.Ordinal);
    }

    private static async Task<string> ReceiveAsync(Socket socket, TimeSpan limit)
    {
        var buffer = new byte[512];
        using var timeout = new CancellationTokenSource(limit);
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received).Trim();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
