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
    /// <summary>Debt asset the keeper pays: the repayment (with slack) and the insurance fee.</summary>
    public BigInteger Cost => MaxRepay + Fee;

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
