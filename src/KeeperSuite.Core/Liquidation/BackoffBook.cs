using KeeperSuite.Core.Indexing;

namespace KeeperSuite.Core.Liquidation;

/// <summary>Positions left alone until a block after a lost race or a revert, so one bad position cannot cause a retry storm.</summary>
public sealed class BackoffBook
{
    private readonly Dictionary<PositionKey, (ulong Until, int Strikes)> _entries = [];

    public bool IsBackedOff(PositionKey key, ulong block)
    {
        lock (_entries)
            return _entries.TryGetValue(key, out var e) && e.Until > block;
    }

    /// <summary>Backs off for <paramref name="blocks"/> × 2^(strikes−1), at most 64×: repeated failures wait longer.</summary>
    public void BackOff(PositionKey key, ulong block, int blocks)
    {
        lock (_entries)
        {
            var strikes = _entries.TryGetValue(key, out var e) ? Math.Min(e.Strikes + 1, 7) : 1;
            _entries[key] = (block + (ulong)(blocks * (1 << (strikes - 1))), strikes);
        }
    }

    public void Clear(PositionKey key)
    {
        lock (_entries)
            _entries.Remove(key);
    }
}
