using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Inventory;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Flash = KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;
using Lens = KeeperSuite.Contracts.MarketLens.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Core.Liquidation;

/// <summary>
/// Turns a scan's liquidatable positions into <c>liquidateBatch</c> transactions (or <c>liquidate</c> for one):
/// previews each at the scanned block, drops the unprofitable ones, fits the rest into the debt-asset budget and
/// the gas limit, simulates the batch with <c>eth_call</c>, and sends. A position someone else liquidated first
/// is a normal outcome: logged, counted as lost, backed off.
/// </summary>
public sealed partial class Liquidator(
    ChainConnection connection,
    TransactionManager transactions,
    DebtAssetApprovals approvals,
    BackoffBook backoff,
    IOptions<KeeperOptions> options,
    FeeEstimator fees,
    KeeperMetrics metrics,
    DexQuotes dexQuotes,
    FlashLiquidatorProvider flashLiquidator,
    InventorySeller inventory,
    DexMetrics dexMetrics,
    ILogger<Liquidator> logger)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger GasPerPositionGuess = 120_000;
    private static readonly BigInteger GasBaseGuess = 60_000;
    private static readonly BigInteger Unbounded = BigInteger.Pow(2, 255);
    // previewLiquidations costs about 19,000 gas a position, but a call's time grows faster than its size (Hardhat,
    // BENCHMARKS.md issue 17: 100 keys 130 ms, 256 keys ~1,070 ms): many calls of 50 in one JSON-RPC batch are faster.
    private const int PreviewsPerCall = 50;
    private string _estimateTag = "latest";

    /// <summary>Acts on one scan. Returns the number of positions sent for liquidation.</summary>
    public async Task<int> ActAsync(ScanResult scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        await inventory.SellAsync(scan, cancellationToken);
        var inFlight = InFlightKeys();
        var due = scan.Liquidatable
            .Where(p => !inFlight.Contains(p.Key) && !backoff.IsBackedOff(p.Key, scan.Block))
            .OrderBy(p => p.HealthFactor)
            .ToList();
        if (due.Count == 0)
            return 0;

        // Preview only what this pass can send (free in-flight slots x batch size), most unhealthy first, a page at a
        // time until the slots are filled: previewing every liquidatable position when only a few batches can leave
        // costs one eth_call each (1,000 previews ~10 s on a local node) before the first transaction is sent.
        var liq = options.Value.Liquidation;
        var capacity = Math.Max(0, liq.MaxInFlight - transactions.InFlightCount(TxRole.Liquidation)) * liq.MaxBatchSize;
        if (capacity == 0)
        {
            LogNoSlots(logger, due.Count);
            return 0;
        }
        var budget = await BudgetAsync(cancellationToken);
        var chosen = new List<LiquidationCandidate>();
        LiquidationMode? mode = null;
        var sent = 0;
        var firstSent = false;
        for (var next = 0; next < due.Count && chosen.Count < capacity;)
        {
            // The first page is one batch, sent before the rest is previewed: the most unhealthy leave first.
            var page = due.GetRange(next, Math.Min(firstSent ? capacity - chosen.Count : liq.MaxBatchSize, due.Count - next));
            next += page.Count;
            var candidates = await PreviewAsync(page, scan, cancellationToken);
            // The pass's mode (Keeper:Liquidation:Mode) and the DEX's price in place of the oracle's.
            mode ??= FlashPlanner.Choose(liq.Mode, budget, candidates, dexQuotes.Dex is not null);
            candidates = await dexQuotes.PriceAsync(candidates, scan, trimToDepth: mode == LiquidationMode.Flash, cancellationToken);
            var spent = chosen.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost);
            // A flash liquidation borrows what it repays: the keeper's balance does not bound it.
            chosen.AddRange(await ChooseAsync(candidates, scan, mode == LiquidationMode.Flash ? Unbounded : budget - spent));
            if (!firstSent && chosen.Count > 0 && next < due.Count && chosen.Count < capacity)
            {
                sent += await SendChosenAsync(chosen, mode, scan, cancellationToken);
                firstSent = true;
                capacity -= (chosen.Count + liq.MaxBatchSize - 1) / liq.MaxBatchSize * liq.MaxBatchSize;
                budget -= chosen.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost);
                chosen.Clear();
            }
        }
        return chosen.Count == 0 ? sent : sent + await SendChosenAsync(chosen, mode, scan, cancellationToken);
    }

    private async Task<int> SendChosenAsync(List<LiquidationCandidate> chosen, LiquidationMode? mode, ScanResult scan, CancellationToken cancellationToken)
    {
        string? flash = null;
        if (mode == LiquidationMode.Flash)
            flash = await flashLiquidator.AddressAsync(cancellationToken);
        else
            await approvals.EnsureAsync(connection.Context.Deployment.Market, "Market", scan.Block, cancellationToken);
        // Estimates run against "latest" (each alone), except while our own approval is still pending: the
        // liquidations pull the debt asset through it, so only "pending" sees the allowance.
        _estimateTag = transactions.InFlightCount(TxRole.Setup) > 0 ? "pending" : "latest";

        var sent = 0;
        var batches = chosen.Chunk(options.Value.Liquidation.MaxBatchSize).ToList();
        var decisions = new List<(LiquidationCandidate Candidate, string Tx)>(chosen.Count);
        // Every batch of the pass estimated in one JSON-RPC batch; a transport failure of the whole request falls back
        // to one estimate per batch (which halves a batch the node cannot simulate in time). A flash batch may still be
        // split by the pool's cash, so it is estimated when it is sent.
        IReadOnlyList<GasEstimate>? estimates = null;
        if (batches.Count > 1 && flash is null)
        {
            try
            {
                estimates = await EstimateAsync(batches, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.RpcFault("eth_estimateGas");
            }
        }
        for (var i = 0; i < batches.Count; i++)
            sent += await SendBatchAsync(batches[i], scan.Block, flash, estimates?[i], decisions, cancellationToken);
        // Logged after the sends: the first transaction must not wait for the log lines of the others.
        foreach (var (c, tx) in decisions)
            LogDecision(logger, c.Key.ToString(), c.HealthFactor, c.Repay, c.Seized, c.GrossProfit, tx);
        return sent;
    }

    /// <summary>One batch's <c>eth_estimateGas</c> answer: the gas, or the revert (custom-error data kept for decoding).</summary>
    private readonly record struct GasEstimate(BigInteger Gas, Exception? Error);

    /// <summary>
    /// Raw <c>eth_estimateGas [call, "latest"]</c> for every batch in one JSON-RPC batch ("pending" while our approval is). Nethereum's EthEstimateGas
    /// takes no block, and a node then estimates against "pending", re-executing every transaction this pass already
    /// sent (Hardhat does): O(n²) over a pass. Against "latest" each estimate runs alone.
    /// </summary>
    private async Task<IReadOnlyList<GasEstimate>> EstimateAsync(List<LiquidationCandidate[]> batches, string? flash)
    {
        var context = connection.Context;
        if (batches.Count == 1)
        {
            // One estimate is one plain request (no batch of one); its failure is a revert to decode, or a transport fault to throw.
            var single = new CallInput(flash is null ? CallData(batches[0]) : FlashCallData(batches[0]), flash ?? context.Deployment.Market) { From = context.KeeperAddress };
            try
            {
                var gas = await context.Client.SendRequestAsync<HexBigInteger>(new RpcRequest(1, "eth_estimateGas", single, _estimateTag));
                return [new GasEstimate(gas.Value, null)];
            }
            catch (RpcResponseException e)
            {
                return [new GasEstimate(BigInteger.Zero, AsException(e.RpcError))];
            }
        }
        var request = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        var items = new List<RpcRequestResponseBatchItem<EthEstimateGas, HexBigInteger>>(batches.Count);
        var handler = new EthEstimateGas(context.Client);
        for (var i = 0; i < batches.Count; i++)
        {
            var input = new CallInput(flash is null ? CallData(batches[i]) : FlashCallData(batches[i]), flash ?? context.Deployment.Market) { From = context.KeeperAddress };
            var item = new RpcRequestResponseBatchItem<EthEstimateGas, HexBigInteger>(handler, new RpcRequest(i + 1, "eth_estimateGas", input, _estimateTag));
            items.Add(item);
            request.BatchItems.Add(item);
        }
        await context.Client.SendBatchRequestAsync(request);
        return items.Select(item => item.HasError || item.Response is null
            ? new GasEstimate(BigInteger.Zero, AsException(item.RpcError))
            : new GasEstimate(item.Response.Value, null)).ToList();
    }

    /// <summary>A batch item's error as the exception Nethereum would have thrown: custom-error data kept for <see cref="RevertReason"/>.</summary>
    private static Exception AsException(RpcError? error)
    {
        var data = error?.Data switch
        {
            Newtonsoft.Json.Linq.JValue { Value: string hex } => hex,
            Newtonsoft.Json.Linq.JObject o when o["data"] is Newtonsoft.Json.Linq.JValue { Value: string hex } => hex,
            _ => null,
        };
        return data is { Length: >= 10 } && data.StartsWith("0x", StringComparison.Ordinal)
            ? new SmartContractCustomErrorRevertException(data)
            : new InvalidOperationException(error?.Message ?? "eth_estimateGas failed");
    }

    // GetCallData resolves the ABI from its static type, so each message is encoded where its type is known.
    private static string CallData(LiquidationCandidate[] batch) => batch.Length == 1
        ? new LiquidateFunction { CollateralId = batch[0].Key.CollateralId, Owner = batch[0].Key.Owner, MaxRepay = batch[0].MaxRepay }.GetCallData().ToHex(true)
        : new LiquidateBatchFunction
        {
            Orders = batch.Select(c => new LiquidationOrder { CollateralId = c.Key.CollateralId, Owner = c.Key.Owner, MaxRepay = c.MaxRepay }).ToList(),
        }.GetCallData().ToHex(true);

    /// <summary>Reads what every mined liquidation did: confirmed, lost (skipped by the Market) or reverted.</summary>
    public void OnMined(IEnumerable<TxOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        inventory.OnMined(outcomes);
        foreach (var outcome in outcomes)
        {
            if (outcome.Request.Intent is not PreparedLiquidation { Positions: var keys })
                continue;
            if (!outcome.Succeeded || outcome.Receipt is null)
            {
                metrics.Liquidation("reverted", keys.Count);
                foreach (var key in keys)
                    backoff.BackOff(key, outcome.Block, options.Value.Liquidation.BackoffBlocks);
                LogReverted(logger, outcome.Hash, keys.Count);
                continue;
            }
            var liquidated = outcome.Receipt.DecodeAllEvents<LiquidatedEventDTO>()
                .Select(e => PositionKey.Of(e.Event.CollateralId, e.Event.Owner)).ToHashSet();
            foreach (var skipped in outcome.Receipt.DecodeAllEvents<LiquidationSkippedEventDTO>())
            {
                var key = PositionKey.Of(skipped.Event.CollateralId, skipped.Event.Owner);
                backoff.BackOff(key, outcome.Block, options.Value.Liquidation.BackoffBlocks);
                metrics.Liquidation("lost");
                LogLost(logger, key.ToString(), ((LiquidationStatus)skipped.Event.Reason).ToString(), outcome.Hash);
            }
            foreach (var key in liquidated)
            {
                backoff.Clear(key);
                metrics.Liquidation("confirmed");
                LogConfirmed(logger, key.ToString(), outcome.Hash, outcome.Block);
            }
        }
    }

    private async Task<List<LiquidationCandidate>> PreviewAsync(List<PositionHealth> due, ScanResult scan, CancellationToken cancellationToken)
    {
        var results = await ReadPreviewsAsync(due, scan.Block);
        var slack = options.Value.Liquidation.RepaySlackBps;
        var list = new List<LiquidationCandidate>();
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = results[i];
            if (result is null)
                continue;
            if (result.Status != (byte)LiquidationStatus.Liquidated)
            {
                LogPreviewSkip(logger, due[i].Key.ToString(), ((LiquidationStatus)result.Status).ToString());
                continue;
            }
            var collateral = scan.Collaterals[due[i].Key.CollateralId];
            var value = ValueOf(result.Seized, collateral);
            // A block of interest between the read and the send must not make a forced-full liquidation revert.
            var maxRepay = result.Repaid + (result.Repaid * slack + 9_999) / 10_000 + 1;
            list.Add(new LiquidationCandidate(due[i].Key, due[i].HealthFactor, result.Repaid, result.Seized, result.Fee, value, maxRepay));
        }
        return list;
    }

    /// <summary>
    /// Each position's liquidation outcome at the scanned block (null where the read failed): one
    /// <c>MarketLens.previewLiquidations(keys, liquidator)</c> call per <see cref="PreviewsPerCall"/> positions, all in one
    /// JSON-RPC batch. The lens reads each collateral's oracle validity once per call, so a broken feed costs once, not
    /// once per position, and an invalid type's entries come back as skipped instead of failing the call.
    /// </summary>
    private async Task<List<LiquidationResult?>> ReadPreviewsAsync(List<PositionHealth> due, ulong block)
    {
        var context = connection.Context;
        var chunks = due.Chunk(PreviewsPerCall).ToList();
        var calls = chunks.Select(chunk => new Lens.PreviewLiquidationsFunction
        {
            Keys = [.. chunk.Select(p => new Lens.PositionKey { CollateralId = p.Key.CollateralId, Owner = p.Key.Owner })],
            Liquidator = context.KeeperAddress,
        }).ToList();
        var outcomes = await BatchCaller.CallAsync<Lens.PreviewLiquidationsFunction, Lens.PreviewLiquidationsOutputDTO>(
            context.Client, context.Deployment.Lens, calls, new BlockParameter(new HexBigInteger(block)));
        var results = new List<LiquidationResult?>(due.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            var previews = outcomes[i].Output?.Previews;
            // A failed or malformed chunk answers nothing for its positions: they are retried at the next head.
            var usable = previews is not null && previews.Count == chunks[i].Length;
            for (var j = 0; j < chunks[i].Length; j++)
                results.Add(usable ? ToResult(previews![j]) : null);
        }
        return results;
    }

    private static LiquidationResult ToResult(Lens.LiquidationPreview p) => new()
    {
        Status = p.Status,
        Repaid = p.Repaid,
        Seized = p.Seized,
        Fee = p.Fee,
        DeficitAssets = p.DeficitAssets,
    };

    private async Task<List<LiquidationCandidate>> ChooseAsync(List<LiquidationCandidate> candidates, ScanResult scan, BigInteger budget)
    {
        var liq = options.Value.Liquidation;
        var fee = await fees.EstimateAsync();
        var gasPrice = BigInteger.Min(fee.MaxFeePerGas, fees.LastBaseFee + fee.MaxPriorityFeePerGas);
        var nativePrice = NativePriceWad(scan);
        var perPositionGas = GasPerPositionGuess + GasBaseGuess / Math.Max(1, Math.Min(liq.MaxBatchSize, candidates.Count));
        var gasCost = nativePrice is { } p
            ? perPositionGas * gasPrice * p * connection.Context.DebtUnit / Wad / Wad
            : BigInteger.Zero;
        var minProfit = new BigInteger(liq.MinProfit * (decimal)connection.Context.DebtUnit);
        var chosen = new List<LiquidationCandidate>();
        var spent = BigInteger.Zero;
        foreach (var c in candidates)
        {
            var profit = c.GrossProfit - gasCost;
            if (!liq.IgnoreProfit && profit < minProfit)
            {
                metrics.Liquidation("skipped_unprofitable");
                LogUnprofitable(logger, c.Key.ToString(), profit, minProfit);
                continue;
            }
            if (spent + c.Cost > budget)
            {
                metrics.Liquidation("skipped_budget");
                LogOverBudget(logger, c.Key.ToString(), c.Cost, budget - spent);
                continue;
            }
            spent += c.Cost;
            chosen.Add(c);
        }
        return chosen;
    }

    private async Task<int> SendBatchAsync(LiquidationCandidate[] batch, ulong block, string? flash, GasEstimate? estimate,
        List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var market = flash ?? context.Deployment.Market;
        var gasLimit = options.Value.Liquidation.MaxGasPerTransaction;
        if (flash is not null && await LoanTooLargeAsync(batch, block) is { } cash)
        {
            // The loan is bounded by the pool's cash: smaller batches go instead (each repays into the pool).
            if (batch.Length > 1)
            {
                var half = batch.Length / 2;
                return await SendBatchAsync(batch[..half], block, flash, null, decisions, cancellationToken) + await SendBatchAsync(batch[half..], block, flash, null, decisions, cancellationToken);
            }
            foreach (var c in batch)
                backoff.BackOff(c.Key, block, options.Value.Liquidation.BackoffBlocks);
            LogLoanTooLarge(logger, batch[0].Key.ToString(), FlashPlanner.BorrowAmount(batch), cash);
            return 0;
        }
        var data = flash is not null ? FlashCallData(batch) : CallData(batch);
        BigInteger gas;
        try
        {
            // Simulation: the estimate runs the call against the latest state and fails if it would revert.
            var answer = estimate ?? (await EstimateAsync([batch], flash))[0];
            if (answer.Error is { } error)
                throw error;
            gas = answer.Gas;
        }
        catch (Exception e) when (batch.Length > 1 && (e as RpcTransportException ?? e.InnerException as RpcTransportException)?.Failure is RpcTransportFailure.Timeout)
        {
            // The node did not finish simulating this many positions within Rpc:AttemptTimeout (a busy or slow node:
            // an estimate re-runs the whole batch many times). Backing the batch off would only retry the same size
            // later and time out again, so smaller halves go instead, as for a batch over the gas limit.
            LogSimulationTimedOut(logger, batch.Length);
            var half = batch.Length / 2;
            return await SendBatchAsync(batch[..half], block, flash, null, decisions, cancellationToken) + await SendBatchAsync(batch[half..], block, flash, null, decisions, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = RevertReason(e);
            foreach (var c in batch)
                backoff.BackOff(c.Key, block, options.Value.Liquidation.BackoffBlocks);
            metrics.Liquidation(IsLostRace(reason) ? "lost" : "simulation_failed", batch.Length);
            LogSimulationFailed(logger, string.Join(',', batch.Select(c => c.Key.ToString())), reason);
            return 0;
        }
        var limit = TxRequest.GasLimitFor(gas);
        if (limit > gasLimit && batch.Length > 1)
        {
            var half = batch.Length / 2;
            return await SendBatchAsync(batch[..half], block, flash, null, decisions, cancellationToken) + await SendBatchAsync(batch[half..], block, flash, null, decisions, cancellationToken);
        }
        // A flash liquidation pulls nothing from the keeper's balance: its cost to the budget is 0.
        var intent = new PreparedLiquidation([.. batch.Select(c => c.Key)], flash is not null ? BigInteger.Zero : batch.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost));
        var description = flash is not null ? $"flashLiquidate of {batch.Length}" : batch.Length == 1 ? $"liquidate {batch[0].Key}" : $"liquidateBatch of {batch.Length}";
        var tx = await transactions.SendAsync(new TxRequest(intent, market, data, limit, description), block, cancellationToken);
        foreach (var c in batch)
            decisions.Add((c, tx?.Latest.Hash ?? (transactions.DryRun ? "dry-run" : "not sent")));
        if (tx is null)
            return 0;
        metrics.Liquidation("sent", batch.Length);
        dexMetrics.Sent(flash is not null ? "flash" : "inventory", batch.Length);
        return batch.Length;
    }

    /// <summary>The pool's flash-loan capacity when <paramref name="batch"/> needs more than it, else null.</summary>
    private async Task<BigInteger?> LoanTooLargeAsync(LiquidationCandidate[] batch, ulong block)
    {
        var context = connection.Context;
        var cash = await context.Web3.Eth.GetContractQueryHandler<Pool.MaxFlashLoanFunction>().QueryAsync<BigInteger>(
            context.Deployment.Pool, new Pool.MaxFlashLoanFunction { Token = context.Deployment.DebtAsset.Address }, new BlockParameter(new HexBigInteger(block)));
        return FlashPlanner.BorrowAmount(batch) > cash ? cash : null;
    }

    /// <summary>flashLiquidate: borrow what the batch may pull, liquidate, sell each type once within MaxSlippageBps.</summary>
    private string FlashCallData(LiquidationCandidate[] batch) => new Flash.FlashLiquidateFunction
    {
        Orders = batch.Select(c => new Flash.LiquidationOrder { CollateralId = c.Key.CollateralId, Owner = c.Key.Owner, MaxRepay = c.MaxRepay }).ToList(),
        Sales = FlashPlanner.Sales(batch, dexQuotes.Dex!.Pools) ?? throw new InvalidOperationException("a flash batch holds a collateral without a DEX pool"),
        BorrowAmount = FlashPlanner.BorrowAmount(batch),
        SlippageBps = options.Value.Liquidation.MaxSlippageBps,
        MinProfit = BigInteger.Zero,
    }.GetCallData().ToHex(true);

    private async Task<BigInteger> BudgetAsync(CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var token = context.Deployment.DebtAsset.Address;
        var balance = await context.Web3.Eth.QueryValueAsync<Erc20.BalanceOfFunction, BigInteger>(new Erc20.BalanceOfFunction { Account = context.KeeperAddress }, token);
        metrics.DebtBalance((double)balance / (double)context.DebtUnit);
        cancellationToken.ThrowIfCancellationRequested();
        // What in-flight liquidations will pull is not spent yet but is not ours to spend twice.
        var committed = transactions.InFlightIntents<PreparedLiquidation>().Aggregate(BigInteger.Zero, (sum, l) => sum + l.Cost);
        return BigInteger.Max(BigInteger.Zero, balance - committed);
    }

    private HashSet<PositionKey> InFlightKeys() =>
        transactions.InFlightIntents<PreparedLiquidation>().SelectMany(l => l.Positions).ToHashSet();

    private BigInteger ValueOf(BigInteger seized, CollateralStatus collateral) =>
        seized * collateral.Price * connection.Context.DebtUnit / BigInteger.Pow(10, collateral.Decimals) / Wad;

    private BigInteger? NativePriceWad(ScanResult scan)
    {
        if (options.Value.Liquidation.NativeTokenPrice is { } configured)
            return new BigInteger(configured * 1_000_000m) * BigInteger.Pow(10, 12);
        var weth = connection.Context.Deployment.Collaterals.FirstOrDefault(c => c.Symbol.Equals("WETH", StringComparison.OrdinalIgnoreCase));
        return weth is not null && scan.Collaterals.TryGetValue(weth.Id, out var status) && status.OracleValid ? status.Price : null;
    }

    private static string RevertReason(Exception e)
    {
        if (e is SmartContractCustomErrorRevertException custom)
        {
            if (FlashPlanner.RevertReason(custom) is { } flashReason) return flashReason;
            if (custom.IsCustomErrorFor<PositionHealthyError>()) return "PositionHealthy";
            if (custom.IsCustomErrorFor<NoDebtError>()) return "NoDebt";
            if (custom.IsCustomErrorFor<MaxRepayTooLowError>()) return "MaxRepayTooLow";
            if (custom.IsCustomErrorFor<OracleInvalidError>()) return "OracleInvalid";
            return "custom error " + custom.ExceptionEncodedData?[..Math.Min(10, custom.ExceptionEncodedData.Length)];
        }
        return e.Message.Split('\n')[0];
    }

    private static bool IsLostRace(string reason) => reason is "PositionHealthy" or "NoDebt";

    [LoggerMessage(Level = LogLevel.Information, Message = "liquidation decision {Position}: hf {HealthFactor} repay {Repay} seize {Seized} gross profit {Profit} -> {Tx}")]
    private static partial void LogDecision(ILogger logger, string position, BigInteger healthFactor, BigInteger repay, BigInteger seized, BigInteger profit, string tx);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not flash-liquidating {Position}: its loan of {Borrow} exceeds the pool's flash-loan capacity {Cash}; backed off")]
    private static partial void LogLoanTooLarge(ILogger logger, string position, BigInteger borrow, BigInteger cash);

    [LoggerMessage(Level = LogLevel.Information, Message = "liquidated {Position} in tx {Hash} (block {Block})")]
    private static partial void LogConfirmed(ILogger logger, string position, string hash, ulong block);

    [LoggerMessage(Level = LogLevel.Information, Message = "lost the race for {Position} ({Reason}) in tx {Hash}: someone else acted first")]
    private static partial void LogLost(ILogger logger, string position, string reason, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "liquidation tx {Hash} reverted; {Count} positions backed off")]
    private static partial void LogReverted(ILogger logger, string hash, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "not liquidating {Position}: preview says {Status}")]
    private static partial void LogPreviewSkip(ILogger logger, string position, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "not liquidating {Position}: profit {Profit} below the floor {MinProfit}")]
    private static partial void LogUnprofitable(ILogger logger, string position, BigInteger profit, BigInteger minProfit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not liquidating {Position}: needs {Cost} of the debt asset, {Left} left in the budget")]
    private static partial void LogOverBudget(ILogger logger, string position, BigInteger cost, BigInteger left);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} liquidatable positions wait: every liquidation in-flight slot is taken")]
    private static partial void LogNoSlots(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "simulation of liquidation [{Positions}] failed: {Reason}; backed off")]
    private static partial void LogSimulationFailed(ILogger logger, string positions, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "simulation of a batch of {Count} timed out: splitting it in halves")]
    private static partial void LogSimulationTimedOut(ILogger logger, int count);
}
