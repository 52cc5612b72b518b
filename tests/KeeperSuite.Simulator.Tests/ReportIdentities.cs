namespace KeeperSuite.Simulator.Tests;

/// <summary>The figures of a report must agree with each other (issue 22), on top of agreeing with the chain.</summary>
internal static class ReportIdentities
{
    /// <summary>One base unit of the 6-decimals debt asset: the tolerance of sums of rounded decimals.</summary>
    private const decimal Unit = 0.000001m;

    public static void AssertHold(SimulationReport r)
    {
        Assert.True(r.Succeeded, r.Failure ?? string.Join("; ", r.CheckFailures));
        var d = r.Deficits;
        // The shares of the loss: fund + auction + LPs == deficits + rewards, and the shares sum to 100 %.
        Assert.Equal(d.Created + d.Rewards, d.Fund + d.Auction + d.Lps);
        if (d.Paid > 0)
            Assert.Equal(1m, Math.Round(d.FundShare + d.AuctionShare + d.LpShare, 12));
        Assert.Equal(d.Created, d.ByCollateral.Values.Sum());

        // The LPs: every item that moved their value, and the haircut is the same items as fractions.
        var lp = r.Lp;
        Assert.Equal(lp.ValueAfter, lp.ValueBefore - lp.LossShare + lp.InterestEarned + lp.ReservesWrittenDown - lp.LockedRecoveryAtEnd + lp.Rounding);
        Assert.Equal(d.Lps, lp.LossShare);
        Assert.Equal(0m, lp.LockedRecoveryAtEnd);
        Assert.True(Math.Abs(lp.Rounding) <= 100 * Unit, $"rounding {lp.Rounding} is not rounding");
        Assert.Equal(Math.Round((lp.ValueBefore - lp.ValueAfter) / lp.ValueBefore, 12), Math.Round(lp.HaircutFraction, 12));
        Assert.Equal(Math.Round(lp.HaircutFraction, 10),
            Math.Round(lp.LossFraction - lp.InterestFraction - (lp.ReservesWrittenDown - lp.LockedRecoveryAtEnd + lp.Rounding) / lp.ValueBefore, 10));
        if (d.Lps == 0)
            Assert.True(lp.HaircutFraction <= 0, $"no LP loss, yet a haircut of {lp.HaircutFraction:P6}");

        // The fund: before + deposits + skimmed − paid == after; what it paid is its share of the loss.
        var f = r.Fund;
        Assert.Equal(f.After, f.Before + f.Deposits + f.ReservesSkimmed - f.PaidOut);
        Assert.Equal(d.Fund, f.PaidOut);
        Assert.Equal(f.ReservesAfter, f.ReservesBefore + f.InterestToReserves + f.LiquidationFees + f.FlashLoanFees - f.ReservesWrittenDown - f.ReservesSkimmed);
        Assert.True(f.Drawdown >= f.Before - f.After);
        AssertFundLineAddsUp(ConsoleReport.FundLine(r), f);
    }

    /// <summary>
    /// The console's fund line as printed: its balance adds up, and the skim's parts (signed as printed) add up to the
    /// skim, each to the printed cent (issue 22: "reserves skimmed 1,101.72 (liquidation fees 1,101.69, interest share 7.07)").
    /// </summary>
    private static void AssertFundLineAddsUp(string line, FundSummary f)
    {
        static decimal Figure(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.CurrentCulture);
        var number = @"(-?[\d.,\u00a0\u202f]*\d)";
        var balance = System.Text.RegularExpressions.Regex.Match(line,
            $@"insurance fund {number} \+ deposits {number} \+ reserves skimmed {number} - paid {number} = {number};");
        Assert.True(balance.Success, $"no fund balance in: {line}");
        var b = balance.Groups.Values.Skip(1).Select(g => Figure(g.Value)).ToArray();
        Assert.Equal(Math.Round(f.ReservesSkimmed, 2), b[2]);
        Assert.True(Math.Abs(b[0] + b[1] + b[2] - b[3] - b[4]) <= 0.025m, $"the fund's balance does not add up as printed: {line}");

        var skim = System.Text.RegularExpressions.Regex.Match(line, @"skimmed = (.*?); recovery");
        Assert.True(skim.Success, $"no parts of the skim in: {line}");
        var parts = System.Text.RegularExpressions.Regex.Matches(skim.Groups[1].Value, $@"(^|[+-]) ?[a-z -]+? {number}(?= [+-]|$)");
        Assert.True(parts.Count >= 5, $"the skim has {parts.Count} parts: {skim.Groups[1].Value}");
        var sum = parts.Sum(p => (p.Groups[1].Value == "-" ? -1 : 1) * Figure(p.Groups[2].Value));
        Assert.True(Math.Abs(sum - b[2]) <= 0.005m * (parts.Count + 1), $"the skim's parts add up to {sum}, not to the skim {b[2]}: {line}");
    }
}
