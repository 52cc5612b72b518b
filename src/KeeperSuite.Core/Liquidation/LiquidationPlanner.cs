using System.Numerics;
using KeeperSuite.Core.Configuration;

namespace KeeperSuite.Core.Liquidation;

/// <summary>Why the planner left a priced candidate out of a pass.</summary>
public enum SkipReason
{
    /// <summary>Its profit after gas is below Keeper:Liquidation:MinProfit.</summary>
    Unprofitable,

    /// <summary>What it pulls exceeds what is left of the debt-asset budget.</summary>
    OverBudget,
}

/// <summary>A candidate left out: <paramref name="Amount"/> is its profit (unprofitable) or what was left of the budget.</summary>
public sealed record Skipped(LiquidationCandidate Candidate, SkipReason Reason, BigInteger Amount);

/// <summary>What a pass sends of a list of priced candidates, and what it leaves out and why.</summary>
public sealed record Selection(IReadOnlyList<LiquidationCandidate> Chosen, IReadOnlyList<Skipped> Skipped)
{
    public BigInteger Spent => Chosen.Aggregate(BigInteger.Zero, (sum, c) => sum + c.Cost);
}

/// <summary>Each candidate's mode: from the keeper's own debt asset (inventory) or a flash loan.</summary>
public sealed record ModeSplit(IReadOnlyList<LiquidationCandidate> Inventory, IReadOnlyList<LiquidationCandidate> Flash);

/// <summary>
/// The liquidator's decisions as pure functions (no node, no clock): how many positions a pass may preview, what a
/// candidate may repay and is worth, what the budget is, which candidates go inventory and which flash, which are
/// worth their gas and fit the budget, and how batches are cut (by size, by the pool's flash-loan cash, in halves).
/// The <see cref="Liquidator"/> reads the chain and the <see cref="LiquidationSender"/> simulates and sends; every
/// choice between the two is made here.
/// </summary>
public static class LiquidationPlanner
{
    private const int Bps = 10_000;
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    /// <summary>Rough gas of one more position in a batch, and of the batch itself, for the profit check before any estimate.</summary>
    public static readonly BigInteger GasPerPositionGuess = 120_000;

    public static readonly BigInteger GasBaseGuess = 60_000;

    /// <summary>A spending bound no budget reaches: what a flash liquidation (it borrows what it repays) is held to.</summary>
    public static readonly BigInteger Unbounded = BigInteger.Pow(2, 255);

    /// <summary>Positions a pass may preview and send: free in-flight slots times the batch size.</summary>
    public static int Capacity(int maxInFlight, int inFlight, int maxBatchSize) => Math.Max(0, maxInFlight - inFlight) * maxBatchSize;

    /// <summary>The share of <see cref="Capacity"/> that <paramref name="positions"/> sent in batches take: each batch holds a whole in-flight slot.</summary>
    public static int SlotsUsed(int positions, int maxBatchSize) => (positions + maxBatchSize - 1) / maxBatchSize * maxBatchSize;

    /// <summary>
    /// The most a liquidation may repay: the previewed repayment plus <paramref name="slackBps"/> (rounded up) plus one
    /// unit, so that interest accrued in a block between the read and the send cannot make a full liquidation revert.
    /// </summary>
    public static BigInteger MaxRepay(BigInteger repaid, int slackBps) => repaid + (repaid * slackBps + Bps - 1) / Bps + 1;

    /// <summary>The oracle value of <paramref name="seized"/> collateral in debt-asset units (rounded down).</summary>
    public static BigInteger ValueOf(BigInteger seized, BigInteger priceWad, int collateralDecimals, BigInteger debtUnit) =>
        seized * priceWad * debtUnit / BigInteger.Pow(10, collateralDecimals) / Wad;

    /// <summary>The balance less what in-flight liquidations may still pull: not spent yet, but not ours to spend twice.</summary>
    public static BigInteger Budget(BigInteger balance, IEnumerable<BigInteger> committed)
    {
        ArgumentNullException.ThrowIfNull(committed);
        return BigInteger.Max(BigInteger.Zero, balance - committed.Aggregate(BigInteger.Zero, (sum, c) => sum + c));
    }

    /// <summary>
    /// Gas cost of one position in debt-asset units: its share of a batch of <paramref name="candidates"/> (at most
    /// <paramref name="maxBatchSize"/>) at <paramref name="gasPriceWei"/>, converted by the native token's price
    /// (WAD); 0 when that price is unknown.
    /// </summary>
    public static BigInteger GasCostPerPosition(BigInteger gasPriceWei, BigInteger? nativePriceWad, BigInteger debtUnit, int maxBatchSize, int candidates)
    {
        if (nativePriceWad is not { } price)
            return BigInteger.Zero;
        var gas = GasPerPositionGuess + GasBaseGuess / Math.Max(1, Math.Min(maxBatchSize, candidates));
        return gas * gasPriceWei * price * debtUnit / Wad / Wad;
    }

