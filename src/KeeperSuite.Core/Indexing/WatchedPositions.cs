using KeeperSuite.Core.Configuration;

namespace KeeperSuite.Core.Indexing;

/// <summary>
/// The watched positions one shard owns, ordered by (collateral id, owner ordinal), each with the amounts the scan may
/// compute from (<see cref="WatchedAmounts.Fresh"/> when read at or after the position's last event). Immutable: the
/// index builds a new one when something changed and hands the same one out while nothing did, so a scan at a block
/// without events neither sorts the keys nor looks a position up.
/// </summary>
public sealed class WatchedPositions
{
    private readonly PositionKey[] _keys;
    private readonly WatchedAmounts[] _amounts;

    internal WatchedPositions(ShardSpec shard, PositionKey[] keys, WatchedAmounts[] amounts)
    {
        Shard = shard;
        _keys = keys;
        _amounts = amounts;
        var stale = 0;
        foreach (var a in amounts)
        {
            if (!a.Fresh)
                stale++;
        }
        StaleCount = stale;
    }

    public ShardSpec Shard { get; }

    public int Count => _keys.Length;

    /// <summary>How many positions have no fresh amounts (an event arrived since they were read, or they never were).</summary>
    public int StaleCount { get; }

    public IReadOnlyList<PositionKey> Keys => _keys;

    public ReadOnlySpan<PositionKey> KeySpan => _keys;

    public ReadOnlySpan<WatchedAmounts> Amounts => _amounts;

    /// <summary>Where <paramref name="key"/> is in <see cref="Keys"/>, or −1 (binary search).</summary>
    public int IndexOf(PositionKey key) => Array.BinarySearch(_keys, key, PositionKeyOrder.Instance) is var i and >= 0 ? i : -1;

    internal PositionKey[] RawKeys => _keys;

    internal WatchedAmounts[] RawAmounts => _amounts;
}

/// <summary>A watched position's collateral and scaled debt; <see cref="Fresh"/> false when they must be read again.</summary>
public readonly record struct WatchedAmounts(UInt128 Collateral, UInt128 ScaledDebt, bool Fresh);

/// <summary>The scan's order: collateral id, then the owner's ordinal order (both lower-case hex addresses).</summary>
public sealed class PositionKeyOrder : IComparer<PositionKey>
{
    public static PositionKeyOrder Instance { get; } = new();

    public int Compare(PositionKey x, PositionKey y)
    {
        var c = x.CollateralId.CompareTo(y.CollateralId);
        return c != 0 ? c : string.CompareOrdinal(x.Owner, y.Owner);
    }
}
