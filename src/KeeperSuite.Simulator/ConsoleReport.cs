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
            $"deficits created: {r.Deficits.Count}, {r.Deficits.Created:N6}",
            $"  borne by the insurance fund {r.Deficits.Fund:N6} ({Share(r.Deficits.Fund, r.Deficits.Created)}), auction {r.Deficits.Auction:N6} ({Share(r.Deficits.Auction, r.Deficits.Created)}), LPs {r.Deficits.Lps:N6} ({Share(r.Deficits.Lps, r.Deficits.Created)}); of these, {r.Deficits.Rewards:N6} were keeper rewards the pool paid and added to the debt",
            $"LP loss per share {r.Lp.LossPerShare:0.##########}; share price {r.Lp.SharePriceBefore:0.######} -> {r.Lp.SharePriceAfter:0.######} (haircut {r.Lp.HaircutFraction:P4})",
            $"insurance fund {r.Fund.Before:N2} -> {r.Fund.After:N2}; recovery tokens minted {r.Deficits.RecoveryTokensMinted:N4}",
            $"keeper {r.Keeper.Address}: {r.Keeper.Transactions} transactions, {r.Keeper.GasUsed:N0} gas ({r.Keeper.GasCostEth:0.######} ETH = {r.Keeper.GasCostValue:N2}), liquidation gain {r.Keeper.LiquidationGain:N2}, write-off rewards {r.Keeper.WriteOffRewards:N2}, profit {r.Keeper.Profit:N2}",
            $"reaction price move -> liquidation: median {r.Reaction.MedianBlocks} blocks / {r.Reaction.MedianMs} ms, p95 {r.Reaction.P95Blocks} blocks / {r.Reaction.P95Ms} ms ({r.Reaction.Samples} positions)",
        };
        lines.AddRange(r.Bidders.Select(b => $"bidder {b.Name} (reservation {b.ReservationPrice}): {b.Attempts} attempts, {b.Refused} refused, {b.TokensReceived:N4} tokens"));
        lines.Add(r.ChecksPassed
            ? "checked against the chain: fund + auction + LPs == deficits created + keeper rewards (to the unit), pool ledger agrees, nothing uncovered"
            : "CHECK FAILED: " + string.Join("; ", r.CheckFailures));
        foreach (var line in lines)
            console.WriteLine(line);
    }

    public static void PrintSummary(IAnsiConsole console, MultiRunSummary s)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scenario {s.Scenario} over {s.Runs.Count} seeds ({string.Join(", ", s.Runs.Select(r => r.Seed))}):"));
        foreach (var m in s.Metrics)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Name}: median {m.Median:N4}, p95 {m.P95:N4}"));
        console.WriteLine(s.ChecksPassed ? "every run checked against its chain" : "CHECK FAILED in seeds " + string.Join(", ", s.Runs.Where(r => !r.ChecksPassed).Select(r => r.Seed)));
    }

    private static string Share(decimal part, decimal total) => total == 0 ? "-" : (part / total).ToString("P2", CultureInfo.InvariantCulture);
}
