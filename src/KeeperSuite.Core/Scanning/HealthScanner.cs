using System.Diagnostics;
using System.Numerics;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using BorrowIndexFunction = KeeperSuite.Contracts.LendingPool.ContractDefinition.BorrowIndexFunction;

namespace KeeperSuite.Core.Scanning;

/// <summary>
/// The health of every watched position at one block, computed in the keeper and verified on chain.
/// One JSON-RPC batch reads what the block fixes for everyone (<c>MarketLens.collaterals()</c>: prices, oracle
/// validity, thresholds; <c>pool.borrowIndex()</c>) together with <c>MarketLens.positions</c> for exactly the
/// positions whose events arrived since their amounts were last read (kept in the index and in SQLite). Every health
/// factor is then computed locally with the Market's rounding (<see cref="HealthMath"/>). Candidates (below
/// <c>1 + CandidateMarginBps</c>), positions whose amounts could not be read, and an audit sample
/// (<c>AuditSample</c> a block, all every <c>FullAuditEveryBlocks</c>) go to <c>MarketLens.healthFactors</c> in
/// a second batch: the lens's figure is what the scan reports for them, so nothing is sent on a local figure alone,
/// and an audited position whose figures differ is logged with both, counted, and read again.
/// A position whose oracle is invalid reads "not liquidatable" with oracleValid false (blind, never healthy).
/// </summary>
public sealed partial class HealthScanner(
    ChainConnection connection,
    PositionIndex index,
    IOptions<KeeperOptions> options,
    KeeperMetrics metrics,
    ILogger<HealthScanner> logger)
{
    public async Task<ScanResult> ScanAsync(ulong block, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var scan = options.Value.Scan;
        var stopwatch = Stopwatch.StartNew();
        var watched = index.Watched(context.Shard);
        var at = new BlockParameter(new HexBigInteger(block));

        var stale = new List<Indexing.PositionKey>(watched.StaleCount);
        if (watched.StaleCount > 0)
        {
            for (var i = 0; i < watched.Count; i++)
            {
                if (!watched.Amounts[i].Fresh)
                    stale.Add(watched.Keys[i]);
            }
        }
        var (collaterals, terms, refreshed) = await ReadBlockAsync(stale, at, block, cancellationToken);
        if (stale.Count > 0)
            watched = index.Watched(context.Shard); // with the amounts just read
        var keys = watched.Keys;

        var results = new PositionHealth[keys.Count];
        var toLens = new List<int>();
        var threshold = HealthMath.Wad * (10_000 + scan.CandidateMarginBps) / 10_000;
        ComputeLocal(watched, terms, threshold, results, toLens);
        var computedMs = stopwatch.Elapsed.TotalMilliseconds;

        var audit = AuditSet(keys.Count, toLens, block, scan);
        var (failed, compared, mismatched) = await VerifyAsync(watched, results, toLens, audit, refreshed, at, block, cancellationToken);

        var result = new ScanResult(block, results, collaterals, failed, stopwatch.Elapsed) { CrossChecked = compared, Mismatched = mismatched };
        metrics.Scanned(keys.Count, result.Liquidatable.Count(), result.Blind.Count, stopwatch.Elapsed);
        LogScan(logger, block, keys.Count, refreshed.Count, toLens.Count, audit.Count, computedMs, stopwatch.Elapsed.TotalMilliseconds);
        foreach (var blind in result.Blind)
            LogBlind(logger, blind.Symbol, blind.Id, results.Count(p => p.Key.CollateralId == blind.Id));
        return result;
    }

    /// <summary>
    /// Every position's health from its amounts and its collateral's terms; the candidates (below
    /// <paramref name="threshold"/>), the positions without fresh amounts or terms, and those the fast path cannot
    /// compute go to <paramref name="toLens"/> in the order of the keys. The keys are grouped by collateral, so each
    /// type's terms are looked up once.
    /// </summary>
    internal static void ComputeLocal(WatchedPositions watched, Dictionary<uint, CollateralTerms> terms, BigInteger threshold, PositionHealth[] results, List<int> toLens)
    {
        var keys = watched.KeySpan;
        var amounts = watched.Amounts;
        var thresholdU = (UInt128)threshold;
        var i = 0;
        while (i < keys.Length)
        {
            var id = keys[i].CollateralId;
            var end = i + 1;
            while (end < keys.Length && keys[end].CollateralId == id)
                end++;
            if (!terms.TryGetValue(id, out var t))
            {
                for (; i < end; i++)
                    toLens.Add(i);
                continue;
            }
            for (; i < end; i++)
            {
                var key = keys[i];
                var a = amounts[i];
                if (!a.Fresh)
                {
                    toLens.Add(i);
                    continue;
                }
                if (!t.Valid)
                {
                    results[i] = a.ScaledDebt == 0
                        ? new PositionHealth(key, HealthMath.MaxUint256, false, false, true)
                        : new PositionHealth(key, BigInteger.Zero, false, false, true);
                    continue;
                }
                if (HealthMath.TryFast(a.Collateral, a.ScaledDebt, t.Terms, out var fast, out var infinite))
                {
                    if (infinite)
                    {
                        results[i] = new PositionHealth(key, HealthMath.MaxUint256, false, true, true);
                        continue;
                    }
                    results[i] = new PositionHealth(key, fast, false, true, true);
                    if (fast < thresholdU)
                        toLens.Add(i); // a candidate: the lens confirms it, and its local figure is compared
                    continue;
                }
                var exact = HealthMath.Exact(a.Collateral, a.ScaledDebt, t.Terms.Index, t.Terms.Price, t.Terms.Threshold, t.Terms.ScaleExponent);
                if (exact is { } hf)
                    results[i] = new PositionHealth(key, hf, false, true, true);
                if (exact is not { } known || known < threshold)
                    toLens.Add(i);
            }
        }
    }

    /// <summary>
    /// One batch: <c>collaterals()</c>, <c>borrowIndex()</c>, and <c>positions(stale)</c> in chunks. The amounts read
    /// are stored; each also carries the lens's own health factor, compared with the local one (a free audit).
    /// Returns the keys refreshed with their lens health, for the audit's accounting.
    /// </summary>
    private async Task<(IReadOnlyDictionary<uint, CollateralStatus> Collaterals, Dictionary<uint, CollateralTerms> Terms, List<LensPosition> Refreshed)> ReadBlockAsync(
        List<Indexing.PositionKey> stale, BlockParameter at, ulong block, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var scan = options.Value.Scan;
        var chunks = stale.Chunk(scan.ChunkSize).ToList();
        var refreshed = new List<LensPosition>(stale.Count);
        IReadOnlyDictionary<uint, CollateralStatus>? collaterals = null;
        Dictionary<uint, CollateralTerms>? terms = null;
        var chunkIndex = 0;
        // The first request carries the block's shared reads; positions ride along up to ChunksPerBatch calls a request.
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calls = new List<(string, string)>();
            if (collaterals is null)
            {
                calls.Add((context.Deployment.Lens, CollateralsCall));
                calls.Add((context.Deployment.Pool, BorrowIndexCall));
            }
            // positions() costs several times healthFactors per key (the lens prices each one): fewer per request, so a
            // cold start's re-read of every position stays within the node's time for one request.
            var group = chunks.Skip(chunkIndex).Take(Math.Max(1, scan.ChunksPerBatch / 5)).ToList();
            chunkIndex += group.Count;
            foreach (var chunk in group)
                calls.Add((context.Deployment.Lens, LensCodec.PositionsCall(chunk)));
            IReadOnlyList<CallOutcome<string>> answers;
            try
            {
                answers = await BatchCaller.CallRawAsync(context.Client, calls, at);
            }
            catch (Exception e) when (e is not OperationCanceledException && group.Count > 0)
            {
                // The re-reads stay stale (the lens judges those positions this block); the shared reads are retried alone.
                metrics.RpcFault("eth_call(positions)");
                LogBatchFailed(logger, e, block, group.Count, e.Message.Split('\n')[0]);
                if (collaterals is null)
                {
                    chunkIndex = chunks.Count;
                    answers = await BatchCaller.CallRawAsync(context.Client, calls.Take(2).ToList(), at);
                    group = [];
                }
                else
                {
                    continue;
                }
            }
            var offset = 0;
            if (collaterals is null)
            {
                var views = BatchCaller.Decode(answers[0], LensCodec.Collaterals);
                var borrowIndex = BatchCaller.Decode(answers[1], LensCodec.Uint256);
                if (!views.Ok || !borrowIndex.Ok)
                    throw new InvalidOperationException($"collaterals() or borrowIndex() at block {block} failed: {views.Error ?? borrowIndex.Error}");
                (collaterals, terms) = Terms(views.Output!, borrowIndex.Output);
                offset = 2;
            }
            var store = new List<(Indexing.PositionKey, PositionAmounts)>();
            for (var i = 0; i < group.Count; i++)
            {
                var outcome = BatchCaller.Decode(answers[offset + i], LensCodec.Positions);
                if (!outcome.Ok || outcome.Output!.Length != group[i].Length)
                {
                    metrics.RpcFault("eth_call(positions)");
                    continue; // left stale: the lens judges these positions this block
                }
                for (var j = 0; j < group[i].Length; j++)
                {
                    var view = outcome.Output[j];
                    if (view.Collateral > UInt128.MaxValue || view.ScaledDebt > UInt128.MaxValue || view.Collateral.Sign < 0 || view.ScaledDebt.Sign < 0)
                        continue;
                    store.Add((group[i][j], new PositionAmounts((UInt128)view.Collateral, (UInt128)view.ScaledDebt, block)));
                    refreshed.Add(view);
                }
            }
            await index.StoreAmountsAsync(store, cancellationToken);
        }
        while (chunkIndex < chunks.Count);
        return (collaterals!, terms!, refreshed);
    }

    private (IReadOnlyDictionary<uint, CollateralStatus>, Dictionary<uint, CollateralTerms>) Terms(LensCollateral[] views, BigInteger borrowIndex)
    {
        var deployment = connection.Context.Deployment;
        var symbols = deployment.Collaterals.ToDictionary(c => c.Id, c => c.Symbol);
        var statuses = new Dictionary<uint, CollateralStatus>();
        var terms = new Dictionary<uint, CollateralTerms>();
        foreach (var v in views)
        {
            statuses[v.CollateralId] = new CollateralStatus(v.CollateralId, symbols.GetValueOrDefault(v.CollateralId, "#" + v.CollateralId), v.Decimals, v.Price, v.OracleValid);
            // The Market's price scale: 10^(collateral decimals + 18 − debt decimals).
            var exponent = v.Decimals + 18 - deployment.DebtAsset.Decimals;
            if (exponent >= 0)
                terms[v.CollateralId] = new CollateralTerms(new HealthTerms(borrowIndex, v.Price, v.LiquidationThreshold, exponent), v.OracleValid);
        }
        return (statuses, terms);
    }

    /// <summary>Which positions the lens audits this block: a sample (block-seeded), or all every FullAuditEveryBlocks.</summary>
    private static HashSet<int> AuditSet(int count, List<int> toLens, ulong block, ScanOptions scan)
    {
        var judged = new HashSet<int>(toLens);
        var audit = new HashSet<int>();
        if (scan.FullAuditEveryBlocks > 0 && block % (ulong)scan.FullAuditEveryBlocks == 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (!judged.Contains(i))
                    audit.Add(i);
            }
            return audit;
        }
        var random = new Random(unchecked((int)block));
        var want = Math.Min(scan.AuditSample, count - judged.Count);
        for (var tries = 0; audit.Count < want && tries < want * 4; tries++)
        {
            var i = random.Next(count);
            if (!judged.Contains(i))
                audit.Add(i);
        }
        return audit;
    }

    /// <summary>
    /// <c>healthFactors</c> for the candidates, the unreadable and the audit sample. Candidates and the unreadable take the
    /// lens's figures (unknown when their chunk failed); every one with a local figure is compared with the lens's.
    /// </summary>
    private async Task<(int Failed, int Compared, IReadOnlyList<Indexing.PositionKey> Mismatched)> VerifyAsync(WatchedPositions watched, PositionHealth[] results, List<int> toLens, HashSet<int> audit,
        List<LensPosition> refreshed, BlockParameter at, ulong block, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var scan = options.Value.Scan;
        var mismatched = new List<Indexing.PositionKey>();
        var compared = 0;
        var judgedByLens = new HashSet<int>(toLens);
        var keys = watched.Keys;

        // The refreshed positions' own lens figures, against the local formula on the amounts just read.
        foreach (var view in refreshed)
        {
            var key = Indexing.PositionKey.Of(view.CollateralId, view.Owner);
            var i = watched.IndexOf(key);
            if (i < 0 || judgedByLens.Contains(i) || audit.Contains(i) || results[i].Key != key)
                continue;
            compared++;
            var lensHf = view.OracleValid || view.HealthFactor == HealthMath.MaxUint256 ? view.HealthFactor : BigInteger.Zero;
            if (results[i].HealthFactor != lensHf)
            {
                mismatched.Add(key);
                LogMismatch(logger, key.ToString(), block, results[i].HealthFactor, lensHf);
                results[i] = new PositionHealth(key, lensHf, view.OracleValid && lensHf < HealthMath.Wad, view.OracleValid, true);
            }
        }

        var order = toLens.Concat(audit).ToList();
        var failed = 0;
        foreach (var group in order.Chunk(scan.ChunkSize).Chunk(scan.ChunksPerBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calls = group.Select(chunk => (context.Deployment.Lens, LensCodec.HealthFactorsCall(chunk.Select(i => keys[i])))).ToList();
            List<CallOutcome<LensHealthFactors>> outcomes;
            try
            {
                outcomes = [.. (await BatchCaller.CallRawAsync(context.Client, calls, at)).Select(raw => BatchCaller.Decode(raw, LensCodec.HealthFactors))];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.RpcFault("eth_call(healthFactors)");
                LogBatchFailed(logger, e, block, group.Length, e.Message.Split('\n')[0]);
                outcomes = calls.Select(_ => new CallOutcome<LensHealthFactors>(null, e.Message)).ToList();
            }
            for (var c = 0; c < group.Length; c++)
            {
                var chunk = group[c];
                var outcome = outcomes[c];
                var ok = outcome.Ok && outcome.Output!.Hfs.Length == chunk.Length;
                if (!ok)
                    failed++;
                for (var j = 0; j < chunk.Length; j++)
                {
                    var i = chunk[j];
                    var key = keys[i];
                    var hasLocal = results[i].Key == key;
                    if (!ok)
                    {
                        // An audited position keeps its local figure; a candidate is unknown (never sent on a local figure).
                        if (!audit.Contains(i))
                            results[i] = new PositionHealth(key, BigInteger.Zero, false, hasLocal && results[i].OracleValid, false);
                        continue;
                    }
                    var lens = new PositionHealth(key, outcome.Output!.Hfs[j], outcome.Output.Liquidatable[j], outcome.Output.OracleValid[j], true);
                    if (hasLocal)
                    {
                        compared++;
                        if (results[i].HealthFactor != lens.HealthFactor || results[i].OracleValid != lens.OracleValid)
                        {
                            mismatched.Add(key);
                            LogMismatch(logger, key.ToString(), block, results[i].HealthFactor, lens.HealthFactor);
                        }
                    }
                    results[i] = lens;
                }
            }
        }
        metrics.HealthCrossChecked(compared, mismatched.Count);
        if (mismatched.Count > 0)
            await RereadAsync(mismatched, at, block, cancellationToken);
        return (failed, compared, mismatched);
    }

    /// <summary>Reads the amounts of positions whose local health disagreed, so the next block computes from the chain's.</summary>
    private async Task RereadAsync(List<Indexing.PositionKey> keys, BlockParameter at, ulong block, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
            index.MarkStale(key);
        var context = connection.Context;
        var calls = keys.Chunk(options.Value.Scan.ChunkSize).Select(chunk => (context.Deployment.Lens, LensCodec.PositionsCall(chunk))).ToList();
        List<CallOutcome<LensPosition[]>> outcomes;
        try
        {
            outcomes = [.. (await BatchCaller.CallRawAsync(context.Client, calls, at)).Select(raw => BatchCaller.Decode(raw, LensCodec.Positions))];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.RpcFault("eth_call(positions)");
            return; // stale: read at the next block
        }
        var store = new List<(Indexing.PositionKey, PositionAmounts)>();
        foreach (var outcome in outcomes)
        {
            if (!outcome.Ok)
                continue;
            foreach (var view in outcome.Output!)
            {
                if (view.Collateral <= UInt128.MaxValue && view.ScaledDebt <= UInt128.MaxValue && view.Collateral.Sign >= 0 && view.ScaledDebt.Sign >= 0)
                    store.Add((Indexing.PositionKey.Of(view.CollateralId, view.Owner), new PositionAmounts((UInt128)view.Collateral, (UInt128)view.ScaledDebt, block)));
            }
        }
        await index.StoreAmountsAsync(store, cancellationToken);
    }

    private static readonly string CollateralsCall = BatchCaller.Data(new CollateralsFunction());
    private static readonly string BorrowIndexCall = BatchCaller.Data(new BorrowIndexFunction());

    internal readonly record struct CollateralTerms(HealthTerms Terms, bool Valid);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "health batch at block {Block} failed for {Chunks} chunks: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, ulong block, int chunks, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "oracle of {Symbol} (collateral {Id}) is invalid: {Positions} positions cannot be judged (blind, not healthy)")]
    private static partial void LogBlind(ILogger logger, string symbol, uint id, int positions);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "health mismatch {Position} at block {Block}: local {Local}, lens {Lens}; re-reading the position")]
    private static partial void LogMismatch(ILogger logger, string position, ulong block, BigInteger local, BigInteger lens);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "scan at block {Block}: {Watched} watched, {Refreshed} re-read, {Lens} to the lens (candidates or unreadable), {Audited} audited; local health in {ComputeMs:F1} ms, scan {ScanMs:F0} ms")]
    private static partial void LogScan(ILogger logger, ulong block, int watched, int refreshed, int lens, int audited, double computeMs, double scanMs);
}
