using System.Globalization;
using Spectre.Console;

namespace KeeperSuite.Simulator;

/// <summary>The report on the console (plain text: it reads the same in a terminal and in a CI log).</summary>
public static class ConsoleReport
{
    public static void Print(IAnsiConsole console, SimulationReport r)
    {
        var lines = new List<string>
        {
            $"scenario {r.Scenario}, seed {r.Seed}: {r.Positions} positions, {r.Lps} LPs, {r.PathBlocks} path blocks, {r.BlocksMined} blocks mined, {r.DurationSeconds} s",
            $"liquidations: {r.Liquidations.Liquidations} ({r.Liquidations.PositionsLiquidated} positions, {r.Liquidations.ByKeeper} by the keeper), repaid {r.Liquidations.Repaid:N2}, collateral seized {r.Liquidations.SeizedValue:N2} ({string.Join(", ", r.Liquidations.SeizedTokens.Select(kv => $"{kv.Value:0.####} {kv.Key}"))})",
            $"deficits created: {r.Deficits.Count}, {r.Deficits.Created:N6} ({string.Join(", ", r.Deficits.ByCollateral.Where(kv => kv.Value != 0).Select(kv => $"{kv.Key} {kv.Value:N2}"))}); plus keeper rewards {r.Deficits.Rewards:N6} = loss paid {r.Deficits.Paid:N6}",
            $"  borne by the insurance fund {r.Deficits.Fund:N6} ({r.Deficits.FundShare:P2}), auction {r.Deficits.Auction:N6} ({r.Deficits.AuctionShare:P2}), LPs {r.Deficits.Lps:N6} ({r.Deficits.LpShare:P2}): 100 % of the loss paid",
            $"LP value {r.Lp.ValueBefore:N2} -> {r.Lp.ValueAfter:N2}: - LP loss {r.Lp.LossShare:N6} ({r.Lp.LossFraction:P4}) + interest {r.Lp.InterestEarned:N6} ({r.Lp.InterestFraction:P4}) + reserves written down {r.Lp.ReservesWrittenDown:N6} - still locked {r.Lp.LockedRecoveryAtEnd:N6} + rounding {r.Lp.Rounding:N6}; haircut {r.Lp.HaircutFraction:P4}; share price {r.Lp.SharePriceBefore:0.######} -> {r.Lp.SharePriceAfter:0.######}",
            FundLine(r),
            $"keeper {r.Keeper.Address}: {r.Keeper.Transactions} transactions, {r.Keeper.GasUsed:N0} gas ({r.Keeper.GasCostEth:0.######} ETH = {r.Keeper.GasCostValue:N2}), liquidation gain {r.Keeper.LiquidationGain:N2}, write-off rewards {r.Keeper.WriteOffRewards:N2}, profit {r.Keeper.Profit:N2}",
            $"reaction price move -> liquidation: median {r.Reaction.MedianBlocks} blocks / {r.Reaction.MedianMs} ms, p95 {r.Reaction.P95Blocks} blocks / {r.Reaction.P95Ms} ms ({r.Reaction.Samples} positions)",
        };
        if (r.Dex is { } x)
            lines.Add($"DEX ({r.KeeperMode} keeper; pools {string.Join(", ", x.Depth.Select(kv => $"{kv.Key} {kv.Value:N0}"))} deep per 2%): seized collateral worth {x.OracleValue:N2} at the oracle fetched {x.DexValue:N2} ({x.Sold} liquidations sold, {x.Quoted} quoted): slippage {x.Slippage:N2} ({x.SlippageFraction:P2}{(x.ByCollateral.Count > 0 ? "; " + string.Join(", ", x.ByCollateral.Where(kv => kv.Value != 0).Select(kv => $"{kv.Key} {kv.Value:N2}")) : "")}), bonus at the oracle {x.Bonus:N2}");
        if (r.KeeperReverts.Count > 0)
            lines.Add($"keeper transactions reverted: {string.Join("; ", r.KeeperReverts.GroupBy(x => SimulationRun.ReasonName(x.Reason)).Select(g => $"{g.Count()}x {g.First().Reason}"))}");
        if (r.Timings is { } t)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"wall clock: setup {t.SetupSeconds} s (seeding {t.SeedSeconds} s), path {t.PathSeconds} s, write-off {t.WriteOffSeconds} s (keeper passes {t.KeeperSeconds} s of these), report {t.ReportSeconds} s"));
        lines.Add(r.Valuation);
        lines.AddRange(r.Bidders.Select(b => $"bidder {b.Name} (reservation {b.ReservationPrice}): {b.Attempts} attempts, {b.Refused} refused, {b.TokensReceived:N4} tokens"));
        if (r.Failure is not null)
            lines.Add("RUN FAILED: " + r.Failure);
        lines.Add(r.ChecksPassed
            ? "checked against the chain: fund + auction + LPs == deficits created + keeper rewards (to the unit), pool ledger agrees, nothing uncovered"
            : "CHECK FAILED: " + string.Join("; ", r.CheckFailures));
        foreach (var line in lines)
            console.WriteLine(line);
    }

    /// <summary>
    /// The fund's inflows and outflows, with what the skimmed reserves were made of: every part of the skim is shown,
    /// including the pool's reserves before the run and what is still in them at the end, so the parts add up to it.
    /// </summary>
    internal static string FundLine(SimulationReport r)
    {
        var f = r.Fund;
        var flash = f.FlashLoanFees != 0 ? $" + flash-loan fees {f.FlashLoanFees:N2}" : "";
        return $"insurance fund {f.Before:N2} + deposits {f.Deposits:N2} + reserves skimmed {f.ReservesSkimmed:N2} - paid {f.PaidOut:N2} = {f.After:N2}; " +
            $"skimmed = pool reserves before {f.ReservesBefore:N2} + liquidation fees {f.LiquidationFees:N2} + interest share {f.InterestToReserves:N2}{flash} " +
            $"- written down {f.ReservesWrittenDown:N2} - still in the pool {f.ReservesAfter:N2}; recovery tokens minted {r.Deficits.RecoveryTokensMinted:N4}";
    }

    public static void PrintSummary(IAnsiConsole console, MultiRunSummary s)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scenario {s.Scenario}: {s.Runs.Count} runs ({s.CompleteRuns} complete){(s.SweepParameter is { } p ? $", sweep over {p}" : "")}; {s.Valuation}"));
        foreach (var m in s.Metrics)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Name}: mean {m.Mean:N2}, median {m.Median:N2}, VaR95 {m.Tail95.VaR:N2} CVaR95 {m.Tail95.CVaR:N2}, VaR99 {m.Tail99.VaR:N2} CVaR99 {m.Tail99.CVaR:N2}{(m.Tail99.TooFewRuns ? $" (too few runs for the 99 % tail: need about {m.Tail99.RunsNeeded})" : "")}"));
        if (s.MeanTimings is { } t)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  mean per run: setup {t.SetupSeconds} s (seeding {t.SeedSeconds} s), path {t.PathSeconds} s, write-off {t.WriteOffSeconds} s, keeper passes {t.KeeperSeconds} s"));
        console.WriteLine(s.ChecksPassed ? "every run checked against its chain" : "FAILED or CHECK FAILED in runs " + string.Join(", ", s.Runs.Where(r => !r.Succeeded).Select(MultiRunSummary.RunKey)));
    }

}
