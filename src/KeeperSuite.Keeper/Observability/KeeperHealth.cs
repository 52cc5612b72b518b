using KeeperSuite.Keeper.Chain;
using KeeperSuite.Keeper.Configuration;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper.Observability;

public enum HealthState
{
    Healthy,
    Degraded,
    Unhealthy,
}

/// <summary>The answer of <c>/healthz</c>.</summary>
public sealed record HealthReport(HealthState State, IReadOnlyList<string> Reasons, ulong Head, ulong Processed);

/// <summary>
/// Judges the keeper from what it last recorded: unhealthy when it lags the head by more than
/// <c>Keeper:Metrics:MaxHeadLagBlocks</c>, when the head is stale or no endpoint has answered lately;
/// degraded (blind, not "all healthy") while a collateral's oracle is invalid.
/// </summary>
public sealed class KeeperHealth(HeadTracker head, IOptions<KeeperOptions> options, TimeProvider time)
{
    private ulong _processed;
    private IReadOnlyList<string> _blind = [];

    public void PassCompleted(ulong block, IReadOnlyList<string> blindCollaterals)
    {
        Interlocked.Exchange(ref _processed, block);
        Volatile.Write(ref _blind, blindCollaterals);
    }

    public HealthReport Report()
    {
        var keeper = options.Value;
        var reasons = new List<string>();
        var state = HealthState.Healthy;
        var processed = Interlocked.Read(ref _processed);
        if (head.LastRead is not { } lastRead || time.GetUtcNow() - lastRead > keeper.StaleHeadAfter)
        {
            state = HealthState.Unhealthy;
            reasons.Add("no RPC endpoint has answered recently");
        }
        if (head.IsStale)
        {
            state = HealthState.Unhealthy;
            reasons.Add($"head {head.Head} has not moved for more than {keeper.StaleHeadAfter}");
        }
        var lag = head.Head > processed ? head.Head - processed : 0;
        if (lag > (ulong)keeper.Metrics.MaxHeadLagBlocks)
        {
            state = HealthState.Unhealthy;
            reasons.Add($"{lag} blocks behind the head (limit {keeper.Metrics.MaxHeadLagBlocks})");
        }
        var blind = Volatile.Read(ref _blind);
        if (blind.Count > 0)
        {
            if (state == HealthState.Healthy)
                state = HealthState.Degraded;
            reasons.Add("oracle invalid, positions cannot be judged: " + string.Join(", ", blind));
        }
        return new HealthReport(state, reasons, head.Head, processed);
    }
}
