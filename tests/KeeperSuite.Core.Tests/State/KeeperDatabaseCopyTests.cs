using System.Globalization;
using KeeperSuite.Core.State;
using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.Tests.State;

/// <summary>
/// <c>status</c> copies the daemon's database while the daemon writes it: every copy must succeed and be one
/// consistent state (a transaction wholly in or wholly out), on real SQLite files on disk.
/// </summary>
public sealed class KeeperDatabaseCopyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("keeper-copy-").FullName;

    [Fact]
    public async Task Copies_taken_while_another_connection_writes_all_succeed_and_are_each_one_committed_state()
    {
        var source = Path.Combine(_root, "daemon");
        using var daemon = KeeperDatabase.Open(source);
        // Faster commits and a checkpoint every few pages: the WAL is checkpointed and restarted all the time.
        await daemon.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=OFF; PRAGMA wal_autocheckpoint=4;";
            return command.ExecuteNonQuery();
        }, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var committed = 0L;
        // As the daemon does: many small transactions, each adding a block hash and moving the cursor with it.
        var writer = Task.Run(async () =>
        {
            for (var block = 1L; !stop.IsCancellationRequested; block++)
            {
                await daemon.WriteAsync((connection, transaction) =>
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = "INSERT INTO block_hashes(number, hash) VALUES($n, $h)";
                    command.Parameters.AddWithValue("$n", block);
                    command.Parameters.AddWithValue("$h", "0x" + block.ToString("x64", CultureInfo.InvariantCulture));
                    command.ExecuteNonQuery();
                    daemon.SetMeta("cursor", block.ToString(CultureInfo.InvariantCulture), transaction);
                    return 0;
                }, CancellationToken.None);
                Interlocked.Exchange(ref committed, block);
            }
        });

        var copies = 0;
        while ((Interlocked.Read(ref committed) < 300 || copies < 20) && copies < 5_000)
        {
            using var copy = KeeperDatabase.OpenCopy(source, Path.Combine(_root, $"copy-{copies++}"));
            var cursor = long.Parse(copy.GetMeta("cursor") ?? "0", CultureInfo.InvariantCulture);
            Assert.Equal(cursor, await CountAsync(copy, "block_hashes"));
        }
        await stop.CancelAsync();
        await writer;
        Assert.True(Interlocked.Read(ref committed) >= 300, $"the writer made {committed} commits beside {copies} copies");
    }

    [Fact]
    public async Task A_copy_started_while_the_source_is_locked_waits_for_the_lock_instead_of_failing_busy()
    {
        // What status meets when it starts just as the daemon creates its database (journal mode, migrations): the
        // file exists but another connection holds it exclusively for a moment.
        var source = Path.Combine(_root, "starting");
        Directory.CreateDirectory(source);
        using var starting = new SqliteConnection($"Data Source={Path.Combine(source, "keeper.db")};Pooling=False");
        starting.Open();
        using (var create = starting.CreateCommand())
        {
            create.CommandText = "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); BEGIN EXCLUSIVE; INSERT INTO meta VALUES('cursor', '7');";
            create.ExecuteNonQuery();
        }
        var release = Task.Run(async () =>
        {
            await Task.Delay(500);
            using var commit = starting.CreateCommand();
            commit.CommandText = "COMMIT";
            commit.ExecuteNonQuery();
        });

        using var copy = KeeperDatabase.OpenCopy(source, Path.Combine(_root, "copy"));

        await release;
        Assert.Equal("7", copy.GetMeta("cursor"));
    }

    private static Task<long> CountAsync(KeeperDatabase database, string table) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }, CancellationToken.None);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
