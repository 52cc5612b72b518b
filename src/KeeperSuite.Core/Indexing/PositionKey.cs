namespace KeeperSuite.Core.Indexing;

/// <summary>A position: one owner's isolated position in one collateral type. Owner in lower case.</summary>
public readonly record struct PositionKey(uint CollateralId, string Owner)
{
    public static PositionKey Of(uint collateralId, string owner) => new(collateralId, owner.ToLowerInvariant());

    public override string ToString() => $"{CollateralId}:{Owner}";
}

/// <summary>What the index knows of a position from the Market's events.</summary>
public readonly record struct PositionState(bool HasDebt, bool Closed, ulong UpdatedBlock)
{
    public bool Watched => HasDebt && !Closed;
}

/// <summary>A position's collateral (token units) and scaled debt as read from chain at <see cref="ReadBlock"/>.</summary>
public readonly record struct PositionAmounts(UInt128 Collateral, UInt128 ScaledDebt, ulong ReadBlock);
