using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Indexing;

/// <summary>
/// Follows the Market's events into the <see cref="PositionIndex"/>: chunked <c>eth_getLogs</c> from the deploy
/// block (ranges grow from a few blocks while answers stay small; a refused range, or one answering more than
/// <c>Keeper:MaxLogsPerRange</c> logs, is halved; each range is applied before the next is read), staying
/// <c>Keeper:Confirmations</c> behind the head, and rewinding when a
/// remembered block hash no longer matches the chain (a reorg).
/// </summary>
public sealed partial class LogIndexer(
    ChainConnection connection,
    PositionIndex index,
    IOptions<KeeperOptions> options,
    KeeperMetrics metrics,
    ILogger<LogIndexer> logger)
{
    // Slow start: ranges begin small and double while answers stay under half of Keeper:MaxLogsPerRange, so no answer
    // holds much more than the cap even when the first Keeper:LogChunkBlocks blocks of history hold every event (a
    // node answers a range whole: the keeper's memory follows the largest answer, JSON, tokens and logs at once).
    private const int FirstChunkBlocks = 64;
    private int _chunk = Math.Clamp(FirstChunkBlocks, 1, Math.Max(1, options.Value.LogChunkBlocks));

    /// <summary>Brings the index up to <c>head − confirmations</c>. Returns the number of blocks read.</summary>
    public async Task<ulong> SyncAsync(ulong head, CancellationToken cancellationToken)
    {
        await index.LoadAsync(cancellationToken);
        var keeper = options.Value;
        var deployment = connection.Context.Deployment;
        var confirmed = head >= (ulong)keeper.Confirmations ? head - (ulong)keeper.Confirmations : 0;
        await DetectReorgAsync(head, deployment.DeployBlock, cancellationToken);

        var start = index.Cursor is { } c ? c + 1 : deployment.DeployBlock;
        var read = 0UL;
        while (start <= confirmed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(confirmed, start + (ulong)_chunk - 1);
            var (events, hash) = await ReadRangeAsync(start, end, cancellationToken);
            if (events is null)
                continue; // range refused and halved: retry the smaller one
            var keepFrom = head > (ulong)keeper.ReorgDepth ? head - (ulong)keeper.ReorgDepth : 0;
            await index.ApplyRangeAsync(events, end, hash!, keepFrom, cancellationToken);
            read += end - start + 1;
            metrics.IndexedBlock(end, index.Count);
            start = end + 1;
            // Widen again only while answers stay well under the cap, or a dense stretch would be read twice per range.
            if (events.Count < keeper.MaxLogsPerRange / 2)
                _chunk = Math.Min(keeper.LogChunkBlocks, _chunk * 2);
        }
        return read;
    }

    private async Task<(List<PositionEvent>? Events, string? Hash)> ReadRangeAsync(ulong from, ulong to, CancellationToken cancellationToken)
    {
        var eth = connection.Context.Web3.Eth;
        var before = await BlockHashAsync(to);
        FilterLog[] logs;
        try
        {
            logs = await eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
            {
                Address = [connection.Context.Deployment.Market],
                FromBlock = new BlockParameter(new HexBigInteger(from)),
                ToBlock = new BlockParameter(new HexBigInteger(to)),
                Topics = [MarketEventDecoder.Topics.ToArray<object>()],
            });
        }
        catch (Exception e) when (e is not OperationCanceledException && to > from)
        {
            _chunk = (int)Math.Max(1, (to - from + 1) / 2);
            metrics.RpcFault("eth_getLogs");
            LogRangeRefused(logger, e, from, to, _chunk, e.Message.Split('\n')[0]);
            return (null, null);
        }
        if (logs is not null && logs.Length > options.Value.MaxLogsPerRange && to > from)
        {
            // Too dense: memory follows the largest answer (JSON, tokens, FilterLogs all held at once), so the range is
            // halved like a refused one and each smaller range is applied before the next is read.
            _chunk = (int)Math.Max(1, (to - from + 1) / 2);
            LogRangeTooDense(logger, from, to, logs.Length, _chunk);
            return (null, null);
        }
        var after = await BlockHashAsync(to);
        if (before is null || before != after)
            throw new ReorgDuringReadException(to);
        var events = new List<PositionEvent>(logs?.Length ?? 0);
        foreach (var log in logs ?? [])
        {
            // A log from another fork of the same range would corrupt the index: all must sit on the hashes read.
            if (log.Removed)
                continue;
            if (MarketEventDecoder.Decode(log) is { } e && e.Block >= from && e.Block <= to)
                events.Add(e);
        }
        return (events, after);
    }

    private async Task DetectReorgAsync(ulong head, ulong deployBlock, CancellationToken cancellationToken)
    {
        if (index.Cursor is not { } cursor)
            return;
        var stored = await index.StoredHashAsync(cursor, cancellationToken);
        var actual = cursor <= head ? await BlockHashAsync(cursor) : null;
        if (stored is null || stored == actual)
            return;
        foreach (var (number, hash) in await index.StoredHashesAsync(cursor, cancellationToken))
        {
            if (number <= head && await BlockHashAsync(number) == hash)
            {
                var touched = await index.RewindAsync(number, cancellationToken);
                metrics.Reorg();
                LogReorg(logger, cursor, number, touched);
                return;
            }
        }
        // Deeper than every hash kept: start again from the deploy block.
        LogDeepReorg(logger, cursor, deployBlock);
        metrics.Reorg();
        await index.ResetAsync(cancellationToken);
    }

    private async Task<string?> BlockHashAsync(ulong number)
    {
        var block = await connection.Context.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(number)));
        return block?.BlockHash?.ToLowerInvariant();
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "eth_getLogs refused blocks {From}-{To}; retrying with {Chunk} blocks per range ({Reason})")]
    private static partial void LogRangeRefused(ILogger logger, Exception exception, ulong from, ulong to, int chunk, string reason);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Debug, Message = "eth_getLogs for blocks {From}-{To} returned {Logs} logs, over Keeper:MaxLogsPerRange; retrying with {Chunk} blocks per range")]
    private static partial void LogRangeTooDense(ILogger logger, ulong from, ulong to, int logs, int chunk);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Warning, Message = "reorg: block {Cursor} changed; index rewound to block {Block} ({Positions} positions restored)")]
    private static partial void LogReorg(ILogger logger, ulong cursor, ulong block, int positions);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Warning, Message = "reorg deeper than the kept hashes at block {Cursor}: re-indexing from deploy block {DeployBlock}")]
    private static partial void LogDeepReorg(ILogger logger, ulong cursor, ulong deployBlock);
}

/// <summary>The chain changed under a range being read; the next pass reads it again.</summary>
public sealed class ReorgDuringReadException(ulong block) : Exception($"block {block} changed while its logs were read");
