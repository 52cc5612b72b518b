using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KeeperSuite.Devnet;

namespace KeeperSuite.Simulator;

/// <summary>
/// deploy-scripts/sim-seeder.js for one chain: Hardhat started once, then one book seeded per request (a JSON line on
/// its stdin, answered by a line on its stdout). Starting <c>hardhat run seed-sim.js</c> for each run cost several
/// seconds of Hardhat's own start-up, more than the seeding itself. The process is killed on dispose.
/// </summary>
public sealed class SeederProcess : IAsyncDisposable
{
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly OutputTail _output = new(40);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _pending = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    private readonly EventHandler _onExit;

    private SeederProcess(Process process)
    {
        _process = process;
        // As HardhatNode does: a host that exits without disposing us (a kill) must not leave the seeder behind.
        _onExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
    }

    public static SeederProcess Start(string root, Uri rpcUrl, string deploymentsDir)
    {
        // --no-compile: the seeder starts while deploy.js (which compiles first) deploys, and reads no artifact
        // before its first request, which comes after the deployment; two compiles at once would race on artifacts/.
        var info = HardhatProject.StartInfo(root, "run", "--no-compile", Path.Combine("deploy-scripts", "sim-seeder.js"), "--network", "custom");
        info.RedirectStandardInput = true;
        info.Environment["KEEPERSUITE_RPC_URL"] = rpcUrl.ToString();
        info.Environment["KEEPERSUITE_DEPLOYMENTS_DIR"] = deploymentsDir;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var seeder = new SeederProcess(process);
        process.OutputDataReceived += (_, e) => seeder.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => seeder._output.Add(e.Data);
        process.Exited += (_, _) =>
        {
            foreach (var pending in seeder._pending.Values)
                pending.TrySetException(new DevnetException($"the seeder (hardhat run deploy-scripts/sim-seeder.js) exited: {seeder._output}"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return seeder;
    }

    /// <summary>Seeds one book with seed-sim.js's SIM_* variables; throws with the script's reason when it fails.</summary>
    public async Task SeedAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var id = Guid.NewGuid().ToString("N");
            var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = done;
            if (_process.HasExited)
                throw new DevnetException($"the seeder exited (code {_process.ExitCode}): {_output}");
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id, env = environment }));
            await _process.StandardInput.FlushAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(SeedTimeout);
            string? failure;
            try
            {
                failure = await done.Task.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new DevnetException(string.Create(CultureInfo.InvariantCulture, $"seeding did not finish within {SeedTimeout.TotalMinutes} minutes: {_output}"));
            }
            finally
            {
                _pending.TryRemove(id, out _);
            }
            if (failure is not null)
                throw new DevnetException("seeding failed: " + failure);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        _output.Add(line);
        if (line.StartsWith("SEEDED ", StringComparison.Ordinal) && _pending.TryGetValue(line[7..].Trim(), out var ok))
            ok.TrySetResult(null);
        else if (line.StartsWith("SEED-FAILED ", StringComparison.Ordinal))
        {
            var rest = line[12..];
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            var id = space < 0 ? rest : rest[..space];
            if (_pending.TryGetValue(id, out var failed))
                failed.TrySetResult(space < 0 ? "no reason given" : rest[(space + 1)..]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        Kill();
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Never started, already gone, or does not die within 10 s after SIGKILL: nothing more to do.
        }
        _process.Dispose();
        _gate.Dispose();
    }
}
