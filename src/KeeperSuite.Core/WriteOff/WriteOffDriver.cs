using System.Numerics;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.WriteOff;

/// <summary>
/// Drives the bad-debt write-off to its end: each pass reads the waterfall, sends the steps it says are due
/// (cover, auction start, settle, socialize), and optionally bids in live auctions within
/// <c>Keeper:WriteOff:BidBudget</c> and <c>MaxBidPrice</c>. A step someone else already did simulates as a revert
/// and is skipped quietly: idempotent by construction. Runs on shard 0 only.
/// </summary>
public sealed partial class WriteOffDriver(
    ChainConnection connection,
    WaterfallReader reader,
    TransactionManager transactions,
    DebtAssetApprovals approvals,
    IOptions<KeeperOptions> options,
    KeeperMetrics metrics,
    ILogger<WriteOffDriver> logger)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private BigInteger _bidSpent;

    /// <summary>The snapshot of the last pass, for <c>status</c> and tests.</summary>
    public WaterfallSnapshot? Last { get; private set; }

    public async Task<int> ActAsync(ulong block, CancellationToken cancellationToken)
    {
        var writeOff = options.Value.WriteOff;
        if (!writeOff.Enabled || !connection.Context.Shard.OwnsWriteOff)
            return 0;
        var sent = 0;
        var tried = new HashSet<PreparedWriteOffStep>();
        for (var round = 0; round < writeOff.MaxStepsPerPass; round++)
        {
            var snapshot = await reader.ReadAsync();
            Last = snapshot;
            metrics.WaterfallSeen(snapshot.OpenDeficits, snapshot.Auctions.Count);
            var step = snapshot.Due.FirstOrDefault(s => !tried.Contains(s.Intent) && !transactions.IsInFlight(s.Intent));
            if (step is null)
            {
                sent += await BidAsync(snapshot, block, cancellationToken);
                break;
            }
            tried.Add(step.Intent);
            if (await SendStepAsync(step, block, cancellationToken))
                sent++;
            else if (transactions.DryRun)
                continue;
        }
        return sent;
    }

    public void OnMined(IEnumerable<TxOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes.Where(o => o.Request.Role == TxRole.WriteOff))
        {
            var step = outcome.Request.Intent switch
            {
                PreparedWriteOffStep s => s.Name,
                PreparedBid => "take",
                _ => "other",
            };
            // The TransactionManager logs the mined line of every transaction, write-off steps included.
            metrics.WriteOffStep(step, outcome.Succeeded ? "confirmed" : "reverted");
        }
    }

    private async Task<bool> SendStepAsync(DueStep step, ulong block, CancellationToken cancellationToken)
    {
        var gas = await SimulateAsync(step.CallData, step.Description);
        if (gas is null)
        {
            metrics.WriteOffStep(step.Intent.Name, "already_done");
            return false;
        }
        var tx = await transactions.SendAsync(new TxRequest(step.Intent, connection.Context.Deployment.Waterfall, step.CallData, gas.Value, step.Description), block, cancellationToken);
        if (tx is null)
            return false;
        metrics.WriteOffStep(step.Intent.Name, "sent");
        return true;
    }

    private async Task<int> BidAsync(WaterfallSnapshot snapshot, ulong block, CancellationToken cancellationToken)
    {
        var writeOff = options.Value.WriteOff;
        if (writeOff.BidBudget <= 0 || writeOff.MaxBidPrice <= 0 || snapshot.Auctions.Count == 0)
            return 0;
        var unit = connection.Context.DebtUnit;
        var budgetLeft = new BigInteger(writeOff.BidBudget * (decimal)unit) - _bidSpent;
        var maxPrice = new BigInteger(writeOff.MaxBidPrice * (decimal)unit) * Wad;
        var sent = 0;
        foreach (var auction in snapshot.Auctions.Where(a => a.Price <= maxPrice))
        {
            var intent = new PreparedBid(auction.AuctionId);
            if (budgetLeft <= 0 || transactions.IsInFlight(intent))
                continue;
            // Spend at most what is left of the budget and of the debt the auction still raises, at the price now.
            var spend = BigInteger.Min(budgetLeft, auction.DebtLeft);
            var tokens = BigInteger.Min(auction.LotLeft, spend * Wad * Wad / BigInteger.Max(BigInteger.One, auction.Price) / Wad);
            if (tokens <= 0)
                continue;
            await approvals.EnsureAsync(connection.Context.Deployment.Waterfall, "Waterfall", block, cancellationToken);
            var data = WaterfallReader.TakeData(auction.AuctionId, tokens, maxPrice, connection.Context.KeeperAddress);
            var debt = connection.Context.Deployment.DebtAsset;
            var description = $"bid in auction {auction.AuctionId}: up to {Observability.Amounts.Units(tokens, 18)} recovery tokens at most {Observability.Amounts.Units(maxPrice / Wad, debt.Decimals, debt.Symbol)} per token";
            var gas = await SimulateAsync(data, description);
            if (gas is null)
                continue;
            var tx = await transactions.SendAsync(new TxRequest(intent, connection.Context.Deployment.Waterfall, data, gas.Value, description), block, cancellationToken);
            if (tx is null)
                continue;
            // Charged at the cap: the budget is never exceeded even if the price did not fall.
            var cost = (tokens * auction.Price + Wad - 1) / Wad;
            _bidSpent += cost;
            budgetLeft -= cost;
            metrics.WriteOffStep("take", "sent");
            sent++;
        }
        return sent;
    }

    private async Task<BigInteger?> SimulateAsync(string data, string description)
    {
        var context = connection.Context;
        try
        {
            var estimate = await context.Web3.Eth.Transactions.EstimateGas.SendRequestAsync(
                new CallInput(data, context.Deployment.Waterfall) { From = context.KeeperAddress });
            return TxRequest.GasLimitFor(estimate.Value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = e is SmartContractCustomErrorRevertException custom
                ? custom.IsCustomErrorFor<StepDueError>() ? "StepDue (already done or another step first)"
                : custom.IsCustomErrorFor<AuctionNotLiveError>() ? "AuctionNotLive" : "custom error"
                : e.Message.Split('\n')[0];
            LogNotDue(logger, description, reason);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "write-off step not sent: {Description}: {Reason}")]
    private static partial void LogNotDue(ILogger logger, string description, string reason);
}
