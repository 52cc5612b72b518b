using System.Collections.Concurrent;
using System.Diagnostics;
using KeeperSuite.Devnet;

namespace KeeperSuite.Simulator;

/// <summary>
/// Runs a list of runs on up to <c>parallelism</c> chains at once. Each chain is started and deployed once; every run
/// on it starts from the deployment's snapshot (<see cref="SimulationChain.ResetAsync"/>), so a run pays for its seed
/// and its path, not for a node and a deployment. A run that throws leaves a failed report and its chain is replaced.
/// </summary>
public static class SimulationBatch
{
    public static async Task<IReadOnlyList<SimulationReport>> RunAsync(IReadOnlyList<SimulationOptions> runs, int parallelism, ISimulationProgress progress,
        CancellationToken cancellationToken)
    {
        var root = RepositoryLocator.Find();
        var queue = new ConcurrentQueue<(int Index, SimulationOptions Options)>(runs.Select((o, i) => (i, o)));
        var results = new SimulationReport[runs.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        var chains = Math.Max(1, Math.Min(parallelism, runs.Count));
        // Each chain's deploy.js compiles first when the sources changed: several at once would race on artifacts/.
        if (chains > 1)
        {
            progress.Stage(runs[0].Seed, "compiling the contracts");
            await HardhatProject.CompileAsync(cancellationToken);
        }
        var workers = Enumerable.Range(0, chains).Select(async _ =>
        {
            SimulationChain? chain = null;
            try
            {
                while (queue.TryDequeue(out var next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var options = next.Options;
                    SimulationReport report;
                    try
                    {
                        chain ??= await SimulationChain.StartAsync(root, stage => progress.Stage(options.Seed, stage), cancellationToken);
                        report = await new SimulationRun(options, progress).RunAsync(chain, cancellationToken);
                    }
                    catch (Exception e) when (e is SimulationException or DevnetException or Nethereum.JsonRpc.Client.RpcClientUnknownException
                                                  or Nethereum.JsonRpc.Client.RpcResponseException or HttpRequestException or KeeperSuite.Core.Configuration.KeeperConfigurationException)
                    {
                        report = SimulationReport.FailedBeforeReport(options, e.Message.Split('\n')[0]);
                        // The chain may be what broke: the next run gets a fresh one.
                        if (chain is not null)
                            await chain.DisposeAsync();
                        chain = null;
                    }
                    results[next.Index] = report;
                    var finished = Interlocked.Increment(ref done);
                    var eta = TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds / finished * (runs.Count - finished));
                    progress.RunFinished(report, finished, runs.Count, clock.Elapsed, eta);
                }
            }
            finally
            {
                if (chain is not null)
                    await chain.DisposeAsync();
            }
        }).ToList();
        await Task.WhenAll(workers);
        return results;
    }
}
