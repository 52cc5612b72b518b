using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.State;

namespace KeeperSuite.Core.Tests.Scanning;

/// <summary>
/// The watched set the scan reads every block is patched with what changed, not rebuilt: after every random step
/// (events, amounts read or forgotten, reorg rewinds) on a real SQLite-backed index it must equal the set computed from
/// scratch from a model of the positions.
/// </summary>
public sealed class WatchedPositionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("keeper-watched-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 0, 1)]
    public async Task The_patched_watched_set_equals_one_built_from_scratch_after_every_change(int seed, int shardIndex, int shardCount)
    {
        var random = new Random(seed);
        var shard = new ShardSpec(shardIndex, shardCount);
        using var holder = new KeeperDatabaseHolder();
        holder.Open(_directory);
        var index = new PositionIndex(holder);
        await index.LoadAsync(CancellationToken.None);
        var owners = Enumerable.Range(0, 60).Select(i => $"0x{random.NextInt64():x16}{i:x24}").ToArray();
        var keys = owners.SelectMany(o => new[] { new PositionKey(1, o), new PositionKey(2, o), new PositionKey(3, o) }).ToArray();

        var states = new Dictionary<PositionKey, PositionState>();
        var amounts = new Dictionary<PositionKey, PositionAmounts>();
        var history = new List<(ulong Block, Dictionary<PositionKey, PositionState> States, HashSet<PositionKey> Touched)>();
        ulong block = 10;
        var patchedOnce = false;
        for (var step = 0; step < 300; step++)
        {
            var before = index.Watched(shard);
            var kind = random.Next(10);
            if (kind < 5)
            {
                // A block of events: a few positions, or (rarely) many at once (the index rebuilds instead of patching).
                block++;
                var count = random.Next(8) == 0 ? 100 : 1 + random.Next(4);
                var events = new List<PositionEvent>();
                for (var e = 0; e < count; e++)
                {
                    var key = keys[random.Next(keys.Length)];
                    var eventKind = (PositionEventKind)random.Next(4);
                    events.Add(new PositionEvent(block, (ulong)e, key, eventKind, random.Next(3) != 0));
                }
                await index.ApplyRangeAsync(events, block, "0x" + block.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), 0, CancellationToken.None);
                foreach (var e in events)
                    states[e.Key] = e.Apply(states.TryGetValue(e.Key, out var s) ? s : null);
                history.Add((block, new Dictionary<PositionKey, PositionState>(states), events.Select(e => e.Key).ToHashSet()));
            }
            else if (kind < 8)
            {
                var read = keys.Where(_ => random.Next(4) == 0).Select(k => (k, new PositionAmounts((UInt128)random.NextInt64(), (UInt128)random.NextInt64(), block))).ToList();
                await index.StoreAmountsAsync(read, CancellationToken.None);
                foreach (var (k, a) in read)
                    amounts[k] = a;
            }
            else if (kind < 9)
            {
                var key = keys[random.Next(keys.Length)];
                index.MarkStale(key);
                amounts.Remove(key);
            }
            else if (history.Count > 1)
            {
                // A reorg: back to an earlier block; positions touched after it lose their amounts.
                var to = history[random.Next(Math.Max(0, history.Count - 4), history.Count - 1)];
                await index.RewindAsync(to.Block, CancellationToken.None);
                foreach (var undone in history.Where(h => h.Block > to.Block).SelectMany(h => h.Touched))
                    amounts.Remove(undone);
                states = new Dictionary<PositionKey, PositionState>(to.States);
                history.RemoveAll(h => h.Block > to.Block);
                block = to.Block;
            }

            var watched = index.Watched(shard);
            patchedOnce |= watched != before && before.Count > 0 && watched.Count > 0;
            var expected = states.Where(p => p.Value.Watched && shard.Owns(p.Key.CollateralId, p.Key.Owner)).Select(p => p.Key)
                .Order(PositionKeyOrder.Instance).ToList();
            Assert.Equal(expected, watched.Keys);
            for (var i = 0; i < expected.Count; i++)
            {
                var key = expected[i];
                var fresh = amounts.TryGetValue(key, out var a) && a.ReadBlock >= states[key].UpdatedBlock;
                Assert.Equal(fresh ? new WatchedAmounts(a.Collateral, a.ScaledDebt, true) : default, watched.Amounts[i]);
                Assert.Equal(i, watched.IndexOf(key));
                Assert.Equal(fresh, index.TryGetAmounts(key, out var one));
                Assert.Equal(fresh ? a : default, one);
            }
            Assert.Equal(expected.Count(k => !(amounts.TryGetValue(k, out var a) && a.ReadBlock >= states[k].UpdatedBlock)), watched.StaleCount);
            Assert.Same(watched, index.Watched(shard)); // nothing changed since: the same set, no work
        }
        Assert.True(patchedOnce);
    }
}
