using System.Globalization;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.State;
using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.Indexing;

/// <summary>
/// Every position the Market's events have shown, kept in SQLite and mirrored in memory for the per-block scan.
/// Each applied range writes its events, an undo record per touched position, the cursor and the range end's
/// block hash in one SQLite transaction, so a crash leaves either all of a range or none of it.
/// </summary>
public sealed class PositionIndex(KeeperDatabaseHolder database)
{
    private readonly Dictionary<PositionKey, PositionState> _positions = [];
    private readonly Dictionary<PositionKey, PositionAmounts> _amounts = [];
    private readonly Lock _sync = new();
    private bool _loaded;

    // The last watched set handed out, and the positions changed since (events, amounts read or forgotten, rewinds):
    // the next Watched call patches only those instead of filtering and sorting every position again.
    private WatchedPositions? _watched;
    private readonly HashSet<PositionKey> _changed = [];

    /// <summary>Last block whose events are in the index; null before the first range.</summary>
    public ulong? Cursor { get; private set; }

    public int Count
    {
        get
        {
            lock (_sync)
                return _positions.Count;
        }
    }

    /// <summary>Loads the index from SQLite (once).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
            return;
        var (rows, amounts, cursor) = await database.Database.ReadAsync(connection =>
        {
            var list = new List<(PositionKey, PositionState)>();
            var read = new List<(PositionKey, PositionAmounts)>();
            using (var amountsCommand = connection.CreateCommand())
            {
                amountsCommand.CommandText = "SELECT collateral_id, owner, collateral, scaled_debt, read_block FROM position_amounts";
                using var amountsReader = amountsCommand.ExecuteReader();
                while (amountsReader.Read())
                    read.Add((new PositionKey((uint)amountsReader.GetInt64(0), amountsReader.GetString(1)), new PositionAmounts(
                        UInt128.Parse(amountsReader.GetString(2), CultureInfo.InvariantCulture),
                        UInt128.Parse(amountsReader.GetString(3), CultureInfo.InvariantCulture),
                        (ulong)amountsReader.GetInt64(4))));
            }
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT collateral_id, owner, has_debt, closed, updated_block FROM positions";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                list.Add((new PositionKey((uint)reader.GetInt64(0), reader.GetString(1)),
                    new PositionState(reader.GetInt64(2) != 0, reader.GetInt64(3) != 0, (ulong)reader.GetInt64(4))));
            var stored = database.Database.GetMeta("cursor");
            return (list, read, stored is null ? (ulong?)null : ulong.Parse(stored, CultureInfo.InvariantCulture));
        }, cancellationToken);
        lock (_sync)
        {
            foreach (var (key, state) in rows)
                _positions[key] = state;
            foreach (var (key, value) in amounts)
                _amounts[key] = value;
            _watched = null;
            _changed.Clear();
        }
        Cursor = cursor;
        _loaded = true;
    }

    /// <summary>
    /// Positions with debt that are not closed and that <paramref name="shard"/> owns, ordered by (collateral id, owner),
    /// with their amounts. The same object while nothing changed; otherwise the last one patched with the changed
    /// positions (a linear merge, no sort), or built afresh for another shard or after many changes.
    /// </summary>
    public WatchedPositions Watched(ShardSpec shard)
    {
        lock (_sync)
        {
            if (_watched is { } current && current.Shard == shard)
            {
                if (_changed.Count > 0)
                    _watched = Patch(current);
            }
            else
            {
                _watched = Build(shard);
            }
            _changed.Clear();
            return _watched;
        }
    }

    private WatchedPositions Build(ShardSpec shard)
    {
        var keys = new List<PositionKey>(_positions.Count);
        foreach (var (key, state) in _positions)
        {
            if (state.Watched && shard.Owns(key.CollateralId, key.Owner))
                keys.Add(key);
        }
        var sorted = keys.ToArray();
        Array.Sort(sorted, PositionKeyOrder.Instance);
        var amounts = new WatchedAmounts[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
            amounts[i] = AmountsOf(sorted[i]);
        return new WatchedPositions(shard, sorted, amounts);
    }

    private WatchedPositions Patch(WatchedPositions old)
    {
        const byte Refresh = 1, Remove = 2;
        var oldKeys = old.RawKeys;
        var oldAmounts = old.RawAmounts;
        var marks = new byte[oldKeys.Length];
        var added = new List<PositionKey>();
        var removed = 0;
        foreach (var key in _changed)
        {
            var member = _positions.TryGetValue(key, out var state) && state.Watched && old.Shard.Owns(key.CollateralId, key.Owner);
            var at = old.IndexOf(key);
            if (at >= 0)
            {
                marks[at] = member ? Refresh : Remove;
                removed += member ? 0 : 1;
            }
            else if (member)
            {
                added.Add(key);
            }
        }
        added.Sort(PositionKeyOrder.Instance);
        var keys = new PositionKey[oldKeys.Length - removed + added.Count];
        var amounts = new WatchedAmounts[keys.Length];
        int i = 0, j = 0, k = 0;
        while (i < oldKeys.Length || j < added.Count)
        {
            if (j < added.Count && (i == oldKeys.Length || PositionKeyOrder.Instance.Compare(added[j], oldKeys[i]) < 0))
            {
                keys[k] = added[j++];
                amounts[k] = AmountsOf(keys[k]);
                k++;
                continue;
            }
            switch (marks[i])
            {
                case Remove:
                    break;
                case Refresh:
                    keys[k] = oldKeys[i];
                    amounts[k++] = AmountsOf(oldKeys[i]);
                    break;
                default:
                    keys[k] = oldKeys[i];
                    amounts[k++] = oldAmounts[i];
                    break;
            }
            i++;
        }
        return new WatchedPositions(old.Shard, keys, amounts);
    }

    /// <summary>
    /// The position's collateral and scaled debt as last read from chain, fresh when that read is at or after the block
    /// of its last event (otherwise an event arrived since, or a reorg undid what was read). Under the lock.
    /// </summary>
    private WatchedAmounts AmountsOf(PositionKey key) =>
        _amounts.TryGetValue(key, out var amounts) && _positions.TryGetValue(key, out var state) && amounts.ReadBlock >= state.UpdatedBlock
            ? new WatchedAmounts(amounts.Collateral, amounts.ScaledDebt, true)
            : default;

    /// <summary>Notes a changed position for the next <see cref="Watched"/>; after many changes, it is rebuilt instead. Under the lock.</summary>
    private void Changed(PositionKey key)
    {
        if (_watched is null)
            return;
        if (_changed.Count >= 64 + _watched.Count / 8)
        {
            _watched = null;
            _changed.Clear();
            return;
        }
        _changed.Add(key);
    }

    /// <summary>
    /// The position's collateral and scaled debt as last read from chain, when that read is at or after the block of
    /// its last event (otherwise the amounts are stale: an event arrived since, or a reorg undid what was read).
    /// For one position (the liquidation previews); the scan reads them all from <see cref="Watched"/>.
    /// </summary>
    public bool TryGetAmounts(PositionKey key, out PositionAmounts amounts)
    {
        lock (_sync)
        {
            if (_amounts.TryGetValue(key, out amounts) && _positions.TryGetValue(key, out var state) && amounts.ReadBlock >= state.UpdatedBlock)
                return true;
            amounts = default;
            return false;
        }
    }

    /// <summary>Keeps amounts read from chain (in memory and in SQLite, one transaction).</summary>
    public async Task StoreAmountsAsync(IReadOnlyList<(PositionKey Key, PositionAmounts Amounts)> read, CancellationToken cancellationToken)
    {
        if (read.Count == 0)
            return;
        await database.Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO position_amounts(collateral_id, owner, collateral, scaled_debt, read_block) VALUES($c, $o, $a, $d, $b)
                ON CONFLICT(collateral_id, owner) DO UPDATE SET collateral = excluded.collateral, scaled_debt = excluded.scaled_debt, read_block = excluded.read_block
                """;
            var c = command.Parameters.Add("$c", SqliteType.Integer);
            var o = command.Parameters.Add("$o", SqliteType.Text);
            var a = command.Parameters.Add("$a", SqliteType.Text);
            var d = command.Parameters.Add("$d", SqliteType.Text);
            var b = command.Parameters.Add("$b", SqliteType.Integer);
            foreach (var (key, amounts) in read)
            {
                c.Value = (long)key.CollateralId;
                o.Value = key.Owner;
                a.Value = amounts.Collateral.ToString(CultureInfo.InvariantCulture);
                d.Value = amounts.ScaledDebt.ToString(CultureInfo.InvariantCulture);
                b.Value = (long)amounts.ReadBlock;
                command.ExecuteNonQuery();
            }
            return 0;
        }, cancellationToken);
        lock (_sync)
        {
            foreach (var (key, amounts) in read)
            {
                _amounts[key] = amounts;
                Changed(key);
            }
        }
    }

    /// <summary>Forgets the amounts of a position whose local health disagreed with the chain, so they are read again.</summary>
    public void MarkStale(PositionKey key)
    {
        lock (_sync)
        {
            _amounts.Remove(key);
            Changed(key);
        }
    }

    public PositionState? Get(PositionKey key)
    {
        lock (_sync)
            return _positions.TryGetValue(key, out var state) ? state : null;
    }

    /// <summary>The stored hash of block <paramref name="number"/>, if the index kept it.</summary>
    public Task<string?> StoredHashAsync(ulong number, CancellationToken cancellationToken) =>
        database.Database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT hash FROM block_hashes WHERE number = $n";
            command.Parameters.AddWithValue("$n", (long)number);
            return command.ExecuteScalar() as string;
        }, cancellationToken);

    /// <summary>Stored block hashes at or below <paramref name="below"/>, newest first.</summary>
    public Task<IReadOnlyList<(ulong Number, string Hash)>> StoredHashesAsync(ulong below, CancellationToken cancellationToken) =>
        database.Database.ReadAsync<IReadOnlyList<(ulong, string)>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT number, hash FROM block_hashes WHERE number <= $n ORDER BY number DESC";
            command.Parameters.AddWithValue("$n", (long)below);
            using var reader = command.ExecuteReader();
            var list = new List<(ulong, string)>();
            while (reader.Read())
                list.Add(((ulong)reader.GetInt64(0), reader.GetString(1)));
            return list;
        }, cancellationToken);

    /// <summary>
    /// Applies the events of blocks (cursor, <paramref name="toBlock"/>] and moves the cursor there, remembering
    /// <paramref name="toBlockHash"/>. Hashes older than <paramref name="keepHashesFrom"/> are pruned.
    /// </summary>
    public async Task ApplyRangeAsync(IReadOnlyList<PositionEvent> events, ulong toBlock, string toBlockHash, ulong keepHashesFrom, CancellationToken cancellationToken)
    {
        var ordered = events.OrderBy(e => e.Block).ThenBy(e => e.LogIndex).ToList();
        Dictionary<PositionKey, PositionState> updated = [];
        await database.Database.WriteAsync((connection, transaction) =>
        {
            foreach (var e in ordered)
            {
                var before = updated.TryGetValue(e.Key, out var pending) ? pending : Get(e.Key);
                var after = e.Apply(before);
                if (e.Block >= keepHashesFrom)
                    InsertUndo(connection, transaction, e.Block, e.Key, before);
                Upsert(connection, transaction, e.Key, after);
                updated[e.Key] = after;
            }
            using (var hash = connection.CreateCommand())
            {
                hash.Transaction = transaction;
                hash.CommandText = """
                    INSERT OR REPLACE INTO block_hashes(number, hash) VALUES($n, $h);
                    DELETE FROM block_hashes WHERE number < $keep;
                    DELETE FROM position_undo WHERE block_number < $keep;
                    """;
                hash.Parameters.AddWithValue("$n", (long)toBlock);
                hash.Parameters.AddWithValue("$h", toBlockHash);
                hash.Parameters.AddWithValue("$keep", (long)keepHashesFrom);
                hash.ExecuteNonQuery();
            }
            database.Database.SetMeta("cursor", toBlock.ToString(CultureInfo.InvariantCulture), transaction);
            return 0;
        }, cancellationToken);
        lock (_sync)
        {
            foreach (var (key, state) in updated)
            {
                _positions[key] = state;
                Changed(key);
            }
        }
        Cursor = toBlock;
    }

    /// <summary>Undoes everything after block <paramref name="toBlock"/> (a reorg) and moves the cursor back to it.</summary>
    public async Task<int> RewindAsync(ulong toBlock, CancellationToken cancellationToken)
    {
        var restored = await database.Database.WriteAsync((connection, transaction) =>
        {
            var undo = new List<(PositionKey Key, PositionState? Before)>();
            using (var select = connection.CreateCommand())
            {
                select.Transaction = transaction;
                select.CommandText = "SELECT collateral_id, owner, existed, has_debt, closed, updated_block FROM position_undo WHERE block_number > $b ORDER BY id DESC";
                select.Parameters.AddWithValue("$b", (long)toBlock);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var key = new PositionKey((uint)reader.GetInt64(0), reader.GetString(1));
                    PositionState? before = reader.GetInt64(2) != 0
                        ? new PositionState(reader.GetInt64(3) != 0, reader.GetInt64(4) != 0, (ulong)reader.GetInt64(5))
                        : null;
                    undo.Add((key, before));
                }
            }
            // Walked newest first, so the last record kept per key is its oldest: the state before the reorged blocks.
            var final = new Dictionary<PositionKey, PositionState?>();
            foreach (var (key, before) in undo)
                final[key] = before;
            foreach (var (key, before) in final)
            {
                DeleteAmounts(connection, transaction, key);
                if (before is { } state)
                    Upsert(connection, transaction, key, state);
                else
                    Delete(connection, transaction, key);
            }
            using (var cleanup = connection.CreateCommand())
            {
                cleanup.Transaction = transaction;
                cleanup.CommandText = "DELETE FROM position_undo WHERE block_number > $b; DELETE FROM block_hashes WHERE number > $b;";
                cleanup.Parameters.AddWithValue("$b", (long)toBlock);
                cleanup.ExecuteNonQuery();
            }
            database.Database.SetMeta("cursor", toBlock.ToString(CultureInfo.InvariantCulture), transaction);
            return final;
        }, cancellationToken);
        lock (_sync)
        {
            foreach (var (key, before) in restored)
            {
                _amounts.Remove(key);
                if (before is { } state)
                    _positions[key] = state;
                else
                    _positions.Remove(key);
                Changed(key);
            }
        }
        Cursor = toBlock;
        return restored.Count;
    }

    /// <summary>Forgets the whole index (a reorg deeper than the kept hashes): the next sync starts at the deploy block.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await database.Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM positions; DELETE FROM position_amounts; DELETE FROM position_undo; DELETE FROM block_hashes; DELETE FROM meta WHERE key = 'cursor';";
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);
        lock (_sync)
        {
            _positions.Clear();
            _amounts.Clear();
            _watched = null;
            _changed.Clear();
        }
        Cursor = null;
    }

    private static void Upsert(SqliteConnection connection, SqliteTransaction transaction, PositionKey key, PositionState state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO positions(collateral_id, owner, has_debt, closed, updated_block) VALUES($c, $o, $d, $x, $b)
            ON CONFLICT(collateral_id, owner) DO UPDATE SET has_debt = excluded.has_debt, closed = excluded.closed, updated_block = excluded.updated_block
            """;
        command.Parameters.AddWithValue("$c", (long)key.CollateralId);
        command.Parameters.AddWithValue("$o", key.Owner);
        command.Parameters.AddWithValue("$d", state.HasDebt ? 1 : 0);
        command.Parameters.AddWithValue("$x", state.Closed ? 1 : 0);
        command.Parameters.AddWithValue("$b", (long)state.UpdatedBlock);
        command.ExecuteNonQuery();
    }

    private static void DeleteAmounts(SqliteConnection connection, SqliteTransaction transaction, PositionKey key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM position_amounts WHERE collateral_id = $c AND owner = $o";
        command.Parameters.AddWithValue("$c", (long)key.CollateralId);
        command.Parameters.AddWithValue("$o", key.Owner);
        command.ExecuteNonQuery();
    }

    private static void Delete(SqliteConnection connection, SqliteTransaction transaction, PositionKey key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM positions WHERE collateral_id = $c AND owner = $o";
        command.Parameters.AddWithValue("$c", (long)key.CollateralId);
        command.Parameters.AddWithValue("$o", key.Owner);
        command.ExecuteNonQuery();
    }

    private static void InsertUndo(SqliteConnection connection, SqliteTransaction transaction, ulong block, PositionKey key, PositionState? before)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO position_undo(block_number, collateral_id, owner, existed, has_debt, closed, updated_block)
            VALUES($blk, $c, $o, $e, $d, $x, $b)
            """;
        command.Parameters.AddWithValue("$blk", (long)block);
        command.Parameters.AddWithValue("$c", (long)key.CollateralId);
        command.Parameters.AddWithValue("$o", key.Owner);
        command.Parameters.AddWithValue("$e", before is null ? 0 : 1);
        command.Parameters.AddWithValue("$d", before?.HasDebt == true ? 1 : 0);
        command.Parameters.AddWithValue("$x", before?.Closed == true ? 1 : 0);
        command.Parameters.AddWithValue("$b", (long)(before?.UpdatedBlock ?? 0));
        command.ExecuteNonQuery();
    }
}
