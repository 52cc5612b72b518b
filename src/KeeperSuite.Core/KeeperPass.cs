using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Core.WriteOff;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Core;

/// <summary>What one pass saw and did.</summary>
public sealed record PassSummary(ulong Block, int Watched, int Liquidatable, int Blind, int LiquidationsSent, int WriteOffSteps, int Mined);

/// <summary>
/// One pass of the keeper at one head: receipts and replacements first (so the nonce and budget are current),
/// then index, scan, liquidate, write off. Every service it calls catches its own RPC faults per item; what
/// escapes is a fault of the whole pass, which the worker logs and retries at the next head.
/// </summary>
public sealed partial class KeeperPass(
    LogIndexer indexer,
    HealthScanner scanner,
    Liquidator liquidator,
    WriteOffDriver writeOff,
    TransactionManager transactions,
    HeadTracker head,
    FeeEstimator fees,
    PassProgress progress,
    KeeperMetrics metrics,
    ILogger<KeeperPass> logger)
{
    public async Task<PassSummary> RunAsync(ulong block, CancellationToken cancellationToken)
    {
        fees.BeginPass(block);
        var mined = await transactions.TickAsync(block, head.IsStale, cancellationToken);
        liquidator.OnMined(mined);
        writeOff.OnMined(mined);
        await indexer.SyncAsync(block, cancellationToken);
        var scan = await scanner.ScanAsync(block, cancellationToken);
        var sent = await liquidator.ActAsync(scan, cancellationToken);
        var steps = await writeOff.ActAsync(block, cancellationToken);
        metrics.Processed(block);
        progress.Completed(block, scan.Blind.Select(c => c.Symbol).ToList());
        var summary = new PassSummary(block, scan.Positions.Count, scan.Liquidatable.Count(), scan.Blind.Count, sent, steps, mined.Count);
        LogPass(logger, block, summary.Watched, summary.Liquidatable, summary.Blind, sent, steps, mined.Count, scan.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>Applies receipts that arrived after the pass (used by <c>run --once</c> while it waits).</summary>
    public void OnMined(IReadOnlyList<TxOutcome> mined)
    {
        liquidator.OnMined(mined);
        writeOff.OnMined(mined);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "pass at block {Block}: {Watched} watched, {Liquidatable} liquidatable, {Blind} blind collaterals, {Sent} sent for liquidation, {Steps} write-off steps, {Mined} mined; scan {ScanMs:F0} ms")]
    private static partial void LogPass(ILogger logger, ulong block, int watched, int liquidatable, int blind, int sent, int steps, int mined, double scanMs);
}
