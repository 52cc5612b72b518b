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
        Assert.Equal(f.ReservesAfter, f.ReservesBefore + f.InterestToReserves + f.LiquidationFees - f.ReservesWrittenDown - f.ReservesSkimmed);
        Assert.True(f.Drawdown >= f.Before - f.After);
    }
}
