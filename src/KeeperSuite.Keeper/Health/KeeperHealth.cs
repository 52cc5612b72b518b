using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper.Health;

/// <summary>
/// The <c>/healthz</c> check: unhealthy as soon as the last read of the head found no endpoint answering (or none
/// has answered yet), when the keeper lags the head by more than <c>Keeper:Metrics:MaxHeadLagBlocks</c>, or when the
/// head is stale — but a head that does not move on a node that mines on demand (Hardhat, Anvil) is a quiet chain,
/// not a stale one, while the node answers. Degraded (blind, not "all healthy") while a collateral's oracle is invalid.
/// Judged from what the keeper last recorded, so a probe never touches the chain.
/// </summary>
public sealed class KeeperHealth(HeadTracker head, PassProgress progress, OnDemandMining mining, IOptions<KeeperOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var keeper = options.Value;
        var reasons = new List<string>();
        var status = HealthStatus.Healthy;
        var processed = progress.Processed;
        if (head.LastRead is not { } lastRead)
        {
            status = HealthStatus.Unhealthy;
            reasons.Add("no RPC endpoint has answered yet");
        }
        else if (head.LastFailure is { } failed && failed > lastRead)
        {
            status = HealthStatus.Unhealthy;
            reasons.Add($"no RPC endpoint answers (last answer {lastRead:u})");
        }
        else if (time.GetUtcNow() - lastRead > keeper.StaleHeadAfter)
        {
            status = HealthStatus.Unhealthy;
            reasons.Add("no RPC endpoint has answered recently");
        }
        if (head.IsStale && !mining.IsOnDemand)
        {
            status = HealthStatus.Unhealthy;
            reasons.Add($"head {head.Head} has not moved for more than {keeper.StaleHeadAfter}");
        }
        var lag = head.Head > processed ? head.Head - processed : 0;
        if (lag > (ulong)keeper.Metrics.MaxHeadLagBlocks)
        {
            status = HealthStatus.Unhealthy;
            reasons.Add($"{lag} blocks behind the head (limit {keeper.Metrics.MaxHeadLagBlocks})");
        }
        var blind = progress.BlindCollaterals;
        if (blind.Count > 0)
        {
            if (status == HealthStatus.Healthy)
                status = HealthStatus.Degraded;
            reasons.Add("oracle invalid, positions cannot be judged: " + string.Join(", ", blind));
        }
        var data = new Dictionary<string, object>
        {
            ["reasons"] = reasons,
            ["head"] = head.Head,
            ["processed"] = processed,
        };
        return Task.FromResult(new HealthCheckResult(status, string.Join("; ", reasons), data: data));
    }
}
