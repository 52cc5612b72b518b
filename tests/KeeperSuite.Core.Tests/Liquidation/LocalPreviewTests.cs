using System.Numerics;
using KeeperSuite.Core.Liquidation;

namespace KeeperSuite.Core.Tests.Liquidation;

/// <summary>
/// The local preview's branches on hand-computed figures (USDC debt, 8-decimals collateral at 60,000, threshold 0.75,
/// bonus 0.08, close factor from HF 0.95, insurance cut 0.10, small positions below 2,000 USDC, dust 100 USDC). Its
/// equality with the Market's own preview is the Hardhat parity test's (LocalPreviewParityTests in Keeper.Tests).
/// </summary>
public class LocalPreviewTests
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger Ray = BigInteger.Pow(10, 27);
    private static readonly BigInteger Usdc = 1_000_000;
    private static readonly BigInteger Btc = 100_000_000;
    private static readonly BigInteger Max = (BigInteger.One << 256) - 1;
    private static readonly MarketTerms Market = new(Ray, Wad * 95 / 100, Wad / 10, 2_000 * Usdc);

    private static CollateralTerms Wbtc(BigInteger price) => new(true, price, 8 + 18 - 6, (ulong)(Wad * 75 / 100), Wad * 8 / 100, 100 * Usdc);

    [Fact]
    public void A_large_slightly_unhealthy_position_is_liquidated_by_half_with_the_full_bonus_and_its_fee()
    {
        // 1 BTC at 60,000 against 45,500 USDC: HF = 45,000 / 45,500 ≈ 0.989 >= 0.95, so half the debt.
        var o = LocalPreview.Preview(Btc, 45_500 * Usdc, Max, Wbtc(60_000 * Wad), Market)!.Value;
        Assert.Equal(LiquidationStatus.Liquidated, o.Status);
        Assert.Equal(22_750 * Usdc, o.Repaid);
        Assert.Equal(22_750 * Usdc * 108 / 100 * Btc / (60_000 * Usdc), o.Seized); // 0.4095 BTC, rounded down
        Assert.Equal(22_750 * Usdc * 8 / 100 / 10, o.Fee); // repaid x bonus x cut
        Assert.Equal(BigInteger.Zero, o.DeficitAssets);
    }

    [Fact]
    public void A_position_whose_collateral_cannot_cover_the_debt_leaves_the_rest_as_a_deficit()
    {
        // 0.1 BTC at 30,000 (3,000 USDC) against 4,000 USDC: coverage 0.75, so the bonus falls to its floor (4 %).
        var o = LocalPreview.Preview(Btc / 10, 4_000 * Usdc, Max, Wbtc(30_000 * Wad), Market)!.Value;
        Assert.Equal(LiquidationStatus.Liquidated, o.Status);
        Assert.Equal(Btc / 10, o.Seized);
        var repaid = (3_000 * Usdc * Wad + Wad * 104 / 100 - 1) / (Wad * 104 / 100); // collValue / 1.04, rounded up
        Assert.Equal(repaid, o.Repaid);
        Assert.Equal(4_000 * Usdc - repaid, o.DeficitAssets);
    }

    [Fact]
    public void A_partial_that_would_leave_less_than_dust_becomes_full()
    {
        // Large and only slightly unhealthy, but with dust above half the debt the remnant would be dust: full.
        var dusty = Wbtc(60_000 * Wad) with { Dust = 30_000 * Usdc };
        var o = LocalPreview.Preview(Btc, 45_500 * Usdc, Max, dusty, Market)!.Value;
        Assert.Equal(45_500 * Usdc, o.Repaid);
    }

    [Fact]
    public void Healthy_no_debt_invalid_oracle_and_too_low_caps_are_the_Markets_skip_reasons()
    {
        Assert.Equal(LiquidationStatus.SkippedHealthy, LocalPreview.Preview(Btc, 40_000 * Usdc, Max, Wbtc(60_000 * Wad), Market)!.Value.Status);
        Assert.Equal(LiquidationStatus.SkippedNoDebt, LocalPreview.Preview(Btc, 0, Max, Wbtc(60_000 * Wad), Market)!.Value.Status);
        Assert.Equal(LiquidationStatus.SkippedOracleInvalid, LocalPreview.Preview(Btc, 45_500 * Usdc, Max, Wbtc(0) with { OracleValid = false }, Market)!.Value.Status);
        // 600 USDC of collateral against 500: a remnant of 400 would be under the dust (450), so only a full liquidation
        // is allowed, and a cap of 100 is too low for it: the preview carries no amounts.
        var small = LocalPreview.Preview(Btc / 100, 500 * Usdc, 100 * Usdc, Wbtc(60_000 * Wad) with { Dust = 450 * Usdc }, Market)!.Value;
        Assert.Equal(new PreviewOutcome(LiquidationStatus.SkippedMaxRepayTooLow, 0, 0, 0, 0), small);
    }

    [Fact]
    public void Where_the_Market_would_revert_there_is_no_local_preview()
    {
        // The collateral's value overflows uint256 (mulDiv reverts on chain).
        Assert.Null(LocalPreview.Preview(Max, Max, Max, Wbtc(Max), Market));
    }
}
