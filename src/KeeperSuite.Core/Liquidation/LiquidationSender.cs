using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Flash = KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;

namespace KeeperSuite.Core.Liquidation;

/// <summary>How a pass's batches go: from the keeper's own balance through the Market, or through its FlashLiquidator.</summary>
/// <param name="Flash">A flash route; <paramref name="FlashLiquidator"/> is null only in a dry run before the keeper deployed one.</param>
/// <param name="EstimateTag">The block tag estimates run against: "latest", or "pending" while our own approval is.</param>
public sealed record LiquidationRoute(bool Flash, string? FlashLiquidator, ulong Block, string EstimateTag);

/// <summary>
/// Simulates and sends the batches the <see cref="LiquidationPlanner"/> chose: estimates gas (every batch of a pass in
/// one JSON-RPC batch), halves a batch over the gas cap or one the node cannot simulate in time, backs off a batch whose
/// simulation reverts, and hands each one to the <see cref="TransactionManager"/> as a typed
/// <see cref="PreparedLiquidation"/>. In a dry run the simulation sees the keeper funded and approved
/// (<see cref="FundedOverride"/>), and where the node cannot do that the batch is described instead.
/// </summary>
public sealed partial class LiquidationSender(
    ChainConnection connection,
    TransactionManager transactions,
    BackoffBook backoff,
    IOptions<KeeperOptions> options,
    KeeperMetrics metrics,
    DexQuotes dexQuotes,
    DexMetrics dexMetrics,
    FundedOverride funded,
    ILogger<LiquidationSender> logger)
{
    /// <summary>A JSON-RPC error code nodes answer a parameter they do not take with (Hardhat: "trailing characters").</summary>
    private const int InvalidParams = -32602;

    private bool _estimateTakesOverrides = true;

    /// <summary>Sends <paramref name="batches"/>; each sent position is added to <paramref name="decisions"/> with its transaction. Returns how many positions were sent.</summary>
    public async Task<int> SendAsync(IReadOnlyList<LiquidationCandidate[]> batches, LiquidationRoute route, List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(route);
        // Every plain batch of the pass estimated in one JSON-RPC batch (their positions are independent); a transport
        // failure of the whole request falls back to one estimate per batch (which halves a batch the node cannot
        // simulate in time). A flash batch is estimated when it is sent: its sale depends on the DEX price the batches
        // before it moved, which an estimate against the same state as theirs would not see.
        IReadOnlyList<GasEstimate>? estimates = null;
        if (batches.Count > 1 && !route.Flash && !transactions.DryRun)
        {
            try
            {
                estimates = await EstimateAsync(batches, route);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                metrics.RpcFault("eth_estimateGas");
            }
        }
        var sent = 0;
        for (var i = 0; i < batches.Count; i++)
            sent += await SendBatchAsync(batches[i], route, estimates?[i], decisions, cancellationToken);
        return sent;
    }

    /// <summary>One batch's <c>eth_estimateGas</c> answer: the gas, or the revert (custom-error data kept for decoding).</summary>
    private readonly record struct GasEstimate(BigInteger Gas, Exception? Error);

    private async Task<int> SendBatchAsync(LiquidationCandidate[] batch, LiquidationRoute route, GasEstimate? estimate,
        List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var liq = options.Value.Liquidation;
        if (route.Flash && route.FlashLiquidator is null)
        {
            Describe(batch, route, "no FlashLiquidator yet: a real run deploys one first");
            return 0;
        }
        var to = route.FlashLiquidator ?? context.Deployment.Market;
        var data = route.Flash ? FlashCallData(batch) : CallData(batch);
        BigInteger gas;
        try
        {
            GasEstimate answer;
            if (estimate is { } known)
                answer = known;
            else if (transactions.DryRun && !route.Flash)
            {
                var simulated = await SimulateFundedAsync(batch, data, route, cancellationToken);
                if (simulated is null)
                    return 0;
                answer = simulated.Value;
            }
            else
                answer = (await EstimateAsync([batch], route))[0];
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
            return await SendHalvesAsync(batch, route, decisions, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = RevertReason(e);
            foreach (var c in batch)
                backoff.BackOff(c.Key, route.Block, liq.BackoffBlocks);
            metrics.Liquidation(LiquidationPlanner.IsLostRace(reason) ? "lost" : "simulation_failed", batch.Length);
            LogSimulationFailed(logger, string.Join(',', batch.Select(c => c.Key.ToString())), reason);
            return 0;
        }
        var limit = TxRequest.GasLimitFor(gas);
        if (LiquidationPlanner.MustHalve(batch.Length, limit, liq.MaxGasPerTransaction, simulationTimedOut: false))
            return await SendHalvesAsync(batch, route, decisions, cancellationToken);
        // A flash liquidation pulls nothing from the keeper's balance: its cost to the budget is 0.
        var intent = new PreparedLiquidation([.. batch.Select(c => c.Key)], route.Flash ? BigInteger.Zero : batch.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost));
        var description = Description(batch, route.Flash);
        if (transactions.DryRun)
            LogDryRunBatch(logger, description, Amounts(batch, route.Flash), "simulated");
        var tx = await transactions.SendAsync(new TxRequest(intent, to, data, limit, description), route.Block, cancellationToken);
        foreach (var c in batch)
            decisions.Add((c, tx?.Latest.Hash ?? (transactions.DryRun ? "dry-run" : "not sent")));
        if (tx is null)
            return 0;
        metrics.Liquidation("sent", batch.Length);
        dexMetrics.Sent(route.Flash ? "flash" : "inventory", batch.Length);
        return batch.Length;
    }

    private async Task<int> SendHalvesAsync(LiquidationCandidate[] batch, LiquidationRoute route, List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        var (first, second) = LiquidationPlanner.Halve(batch);
        return await SendBatchAsync(first, route, null, decisions, cancellationToken) + await SendBatchAsync(second, route, null, decisions, cancellationToken);
    }

    /// <summary>
    /// A dry run's simulation of a plain batch with the keeper funded and approved by state override: <c>eth_call</c>
    /// for the outcome, then <c>eth_estimateGas</c> with the same override where the node takes one (anvil, geth), else
    /// the planner's gas guess (Hardhat). Null when the batch was only described: the node takes no override.
    /// </summary>
    private async Task<GasEstimate?> SimulateFundedAsync(LiquidationCandidate[] batch, string data, LiquidationRoute route, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var market = context.Deployment.Market;
        var overrides = await funded.ForAsync(market, cancellationToken);
        if (overrides is null)
        {
            if (funded.Unsupported)
            {
                Describe(batch, route, "the node takes no state override");
                return null;
            }
            return (await EstimateAsync([batch], route))[0];
        }
        var input = new CallInput(data, market) { From = context.KeeperAddress };
        try
        {
            await context.Client.SendRequestAsync<string>(new RpcRequest(1, "eth_call", input, route.EstimateTag, overrides));
        }
        catch (RpcResponseException e)
        {
            return new GasEstimate(BigInteger.Zero, AsException(e.RpcError));
        }
        if (_estimateTakesOverrides)
        {
            try
            {
                var gas = await context.Client.SendRequestAsync<HexBigInteger>(new RpcRequest(1, "eth_estimateGas", input, route.EstimateTag, overrides));
                return new GasEstimate(gas.Value, null);
            }
            catch (RpcResponseException e) when (e.RpcError?.Code == InvalidParams)
            {
                _estimateTakesOverrides = false;
            }
        }
        return new GasEstimate(LiquidationPlanner.GuessGas(batch.Length), null);
    }

    /// <summary>What a dry run would send when it cannot simulate it: the call, its positions and amounts in whole units.</summary>
    private void Describe(LiquidationCandidate[] batch, LiquidationRoute route, string why)
    {
        LogDryRunBatch(logger, Description(batch, route.Flash), Amounts(batch, route.Flash), "not simulated: " + why);
    }

    private static string Description(LiquidationCandidate[] batch, bool flash) =>
        flash ? $"flashLiquidate of {batch.Length}" : batch.Length == 1 ? $"liquidate {batch[0].Key}" : $"liquidateBatch of {batch.Length}";

    private string Amounts(LiquidationCandidate[] batch, bool flash)
    {
        var debt = connection.Context.Deployment.DebtAsset;
        string U(BigInteger v) => Observability.Amounts.Units(v, debt.Decimals, debt.Symbol);
        var each = string.Join(", ", batch.Select(c => $"{c.Key} repay {U(c.Repay)} fee {U(c.Fee)} profit {U(c.GrossProfit)}"));
        var total = batch.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost);
        return (flash ? $"borrows {U(total)}" : $"pulls up to {U(total)}") + ": " + each;
    }

    /// <summary>
    /// Raw <c>eth_estimateGas [call, tag]</c> for every batch in one JSON-RPC batch. Nethereum's EthEstimateGas takes no
    /// block, and a node then estimates against "pending", re-executing every transaction this pass already sent
    /// (Hardhat does): O(n²) over a pass. Against "latest" each estimate runs alone.
    /// </summary>
    private async Task<IReadOnlyList<GasEstimate>> EstimateAsync(IReadOnlyList<LiquidationCandidate[]> batches, LiquidationRoute route)
    {
        var context = connection.Context;
        var to = route.FlashLiquidator ?? context.Deployment.Market;
        CallInput Input(LiquidationCandidate[] batch) => new(route.Flash ? FlashCallData(batch) : CallData(batch), to) { From = context.KeeperAddress };
        if (batches.Count == 1)
        {
            // One estimate is one plain request (no batch of one); its failure is a revert to decode, or a transport fault to throw.
            try
            {
                var gas = await context.Client.SendRequestAsync<HexBigInteger>(new RpcRequest(1, "eth_estimateGas", Input(batches[0]), route.EstimateTag));
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
            var item = new RpcRequestResponseBatchItem<EthEstimateGas, HexBigInteger>(handler, new RpcRequest(i + 1, "eth_estimateGas", Input(batches[i]), route.EstimateTag));
            items.Add(item);
            request.BatchItems.Add(item);
        }
        await context.Client.SendBatchRequestAsync(request);
        return items.Select(item => item.HasError || item.Response is null
            ? new GasEstimate(BigInteger.Zero, AsException(item.RpcError))
            : new GasEstimate(item.Response.Value, null)).ToList();
    }

    /// <summary>A JSON-RPC error as the exception Nethereum would have thrown: custom-error data kept for <see cref="RevertReason"/>.</summary>
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

    /// <summary>flashLiquidate: borrow what the batch may pull, liquidate, sell each type once within MaxSlippageBps.</summary>
    private string FlashCallData(LiquidationCandidate[] batch) => new Flash.FlashLiquidateFunction
    {
        Orders = batch.Select(c => new Flash.LiquidationOrder { CollateralId = c.Key.CollateralId, Owner = c.Key.Owner, MaxRepay = c.MaxRepay }).ToList(),
        Sales = FlashPlanner.Sales(batch, dexQuotes.Dex!.Pools) ?? throw new InvalidOperationException("a flash batch holds a collateral without a DEX pool"),
        BorrowAmount = FlashPlanner.BorrowAmount(batch),
        SlippageBps = options.Value.Liquidation.MaxSlippageBps,
        MinProfit = BigInteger.Zero,
    }.GetCallData().ToHex(true);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "simulation of liquidation [{Positions}] failed: {Reason}; backed off")]
    private static partial void LogSimulationFailed(ILogger logger, string positions, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "simulation of a batch of {Count} timed out: splitting it in halves")]
    private static partial void LogSimulationTimedOut(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "dry-run: would send {Description} ({Simulation}); it {Amounts}")]
    private static partial void LogDryRunBatch(ILogger logger, string description, string amounts, string simulation);
}
