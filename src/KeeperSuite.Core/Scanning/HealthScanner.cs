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
using LensPositionKey = KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey;

namespace KeeperSuite.Core.Scanning;

/// <summary>
/// Reads the health of every watched position at one block: <c>MarketLens.healthFactors</c> in chunks of
/// <c>Keeper:Scan:ChunkSize</c>, <c>ChunksPerBatch</c> chunks per JSON-RPC batch, plus <c>MarketLens.collaterals()</c>
/// for prices; a position whose oracle is invalid reads "not liquidatable" with oracleValid false, so the scan reports it as blind, never healthy.
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
        var stopwatch = Stopwatch.StartNew();
        var keys = index.Watched(k => context.Shard.Owns(k.CollateralId, k.Owner));
        var at = new BlockParameter(new HexBigInteger(block));
        var collaterals = await ReadCollateralsAsync(at);

        var scan = options.Value.Scan;
        var results = new List<PositionHealth>(keys.Count);
        var failed = 0;
        foreach (var group in keys.Chunk(scan.ChunkSize).Chunk(scan.ChunksPerBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calls = group.Select(chunk => new HealthFactorsFunction
            {
                Keys = chunk.Select(k => new LensPositionKey { CollateralId = k.CollateralId, Owner = k.Owner }).ToList(),
            }).ToList();
            IReadOnlyList<CallOutcome<HealthFactorsOutputDTO>> outcomes;
            try
            {
                outcomes = await BatchCaller.CallAsync<HealthFactorsFunction, HealthFactorsOutputDTO>(context.Client, context.Deployment.Lens, calls, at);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.RpcFault("eth_call(healthFactors)");
                LogBatchFailed(logger, block, group.Length, e.Message.Split('\n')[0]);
                outcomes = calls.Select(_ => new CallOutcome<HealthFactorsOutputDTO>(null, e.Message)).ToList();
            }
            for (var i = 0; i < group.Length; i++)
            {
                var chunk = group[i];
                var outcome = outcomes[i];
                if (!outcome.Ok || outcome.Output!.Hfs?.Count != chunk.Length || outcome.Output.Liquidatable?.Count != chunk.Length
                    || outcome.Output.OracleValid?.Count != chunk.Length)
                {
                    failed++;
                    results.AddRange(chunk.Select(k => new PositionHealth(k, BigInteger.Zero, false, OracleOf(collaterals, k), false)));
                    continue;
                }
                for (var j = 0; j < chunk.Length; j++)
                    results.Add(new PositionHealth(chunk[j], outcome.Output.Hfs[j], outcome.Output.Liquidatable[j], outcome.Output.OracleValid[j], true));
            }
        }
        var result = new ScanResult(block, results, collaterals, failed, stopwatch.Elapsed);
        metrics.Scanned(keys.Count, result.Liquidatable.Count(), result.Blind.Count, stopwatch.Elapsed);
        foreach (var blind in result.Blind)
            LogBlind(logger, blind.Symbol, blind.Id, results.Count(p => p.Key.CollateralId == blind.Id));
        return result;
    }

    private async Task<IReadOnlyDictionary<uint, CollateralStatus>> ReadCollateralsAsync(BlockParameter at)
    {
        var context = connection.Context;
        var symbols = context.Deployment.Collaterals.ToDictionary(c => c.Id, c => c.Symbol);
        var views = await context.Web3.Eth.QueryAsync<CollateralsFunction, CollateralsOutputDTO>(new CollateralsFunction(), context.Deployment.Lens, at);
        return views.Views.ToDictionary(v => v.CollateralId, v => new CollateralStatus(
            v.CollateralId, symbols.GetValueOrDefault(v.CollateralId, "#" + v.CollateralId), v.Decimals, v.Price, v.OracleValid));
    }

    private static bool OracleOf(IReadOnlyDictionary<uint, CollateralStatus> collaterals, Indexing.PositionKey key) =>
        collaterals.TryGetValue(key.CollateralId, out var c) && c.OracleValid;

    [LoggerMessage(Level = LogLevel.Warning, Message = "health batch at block {Block} failed for {Chunks} chunks: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, ulong block, int chunks, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "oracle of {Symbol} (collateral {Id}) is invalid: {Positions} positions cannot be judged (blind, not healthy)")]
    private static partial void LogBlind(ILogger logger, string symbol, uint id, int positions);
}
