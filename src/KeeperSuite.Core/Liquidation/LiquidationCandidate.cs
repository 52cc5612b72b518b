using System.Numerics;
using KeeperSuite.Core.Indexing;

namespace KeeperSuite.Core.Liquidation;

/// <summary>A liquidatable position with what <c>previewLiquidation</c> says a liquidation would do now.</summary>
public sealed record LiquidationCandidate(
    PositionKey Key,
    BigInteger HealthFactor,
    BigInteger Repay,
    BigInteger Seized,
    BigInteger Fee,
    BigInteger SeizedValue,
    BigInteger MaxRepay)
{
    /// <summary>
    /// The most the Market may pull for this liquidation: the repayment bound and the insurance fee on it. The Market
    /// charges the fee on what it actually repays (up to <see cref="MaxRepay"/>), so when interest accrued before the
    /// transaction is mined pushes the repayment to the bound, the fee grows with it: the previewed fee scaled by
    /// MaxRepay / Repay, rounded up (the Market rounds each fee up at the same rate; its effective bonus only falls as
    /// debt grows). A flash loan sized on the previewed fee fell short of this by about fee x slack and reverted
    /// ERC20InsufficientAllowance in the FlashLiquidator.
    /// </summary>
    public BigInteger MaxFee => Repay.IsZero || MaxRepay <= Repay ? Fee : (Fee * MaxRepay + Repay - 1) / Repay;

    /// <summary>Debt asset the keeper pays at most: the repayment bound (with slack) and the fee on it.</summary>
    public BigInteger Cost => MaxRepay + MaxFee;

    /// <summary>Collateral value received minus what is paid, before gas (debt-asset units).</summary>
    public BigInteger GrossProfit => SeizedValue - Repay - Fee;
}

/// <summary>Why a batch entry was skipped, as <c>Market.LiquidationStatus</c> numbers it.</summary>
public enum LiquidationStatus : byte
{
    Liquidated,
    SkippedUnknownCollateral,
    SkippedNoDebt,
    SkippedHealthy,
    SkippedOracleInvalid,
    SkippedSelfLiquidation,
    SkippedMaxRepayTooLow,
}
