using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Lens = KeeperSuite.Contracts.MarketLens.ContractDefinition;
using MarketDefs = KeeperSuite.Contracts.Market.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Core.Liquidation;

/// <summary>A pass's liquidation terms at its scanned block: the index and market parameters, and each collateral type's.</summary>
public sealed record PassTerms(ulong Block, MarketTerms Market, IReadOnlyDictionary<uint, CollateralTerms> Collaterals);

/// <summary>
/// What a liquidation of each due position would do at the scanned block. Computed in the keeper
/// (<see cref="LocalPreview"/>) for every position whose stored amounts reproduce the health factor the lens confirmed
/// in the scan; asked of <c>MarketLens.previewLiquidations</c> for the rest (amounts not read yet, a mismatch in the
/// scan, terms that could not be read). After the pass's sends, a sample of the local previews is compared with the
/// lens's: a difference is logged with both and counted (keeper_preview_mismatches), so a contract whose rules moved
/// away from this copy is seen at the next liquidation, and the lens previews everything for
/// <see cref="LensOnlyBlocksAfterMismatch"/> blocks.
/// </summary>
public sealed partial class LiquidationPreviews(
    ChainConnection connection,
    PositionIndex index,
    KeeperMetrics metrics,
    ILogger<LiquidationPreviews> logger)
{
    // previewLiquidations costs about 19,000 gas a position, but a call's time grows faster than its size (Hardhat,
    // BENCHMARKS.md issue 17: 100 keys 130 ms, 256 keys ~1,070 ms): many calls of 50 in one JSON-RPC batch are faster.
    private const int PreviewsPerCall = 50;

    /// <summary>Local previews a pass compares with the lens (one eth_call, after its sends).</summary>
    public const int AuditSample = 8;

    /// <summary>
    /// Blocks after a mismatch during which every preview is the lens's. The audit compares positions whose amounts
    /// were proven by their health factor, so a mismatch means this copy of the Market's rules is wrong (an upgraded
    /// or differently configured Market), not stale data: the keeper stops trusting it rather than act on it.
    /// </summary>
    public const ulong LensOnlyBlocksAfterMismatch = 1_000;

    private ulong _lensOnlyBefore;

    /// <summary>
    /// The Market's parameters, the pool's index and every collateral type's terms at <paramref name="block"/>, in one
    /// JSON-RPC batch; null when any answer is missing (the pass then previews through the lens).
    /// </summary>
    public async Task<PassTerms?> ReadTermsAsync(ulong block)
    {
        var context = connection.Context;
        var d = context.Deployment;
        IReadOnlyList<CallOutcome<string>> answers;
        try
        {
            answers = await BatchCaller.CallRawAsync(context.Client,
            [
                (d.Lens, BatchCaller.Data(new Lens.CollateralsFunction())),
                (d.Pool, BatchCaller.Data(new Pool.BorrowIndexFunction())),
                (d.Market, BatchCaller.Data(new MarketDefs.MarketParamsFunction())),
            ], new BlockParameter(new HexBigInteger(block)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.RpcFault("eth_call(liquidation terms)");
            LogTermsUnread(logger, block, e.Message.Split('\n')[0]);
            return null;
        }
        var views = BatchCaller.Decode<Lens.CollateralsOutputDTO>(answers[0]);
        var borrowIndex = BatchCaller.Decode<Pool.BorrowIndexOutputDTO>(answers[1]);
        var market = BatchCaller.Decode<MarketDefs.MarketParamsOutputDTO>(answers[2]);
        if (!views.Ok || !borrowIndex.Ok || !market.Ok || views.Output!.Views is null)
        {
            LogTermsUnread(logger, block, views.Error ?? borrowIndex.Error ?? market.Error ?? "no collaterals");
            return null;
        }
        var types = new Dictionary<uint, CollateralTerms>();
        foreach (var v in views.Output.Views)
        {
            var exponent = v.Decimals + 18 - d.DebtAsset.Decimals;
            if (exponent < 0 || v.Params is null)
                continue;
            types[v.CollateralId] = new CollateralTerms(v.OracleValid && !v.Price.IsZero, v.Price, exponent,
                v.Params.LiquidationThreshold, v.Params.LiquidationBonus, v.Params.Dust);
        }
        var m = market.Output!;
        return new PassTerms(block, new MarketTerms(borrowIndex.Output!.ReturnValue1, m.CloseFactorHfThreshold, m.InsuranceCut, m.SmallPositionValue), types);
    }

    /// <summary>
    /// Each position's preview, in order (null where neither a local figure nor the lens answered: retried at the next
    /// head); <see cref="Previewed.Local"/> tells which were computed here.
    /// </summary>
    public async Task<List<Previewed?>> PreviewAsync(IReadOnlyList<PositionHealth> due, ScanResult scan, PassTerms? terms)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(scan);
        var results = new Previewed?[due.Count];
        var remote = new List<int>();
        var mismatched = scan.Mismatched.Count == 0 ? null : scan.Mismatched.ToHashSet();
        var keeper = connection.Context.KeeperAddress;
        var trusted = terms is not null && scan.Block >= Volatile.Read(ref _lensOnlyBefore);
        for (var i = 0; i < due.Count; i++)
        {
            if (trusted && mismatched?.Contains(due[i].Key) != true && Local(due[i], scan, terms!, keeper) is { } local)
                results[i] = new Previewed(local, true);
            else
                remote.Add(i);
        }
        if (remote.Count > 0)
        {
            var read = await ReadAsync([.. remote.Select(i => due[i].Key)], scan.Block);
            for (var j = 0; j < remote.Count; j++)
                results[remote[j]] = read[j] is { } r ? new Previewed(r, false) : null;
        }
        return [.. results];
    }

    /// <summary>
    /// The local preview, when the stored amounts are known and give exactly the health factor the lens reported for
    /// this block (so they are the chain's amounts), the collateral type's price is the scan's and the keeper is not the
    /// owner (self-liquidation is the lens's answer).
    /// </summary>
    private PreviewOutcome? Local(PositionHealth p, ScanResult scan, PassTerms terms, string keeper)
    {
        if (!terms.Collaterals.TryGetValue(p.Key.CollateralId, out var type) || !type.OracleValid
            || !scan.Collaterals.TryGetValue(p.Key.CollateralId, out var scanned) || scanned.Price != type.Price
            || !index.TryGetAmounts(p.Key, out var amounts) || amounts.ReadBlock > scan.Block
            || string.Equals(p.Key.Owner, keeper, StringComparison.OrdinalIgnoreCase))
            return null;
        var hf = HealthMath.Exact(amounts.Collateral, amounts.ScaledDebt, terms.Market.Index, type.Price, type.Threshold, type.ScaleExponent);
        if (hf != p.HealthFactor)
            return null;
        return LocalPreview.Preview(amounts.Collateral, amounts.ScaledDebt, HealthMath.MaxUint256, type, terms.Market);
    }

    /// <summary>
    /// Compares up to <see cref="AuditSample"/> local previews with <c>MarketLens.previewLiquidations</c> at the scanned
    /// block: every difference logged with both outcomes and counted. Called after the pass's sends.
    /// </summary>
    public async Task AuditAsync(IReadOnlyList<(PositionKey Key, PreviewOutcome Local)> sample, ulong block)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0)
            return;
        var lens = await ReadAsync([.. sample.Select(s => s.Key)], block);
        var compared = 0;
        var mismatches = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            if (lens[i] is not { } chain)
                continue;
            compared++;
            if (chain != sample[i].Local)
            {
                mismatches++;
                LogMismatch(logger, sample[i].Key.ToString(), block, Describe(sample[i].Local), Describe(chain));
            }
        }
        metrics.PreviewCrossChecked(compared, mismatches);
        if (mismatches > 0)
        {
            var until = block + LensOnlyBlocksAfterMismatch;
            Volatile.Write(ref _lensOnlyBefore, until);
            LogLensOnly(logger, mismatches, until);
        }
    }

    private static string Describe(PreviewOutcome o) =>
        $"{o.Status} repaid {o.Repaid} seized {o.Seized} fee {o.Fee} deficit {o.DeficitAssets}";

    /// <summary>
    /// Previews by <c>MarketLens.previewLiquidations(keys, liquidator)</c>, one call per <see cref="PreviewsPerCall"/>
    /// positions, all in one JSON-RPC batch (null where a chunk failed). The lens reads each collateral's oracle validity
    /// once per call, so a broken feed costs once, not once per position, and an invalid type's entries come back as
    /// skipped instead of failing the call.
    /// </summary>
    private async Task<List<PreviewOutcome?>> ReadAsync(List<PositionKey> keys, ulong block)
    {
        var context = connection.Context;
        var chunks = keys.Chunk(PreviewsPerCall).ToList();
        var calls = chunks.Select(chunk => new Lens.PreviewLiquidationsFunction
        {
            Keys = [.. chunk.Select(k => new Lens.PositionKey { CollateralId = k.CollateralId, Owner = k.Owner })],
            Liquidator = context.KeeperAddress,
        }).ToList();
        var outcomes = await BatchCaller.CallAsync<Lens.PreviewLiquidationsFunction, Lens.PreviewLiquidationsOutputDTO>(
            context.Client, context.Deployment.Lens, calls, new BlockParameter(new HexBigInteger(block)));
        var results = new List<PreviewOutcome?>(keys.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            var previews = outcomes[i].Output?.Previews;
            // A failed or malformed chunk answers nothing for its positions: they are retried at the next head.
            var usable = previews is not null && previews.Count == chunks[i].Length;
            for (var j = 0; j < chunks[i].Length; j++)
                results.Add(usable ? new PreviewOutcome((LiquidationStatus)previews![j].Status, previews[j].Repaid, previews[j].Seized, previews[j].Fee, previews[j].DeficitAssets) : null);
        }
        return results;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "liquidation terms at block {Block} unread ({Reason}): this pass previews through MarketLens")]
    private static partial void LogTermsUnread(ILogger logger, ulong block, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "preview mismatch {Position} at block {Block}: local {Local}, lens {Lens}")]
    private static partial void LogMismatch(ILogger logger, string position, ulong block, string local, string lens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Mismatches} local preview(s) differed from MarketLens: every preview is the lens's until block {Until}")]
    private static partial void LogLensOnly(ILogger logger, int mismatches, ulong until);
}

/// <summary>One position's preview and whether the keeper computed it (true) or the lens answered (false).</summary>
public readonly record struct Previewed(PreviewOutcome Outcome, bool Local);
