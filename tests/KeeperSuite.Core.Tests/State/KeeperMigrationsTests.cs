using KeeperSuite.Core.State;
using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.Tests.State;

/// <summary>The state database's numbered migrations, on SQLite files on disk written with the schemas that shipped.</summary>
public sealed class KeeperMigrationsTests : IDisposable
{
    // The schema as KeeperDatabase.Open wrote it before issue 17 (meta.schema_version "1", no user_version).
    private const string VersionOneSchema = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE block_hashes(number INTEGER PRIMARY KEY, hash TEXT NOT NULL);
        CREATE TABLE positions(
            collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
            has_debt INTEGER NOT NULL, closed INTEGER NOT NULL, updated_block INTEGER NOT NULL,
            PRIMARY KEY(collateral_id, owner));
        CREATE TABLE position_undo(
            id INTEGER PRIMARY KEY AUTOINCREMENT, block_number INTEGER NOT NULL,
            collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
            existed INTEGER NOT NULL, has_debt INTEGER NOT NULL, closed INTEGER NOT NULL, updated_block INTEGER NOT NULL);
        CREATE INDEX position_undo_block ON position_undo(block_number);
        CREATE TABLE transactions(
            nonce INTEGER PRIMARY KEY, role TEXT NOT NULL, to_address TEXT NOT NULL, data TEXT NOT NULL,
            gas INTEGER NOT NULL, description TEXT NOT NULL, subject TEXT NOT NULL,
            status TEXT NOT NULL, first_block INTEGER NOT NULL, last_block INTEGER NOT NULL,
            mined_hash TEXT, mined_block INTEGER, succeeded INTEGER, created_at TEXT NOT NULL);
        CREATE TABLE tx_attempts(
            hash TEXT PRIMARY KEY, nonce INTEGER NOT NULL REFERENCES transactions(nonce),
            raw TEXT NOT NULL, max_fee TEXT NOT NULL, priority_fee TEXT NOT NULL, sent_block INTEGER NOT NULL);
        CREATE INDEX tx_attempts_nonce ON tx_attempts(nonce);
        INSERT INTO meta VALUES('schema_version', '1'), ('deployment', '31337:0xmarket'), ('cursor', '120');
        INSERT INTO block_hashes VALUES(119, '0xaa'), (120, '0xbb');
        INSERT INTO positions VALUES(1, '0xowner1', 1, 0, 100), (2, '0xowner2', 0, 1, 110);
        INSERT INTO position_undo(block_number, collateral_id, owner, existed, has_debt, closed, updated_block) VALUES(110, 2, '0xowner2', 1, 1, 0, 100);
        INSERT INTO transactions VALUES(0, 'liquidation', '0xmarket', '0xdead', 300000, 'liquidate 1:0xowner1', '', 'pending', 118, 120, NULL, NULL, NULL, '2026-12-01T00:00:00Z');
        INSERT INTO tx_attempts VALUES('0xhash', 0, '0x02f8signed', '2000000000', '1000000000', 118);
        """;

    // Issue 17 added this table in place, still calling the schema version 1.
    private const string PositionAmountsInPlace = """
        CREATE TABLE position_amounts(
            collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
            collateral TEXT NOT NULL, scaled_debt TEXT NOT NULL, read_block INTEGER NOT NULL,
            PRIMARY KEY(collateral_id, owner));
        INSERT INTO position_amounts VALUES(1, '0xowner1', '5000000000000000000', '1200000000', 100);
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("keeper-migrations-").FullName;

    private string DatabasePath => Path.Combine(_directory, "keeper.db");

    private void Write(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<long> CountAsync(KeeperDatabase db, string table) =>
        await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }, CancellationToken.None);

    private static async Task<int> VersionAsync(KeeperDatabase db) =>
        await db.ReadAsync(KeeperMigrations.UserVersion, CancellationToken.None);

    [Fact]
    public async Task A_version_one_database_is_migrated_to_the_latest_version_with_every_row_kept()
    {
        Write(VersionOneSchema);

        using (var db = KeeperDatabase.Open(_directory))
        {
            Assert.Equal(KeeperMigrations.Latest, await VersionAsync(db));
            Assert.Equal(2, KeeperMigrations.Latest);
            Assert.Equal("2", db.GetMeta("schema_version"));
            Assert.Equal("31337:0xmarket", db.GetMeta("deployment"));
            Assert.Equal("120", db.GetMeta("cursor"));
            Assert.Equal(2, await CountAsync(db, "block_hashes"));
            Assert.Equal(2, await CountAsync(db, "positions"));
            Assert.Equal(1, await CountAsync(db, "position_undo"));
            Assert.Equal(1, await CountAsync(db, "transactions"));
            Assert.Equal(1, await CountAsync(db, "tx_attempts"));
            Assert.Equal(0, await CountAsync(db, "position_amounts"));
            var raw = await db.ReadAsync(c =>
            {
                using var command = c.CreateCommand();
                command.CommandText = "SELECT raw FROM tx_attempts WHERE nonce = 0";
                return (string)command.ExecuteScalar()!;
            }, CancellationToken.None);
            Assert.Equal("0x02f8signed", raw);
            Assert.Equal("ok", db.IntegrityCheck());
        }

        // Opened again: nothing left to apply, nothing changed.
        using var again = KeeperDatabase.Open(_directory);
        Assert.Equal(KeeperMigrations.Latest, await VersionAsync(again));
        Assert.Equal(2, await CountAsync(again, "positions"));
        Assert.Empty(await again.ReadAsync(c => KeeperMigrations.Apply(c, DatabasePath), CancellationToken.None));
    }

    [Fact]
    public async Task A_version_one_database_that_already_has_position_amounts_keeps_them()
    {
        Write(VersionOneSchema + PositionAmountsInPlace);

        using var db = KeeperDatabase.Open(_directory);
        Assert.Equal(2, await VersionAsync(db));
        Assert.Equal(1, await CountAsync(db, "position_amounts"));
        Assert.Equal(1, await CountAsync(db, "transactions"));
    }

    [Fact]
    public async Task A_new_database_gets_every_migration_in_order()
    {
        using var db = KeeperDatabase.Open(_directory);
        Assert.Equal(KeeperMigrations.Latest, await VersionAsync(db));
        Assert.Equal(KeeperMigrations.All.Select(m => m.Version), Enumerable.Range(1, KeeperMigrations.All.Count));
        Assert.Equal(0, await CountAsync(db, "position_amounts"));
    }

    [Fact]
    public void A_database_from_a_newer_keeper_is_refused_and_left_as_it_is()
    {
        Write(VersionOneSchema + "PRAGMA user_version = 99;");

        var refused = Assert.Throws<InvalidDataException>(() => KeeperDatabase.Open(_directory));
        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        Assert.Equal(99, KeeperMigrations.UserVersion(connection));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
