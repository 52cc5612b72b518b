using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Inventory;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Lens = KeeperSuite.Contracts.MarketLens.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Core.Liquidation;

/// <summary>
/// Turns a scan's liquidatable positions into liquidations: reads what the decisions need (previews at the scanned
/// block, computed in the keeper where it can (<see cref="LiquidationPreviews"/>), the debt-asset balance, DEX quotes,
/// gas price, the pool's flash-loan cash), lets the <see cref="LiquidationPlanner"/> decide (which positions, inventory
/// or flash, budget, batches) and hands the batches to the <see cref="LiquidationSender"/>. A position someone else
/// liquidated first is a normal outcome: logged, counted as lost, backed off.
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
    LiquidationSender sender,
    LiquidationPreviews previews,
    ILogger<Liquidator> logger)
{
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

        // Preview only what this pass can send (free in-flight slots x batch size), most unhealthy first.
        var liq = options.Value.Liquidation;
        var capacity = LiquidationPlanner.Capacity(liq.MaxInFlight, transactions.InFlightCount(TxRole.Liquidation), liq.MaxBatchSize);
        if (capacity == 0)
        {
            LogNoSlots(logger, due.Count);
            return 0;
        }
        // The terms of the local previews, the budget and the pass's gas price are three independent reads: in flight together.
        var termsRead = previews.ReadTermsAsync(scan.Block);
        var budgetRead = BudgetAsync(cancellationToken);
        var ruleRead = ProfitRuleAsync(scan);
        var terms = await termsRead;
        var budget = await budgetRead;
        var rule = await ruleRead;
        // A dry run of a keeper told to use its inventory shows what a funded one would do: the simulation funds it by
        // state override (FundedOverride). Auto keeps the real balance, so its choice of flash is the one it would make.
        var spendable = transactions.DryRun && liq.Mode == LiquidationMode.Inventory ? LiquidationPlanner.Unbounded : budget;
        var dexAvailable = dexQuotes.Dex is not null;
        var plain = new List<LiquidationCandidate>();
        var flashed = new List<LiquidationCandidate>();
        var decisions = new List<(LiquidationCandidate Candidate, string Tx)>();
        var audit = new List<(PositionKey Key, PreviewOutcome Local)>();
        var sent = 0;
        var firstSent = false;
        for (var next = 0; next < due.Count && plain.Count + flashed.Count < capacity;)
        {
            // Without local previews the first page is one batch, sent before the rest is previewed by the lens (the most
            // unhealthy leave first). With them the whole pass is previewed at once and every batch is estimated in one
            // JSON-RPC batch before the first send: once one of the pass's transactions is pending, Hardhat estimates
            // the others ~40 % slower, against "latest" or the block's number alike (BENCHMARKS.md, issue 17, every
            // transaction within a second: 10 batches of 100 all sent 825 ms after the block, against 1,199 ms when the
            // first one leaves alone first).
            var pageSize = firstSent || terms is not null ? capacity - plain.Count - flashed.Count : liq.MaxBatchSize;
            var page = due.GetRange(next, Math.Min(pageSize, due.Count - next));
            next += page.Count;
            var candidates = await PreviewAsync(page, scan, terms, audit, cancellationToken);
            var modes = LiquidationPlanner.AssignModes(liq.Mode, spendable, candidates, dexAvailable);
            // The DEX's price in place of the oracle's; a flash sale happens in the same transaction, so its pool must be deep enough.
            var chosen = Select(await dexQuotes.PriceAsync(modes.Inventory, scan, saleRule: null, cancellationToken), rule, spendable);
            spendable -= chosen.Spent;
            plain.AddRange(chosen.Chosen);
            if (modes.Flash.Count > 0)
                flashed.AddRange(Select(await dexQuotes.PriceAsync(modes.Flash, scan, rule, cancellationToken), rule, LiquidationPlanner.Unbounded).Chosen);
            if (!firstSent && terms is null && plain.Count + flashed.Count > 0 && next < due.Count && plain.Count + flashed.Count < capacity)
            {
                firstSent = true;
                capacity -= LiquidationPlanner.SlotsUsed(plain.Count, liq.MaxBatchSize) + LiquidationPlanner.SlotsUsed(flashed.Count, liq.MaxBatchSize);
                sent += await SendAsync(plain, flashed, scan, decisions, cancellationToken);
                plain.Clear();
                flashed.Clear();
            }
        }
        sent += await SendAsync(plain, flashed, scan, decisions, cancellationToken);
        // Logged and audited after the sends: the first transaction must not wait for the log lines of the others.
        foreach (var (c, tx) in decisions)
            LogDecision(logger, c.Key.ToString(), Amounts.Units(c.HealthFactor, 18), Debt(c.Repay), Collateral(c.Key.CollateralId, c.Seized), Debt(c.GrossProfit), tx);
        await AuditAsync(audit, scan.Block);
        return sent;
    }

    /// <summary>A spread sample of the pass's local previews, compared with the lens's (a failed read is counted, never fatal).</summary>
    private async Task AuditAsync(List<(PositionKey Key, PreviewOutcome Local)> local, ulong block)
    {
        if (local.Count == 0)
            return;
        var step = Math.Max(1, local.Count / LiquidationPreviews.AuditSample);
        var sample = local.Where((_, i) => i % step == 0).Take(LiquidationPreviews.AuditSample).ToList();
        try
        {
            await previews.AuditAsync(sample, block);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.RpcFault("eth_call(previewLiquidations)");
        }
    }

    private async Task<int> SendAsync(List<LiquidationCandidate> plain, List<LiquidationCandidate> flashed, ScanResult scan,
        List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        var sent = 0;
        if (plain.Count > 0)
        {
            await approvals.EnsureAsync(connection.Context.Deployment.Market, "Market", scan.Block, cancellationToken);
            // Estimates run against "latest" (each alone), except while our own approval is still pending: the
            // liquidations pull the debt asset through it, so only "pending" sees the allowance.
            var tag = transactions.InFlightCount(TxRole.Setup) > 0 ? "pending" : "latest";
            sent += await sender.SendAsync([.. plain.Chunk(options.Value.Liquidation.MaxBatchSize)], new LiquidationRoute(false, null, scan.Block, tag), decisions, cancellationToken);
        }
        if (flashed.Count > 0)
            sent += await SendFlashAsync(flashed, scan.Block, decisions, cancellationToken);
        return sent;
    }

    /// <summary>Flash batches cut to the pool's flash-loan cash, read once at the scanned block (each loan is repaid in its own transaction).</summary>
    private async Task<int> SendFlashAsync(List<LiquidationCandidate> flashed, ulong block, List<(LiquidationCandidate Candidate, string Tx)> decisions, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var cash = await context.Web3.Eth.GetContractQueryHandler<Pool.MaxFlashLoanFunction>().QueryAsync<BigInteger>(
            context.Deployment.Pool, new Pool.MaxFlashLoanFunction { Token = context.Deployment.DebtAsset.Address }, new BlockParameter(new HexBigInteger(block)));
        var (batches, tooLarge) = LiquidationPlanner.SplitByCash(flashed, options.Value.Liquidation.MaxBatchSize, cash);
        foreach (var c in tooLarge)
        {
            backoff.BackOff(c.Key, block, options.Value.Liquidation.BackoffBlocks);
            LogLoanTooLarge(logger, c.Key.ToString(), Debt(c.Cost), Debt(cash));
        }
        if (batches.Count > (flashed.Count - tooLarge.Count + options.Value.Liquidation.MaxBatchSize - 1) / options.Value.Liquidation.MaxBatchSize)
            LogCashSplit(logger, flashed.Count - tooLarge.Count, batches.Count, Debt(cash));
        // A dry run does not deploy the keeper's FlashLiquidator: without one it describes the batches.
        var address = transactions.DryRun ? await flashLiquidator.ExistingAsync(cancellationToken) : await flashLiquidator.AddressAsync(cancellationToken);
        return await sender.SendAsync(batches, new LiquidationRoute(true, address, block, "latest"), decisions, cancellationToken);
    }

    /// <summary>The pass's profit rule: its gas price (read once), the native token's price, Keeper:Liquidation:MinProfit.</summary>
    private async Task<ProfitRule> ProfitRuleAsync(ScanResult scan)
    {
        var liq = options.Value.Liquidation;
        var debtUnit = connection.Context.DebtUnit;
        var fee = await fees.EstimateAsync();
        var gasPrice = BigInteger.Min(fee.MaxFeePerGas, fees.LastBaseFee + fee.MaxPriorityFeePerGas);
        return new ProfitRule(gasPrice, NativePriceWad(scan), debtUnit, liq.MaxBatchSize, LiquidationPlanner.MinProfit(liq.MinProfit, debtUnit), liq.IgnoreProfit);
    }

    /// <summary>The planner's choice among priced candidates; what it leaves out is counted and logged.</summary>
    private Selection Select(List<LiquidationCandidate> candidates, ProfitRule rule, BigInteger budget)
    {
        if (candidates.Count == 0)
            return new Selection([], []);
        var minProfit = rule.MinProfit;
        var selection = LiquidationPlanner.Select(candidates, rule.GasCostPerPosition(candidates.Count), minProfit, rule.IgnoreProfit, budget);
        foreach (var skip in selection.Skipped)
        {
            if (skip.Reason == SkipReason.Unprofitable)
            {
                metrics.Liquidation("skipped_unprofitable");
                LogUnprofitable(logger, skip.Candidate.Key.ToString(), Debt(skip.Amount), Debt(minProfit));
            }
            else
            {
                metrics.Liquidation("skipped_budget");
                LogOverBudget(logger, skip.Candidate.Key.ToString(), Debt(skip.Candidate.Cost), Debt(skip.Amount));
            }
        }
        return selection;
    }

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

    private async Task<List<LiquidationCandidate>> PreviewAsync(List<PositionHealth> due, ScanResult scan, PassTerms? terms,
        List<(PositionKey Key, PreviewOutcome Local)> audit, CancellationToken cancellationToken)
    {
        var results = await previews.PreviewAsync(due, scan, terms);
        var slack = options.Value.Liquidation.RepaySlackBps;
        var list = new List<LiquidationCandidate>();
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (results[i] is not { } previewed)
                continue;
            if (previewed.Local)
                audit.Add((due[i].Key, previewed.Outcome));
            var result = previewed.Outcome;
            if (result.Status != LiquidationStatus.Liquidated)
            {
                LogPreviewSkip(logger, due[i].Key.ToString(), result.Status.ToString());
                continue;
            }
            var collateral = scan.Collaterals[due[i].Key.CollateralId];
            var value = LiquidationPlanner.ValueOf(result.Seized, collateral.Price, collateral.Decimals, connection.Context.DebtUnit);
            var maxRepay = LiquidationPlanner.MaxRepay(result.Repaid, slack);
            list.Add(new LiquidationCandidate(due[i].Key, due[i].HealthFactor, result.Repaid, result.Seized, result.Fee, value, maxRepay));
        }
        return list;
    }

    private async Task<BigInteger> BudgetAsync(CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var token = context.Deployment.DebtAsset.Address;
        var balance = await context.Web3.Eth.ERC20.GetContractService(token).BalanceOfQueryAsync(context.KeeperAddress);
        metrics.DebtBalance((double)balance / (double)context.DebtUnit);
        cancellationToken.ThrowIfCancellationRequested();
        return LiquidationPlanner.Budget(balance, transactions.InFlightIntents<PreparedLiquidation>().Select(l => l.Cost));
    }

    private HashSet<PositionKey> InFlightKeys() =>
        transactions.InFlightIntents<PreparedLiquidation>().SelectMany(l => l.Positions).ToHashSet();

    private BigInteger? NativePriceWad(ScanResult scan)
    {
        if (options.Value.Liquidation.NativeTokenPrice is { } configured)
            return new BigInteger(configured * 1_000_000m) * BigInteger.Pow(10, 12);
        var weth = connection.Context.Deployment.Collaterals.FirstOrDefault(c => c.Symbol.Equals("WETH", StringComparison.OrdinalIgnoreCase));
        return weth is not null && scan.Collaterals.TryGetValue(weth.Id, out var status) && status.OracleValid ? status.Price : null;
    }

    /// <summary>A debt-asset amount for the log, in units with its symbol ("5,365.853659 USDC").</summary>
    private string Debt(BigInteger baseUnits)
    {
        var debt = connection.Context.Deployment.DebtAsset;
        return Amounts.Units(baseUnits, debt.Decimals, debt.Symbol);
    }

    private string Collateral(uint collateralId, BigInteger baseUnits) =>
        connection.Context.Deployment.Collaterals.FirstOrDefault(c => c.Id == collateralId) is { } info
            ? Amounts.Units(baseUnits, info.Decimals, info.Symbol)
            : $"{baseUnits} base units of collateral {collateralId}";

    [LoggerMessage(Level = LogLevel.Information, Message = "liquidation decision {Position}: hf {HealthFactor} repay {Repay} seize {Seized} gross profit {Profit} -> {Tx}")]
    private static partial void LogDecision(ILogger logger, string position, string healthFactor, string repay, string seized, string profit, string tx);

    [LoggerMessage(Level = LogLevel.Information, Message = "flash batches cut to the pool's flash-loan cash {Cash}: {Count} positions in {Batches} batches")]
    private static partial void LogCashSplit(ILogger logger, int count, int batches, string cash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not flash-liquidating {Position}: its loan of {Borrow} exceeds the pool's flash-loan capacity {Cash}; backed off")]
    private static partial void LogLoanTooLarge(ILogger logger, string position, string borrow, string cash);

    [LoggerMessage(Level = LogLevel.Information, Message = "liquidated {Position} in tx {Hash} (block {Block})")]
    private static partial void LogConfirmed(ILogger logger, string position, string hash, ulong block);

    [LoggerMessage(Level = LogLevel.Information, Message = "lost the race for {Position} ({Reason}) in tx {Hash}: someone else acted first")]
    private static partial void LogLost(ILogger logger, string position, string reason, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "liquidation tx {Hash} reverted; {Count} positions backed off")]
    private static partial void LogReverted(ILogger logger, string hash, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "not liquidating {Position}: preview says {Status}")]
    private static partial void LogPreviewSkip(ILogger logger, string position, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "not liquidating {Position}: profit {Profit} below the floor {MinProfit}")]
    private static partial void LogUnprofitable(ILogger logger, string position, string profit, string minProfit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "not liquidating {Position}: needs {Cost}, {Left} left in the budget")]
    private static partial void LogOverBudget(ILogger logger, string position, string cost, string left);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} liquidatable positions wait: every liquidation in-flight slot is taken")]
    private static partial void LogNoSlots(ILogger logger, int count);
}
