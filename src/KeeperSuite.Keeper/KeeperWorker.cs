using KeeperSuite.Core;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Keeper.Health;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper;

/// <summary>
/// The daemon's loop: at each new head (<see cref="HeadSource"/>: newHeads over WebSocket, or polling) run one
/// <see cref="KeeperPass"/>. A failed pass is logged and retried after <c>Keeper:PollInterval</c> — the keeper never
/// exits on a bad RPC answer. With <c>--once</c> it runs one pass,
/// waits for its transactions' receipts, and stops the host.
/// </summary>
public sealed partial class KeeperWorker(
    KeeperPass pass,
    HeadTracker head,
    HeadSource heads,
    TransactionManager transactions,
    RunMode mode,
    KeeperMetrics metrics,
    DebtAssetBalance balance,
    OnDemandMining mining,
    ChainConnection connection,
    IOptions<KeeperOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<KeeperWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ReceiptWait = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        transactions.DryRun = mode.DryRun;
        try
        {
            // A daemon's start-up checks run after the services start (its web host answers while they wait for the RPC).
            await connection.WhenConnectedAsync(stoppingToken);
            await RecoverAsync(stoppingToken);
            if (mode.Once)
                await RunOnceAsync(stoppingToken);
            else
                await RunForeverAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogFatal(logger, e);
            mode.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    /// <summary>
    /// Reloads in-flight transactions. An RPC fault here is retried like a failed pass: a daemon that exits on one bad
    /// answer at start-up is down exactly when its node is flaky. <c>--once</c> gives up after a few tries.
    /// </summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var attempts = mode.Once ? 5 : int.MaxValue;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await transactions.RecoverAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < attempts)
            {
                metrics.PassFailed(e.GetType().Name);
                LogRecoveryFailed(logger, e, e.GetType().Name, e.Message.Split('\n')[0]);
                await Task.Delay(options.Value.PollInterval, cancellationToken);
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var block = await head.ReadAsync(cancellationToken);
        await pass.RunAsync(block, cancellationToken);
        var mined = await transactions.DrainAsync(async ct => (await head.ReadAsync(ct), head.IsStale), options.Value.PollInterval, ReceiptWait, cancellationToken);
        pass.OnMined(mined);
        await balance.RefreshAsync(cancellationToken);
        if (transactions.InFlight.Count > 0)
            LogStillPending(logger, transactions.InFlight.Count);
        lifetime.StopApplication();
    }

    private async Task RunForeverAsync(CancellationToken cancellationToken)
    {
        // Asked before the head can look stale, so that /healthz never judges a quiet devnet before the answer is in.
        await mining.RefreshAsync();
        await Task.WhenAll(PassesAsync(cancellationToken), WatchQuietChainAsync(cancellationToken));
    }

    private async Task PassesAsync(CancellationToken cancellationToken)
    {
        ulong? last = null;
        while (true)
        {
            try
            {
                var block = await heads.NextAsync(last, cancellationToken);
                await pass.RunAsync(block, cancellationToken);
                last = block;
                await balance.RefreshAsync(cancellationToken);
                metrics.PublishZeros();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                metrics.PassFailed(e.GetType().Name);
                LogPassFailed(logger, e, e.GetType().Name, e.Message.Split('\n')[0]);
                // The failed head is tried again after one poll interval, whether or not a newer one arrives.
                last = null;
                await Task.Delay(options.Value.PollInterval, cancellationToken);
            }
        }
    }

    /// <summary>While no head arrives, asks again (at most once a minute) whether the node mines on demand: a test or an operator may switch automine off.</summary>
    private async Task WatchQuietChainAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.StaleHeadAfter / 2);
        while (await timer.WaitForNextTickAsync(cancellationToken))
            if (head.IsStale)
                await mining.RefreshAsync();
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "pass failed ({Type}: {Reason}); retrying at the next head")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string type, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "recovering in-flight transactions failed ({Type}: {Reason}); retrying")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string type, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "{Count} transactions still pending after the wait; the next run picks them up")]
    private static partial void LogStillPending(ILogger logger, int count);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Critical, Message = "keeper stopped")]
    private static partial void LogFatal(ILogger logger, Exception exception);
}