    /// <summary>
    /// Each candidate's mode. Inventory and flash give every candidate that mode. Auto keeps the cheaper plain
    /// liquidation for what the budget pays (most unhealthy first, as given) and flash-borrows for the rest, so a keeper
    /// short of a batch still liquidates it. Without a DEX nothing can go flash.
    /// </summary>
    public static ModeSplit AssignModes(LiquidationMode configured, BigInteger budget, IReadOnlyList<LiquidationCandidate> candidates, bool dexAvailable)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (!dexAvailable || configured == LiquidationMode.Inventory)
            return new ModeSplit([.. candidates], []);
        if (configured == LiquidationMode.Flash)
            return new ModeSplit([], [.. candidates]);
        var inventory = new List<LiquidationCandidate>();
        var flash = new List<LiquidationCandidate>();
        var left = budget;
        foreach (var c in candidates)
        {
            if (c.Cost <= left)
            {
                left -= c.Cost;
                inventory.Add(c);
            }
            else
            {
                flash.Add(c);
            }
        }
        return new ModeSplit(inventory, flash);
    }

    /// <summary>
    /// The candidates worth their gas (unless <paramref name="ignoreProfit"/>) that fit <paramref name="budget"/>, in
    /// the order given; every other one with its reason.
    /// </summary>
    public static Selection Select(IEnumerable<LiquidationCandidate> candidates, BigInteger gasCostPerPosition, BigInteger minProfit, bool ignoreProfit, BigInteger budget)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var chosen = new List<LiquidationCandidate>();
        var skipped = new List<Skipped>();
        var spent = BigInteger.Zero;
        foreach (var c in candidates)
        {
            var profit = c.GrossProfit - gasCostPerPosition;
            if (!ignoreProfit && profit < minProfit)
            {
                skipped.Add(new Skipped(c, SkipReason.Unprofitable, profit));
                continue;
            }
            if (spent + c.Cost > budget)
            {
                skipped.Add(new Skipped(c, SkipReason.OverBudget, budget - spent));
                continue;
            }
            spent += c.Cost;
            chosen.Add(c);
        }
        return new Selection(chosen, skipped);
    }

    /// <summary>Keeper:Liquidation:MinProfit (whole debt-asset units) in base units.</summary>
    public static BigInteger MinProfit(decimal wholeUnits, BigInteger debtUnit) => new(wholeUnits * (decimal)debtUnit);

    /// <summary>
    /// Flash batches that each borrow at most <paramref name="cash"/> (the pool's flash-loan capacity), in order: a
    /// batch is closed when the next candidate would not fit. Each loan is repaid in its own transaction, so every
    /// batch sees the same cash. A candidate whose loan alone exceeds the cash cannot go flash: returned apart.
    /// </summary>
    public static (List<LiquidationCandidate[]> Batches, List<LiquidationCandidate> TooLarge) SplitByCash(
        IEnumerable<LiquidationCandidate> candidates, int maxBatchSize, BigInteger cash)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        var batches = new List<LiquidationCandidate[]>();
        var tooLarge = new List<LiquidationCandidate>();
        var current = new List<LiquidationCandidate>();
        var borrowed = BigInteger.Zero;
        foreach (var c in candidates)
        {
            if (c.Cost > cash)
            {
                tooLarge.Add(c);
                continue;
            }
            if (current.Count == maxBatchSize || borrowed + c.Cost > cash)
            {
                batches.Add([.. current]);
                current.Clear();
                borrowed = BigInteger.Zero;
            }
            current.Add(c);
            borrowed += c.Cost;
        }
        if (current.Count > 0)
            batches.Add([.. current]);
        return (batches, tooLarge);
    }

    /// <summary>
    /// Whether a batch must go as two halves: its gas limit is over the per-transaction cap, or the node timed out
    /// simulating it. A single position cannot be split.
    /// </summary>
    public static bool MustHalve(int batchLength, BigInteger gasLimit, BigInteger maxGasPerTransaction, bool simulationTimedOut) =>
        batchLength > 1 && (simulationTimedOut || gasLimit > maxGasPerTransaction);

    /// <summary>The two halves of a batch (the first one the smaller when its length is odd).</summary>
    public static (LiquidationCandidate[] First, LiquidationCandidate[] Second) Halve(LiquidationCandidate[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var half = batch.Length / 2;
        return (batch[..half], batch[half..]);
    }

    /// <summary>The gas a dry run shows when the node cannot estimate against overridden state: the planner's own guess.</summary>
    public static BigInteger GuessGas(int positions) => GasBaseGuess + GasPerPositionGuess * positions;

    /// <summary>A simulation failure that means someone else liquidated first: counted as lost, not as a fault.</summary>
    public static bool IsLostRace(string reason) => reason is "PositionHealthy" or "NoDebt";
}
