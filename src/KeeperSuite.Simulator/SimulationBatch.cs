namespace KeeperSuite.Simulator;

/// <summary>Runs one seed, or <c>--runs N</c> seeds in parallel (each on its own chain) up to the core count.</summary>
public static class SimulationBatch
{
    public static async Task<IReadOnlyList<SimulationReport>> RunAsync(SimulationOptions options, ISimulationProgress progress, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, Math.Min(Environment.ProcessorCount, options.Runs)));
        var tasks = Enumerable.Range(0, options.Runs).Select(async i =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await new SimulationRun(options with { Seed = options.Seed + i }, progress).RunAsync(cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return await Task.WhenAll(tasks);
    }
}
