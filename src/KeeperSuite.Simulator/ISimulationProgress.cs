namespace KeeperSuite.Simulator;

/// <summary>Where a run reports what it is doing (a live Spectre display, plain lines, or nothing in tests).</summary>
public interface ISimulationProgress
{
    void Stage(int seed, string stage);

    void Block(int seed, BlockSample s, string[] collaterals);

    /// <summary>A run ended (<paramref name="done"/> of <paramref name="total"/>), with the time so far and the estimate left.</summary>
    void RunFinished(SimulationReport report, int done, int total, TimeSpan elapsed, TimeSpan eta) { }
}

public sealed class NoProgress : ISimulationProgress
{
    public static readonly NoProgress Instance = new();

    public void Stage(int seed, string stage)
    {
    }

    public void Block(int seed, BlockSample s, string[] collaterals)
    {
    }
}
