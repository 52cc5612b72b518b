namespace KeeperSuite.Core.Indexing;

/// <summary>The Market events that change a position, reduced to what the index needs.</summary>
public enum PositionEventKind
{
    CollateralChanged,
    DebtChanged,
    Liquidated,
    Closed,
}

/// <summary>One decoded Market event. <see cref="HasDebt"/> is set only for <see cref="PositionEventKind.DebtChanged"/>.</summary>
public readonly record struct PositionEvent(ulong Block, ulong LogIndex, PositionKey Key, PositionEventKind Kind, bool HasDebt)
{
    /// <summary>The position's state after this event, given the state before it.</summary>
    public PositionState Apply(PositionState? before) => Kind switch
    {
        PositionEventKind.CollateralChanged => new(before?.HasDebt ?? false, false, Block),
        PositionEventKind.DebtChanged => new(HasDebt, false, Block),
        // A partial liquidation leaves debt; a full one is followed by PositionClosed in the same transaction.
        PositionEventKind.Liquidated => new(true, false, Block),
        _ => new(false, true, Block),
    };
}
