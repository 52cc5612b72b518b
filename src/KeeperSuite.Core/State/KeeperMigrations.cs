using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.State;

/// <summary>
/// The state database's schema as numbered migrations, in the manner of NBXplorer's numbered SQL scripts: each
/// runs once, in order, in one transaction with the bump of <c>PRAGMA user_version</c> to its number, so a crash
/// mid-migration leaves the file at the last whole version. A schema change is a new script at the end; a script
/// that shipped is never edited.
/// </summary>
/// <remarks>
/// Databases written before numbered migrations have <c>user_version</c> 0 and the version-1 tables (their
/// <c>meta.schema_version</c> says "1"), some already with <c>position_amounts</c>, which issue 17 added in place:
/// scripts 1 and 2 therefore use IF NOT EXISTS, and such a file is brought to version 2 without touching its rows.
/// </remarks>
public static class KeeperMigrations
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } =
    [
        (1, "position index, cursor, block hashes, transactions", """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS block_hashes(number INTEGER PRIMARY KEY, hash TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS positions(
                collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
                has_debt INTEGER NOT NULL, closed INTEGER NOT NULL, updated_block INTEGER NOT NULL,
                PRIMARY KEY(collateral_id, owner));
            CREATE TABLE IF NOT EXISTS position_undo(
                id INTEGER PRIMARY KEY AUTOINCREMENT, block_number INTEGER NOT NULL,
                collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
                existed INTEGER NOT NULL, has_debt INTEGER NOT NULL, closed INTEGER NOT NULL, updated_block INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS position_undo_block ON position_undo(block_number);
            CREATE TABLE IF NOT EXISTS transactions(
                nonce INTEGER PRIMARY KEY, role TEXT NOT NULL, to_address TEXT NOT NULL, data TEXT NOT NULL,
                gas INTEGER NOT NULL, description TEXT NOT NULL, subject TEXT NOT NULL,
                status TEXT NOT NULL, first_block INTEGER NOT NULL, last_block INTEGER NOT NULL,
                mined_hash TEXT, mined_block INTEGER, succeeded INTEGER, created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS tx_attempts(
                hash TEXT PRIMARY KEY, nonce INTEGER NOT NULL REFERENCES transactions(nonce),
                raw TEXT NOT NULL, max_fee TEXT NOT NULL, priority_fee TEXT NOT NULL, sent_block INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS tx_attempts_nonce ON tx_attempts(nonce);
            """),
        // Issue 17: each position's collateral and scaled debt as last read from chain (uint128 as decimal text), for
        // the keeper's local health factors; stale when read_block < positions.updated_block.
        (2, "position_amounts for local health factors", """
            CREATE TABLE IF NOT EXISTS position_amounts(
                collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
                collateral TEXT NOT NULL, scaled_debt TEXT NOT NULL, read_block INTEGER NOT NULL,
                PRIMARY KEY(collateral_id, owner));
            """),
    ];

    /// <summary>The version a database has once every script ran.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>Runs the scripts above the file's <c>user_version</c>; returns the versions applied.</summary>
    /// <exception cref="InvalidDataException">The file was written by a newer keeper.</exception>
    public static IReadOnlyList<int> Apply(SqliteConnection connection, string path)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var current = UserVersion(connection);
        if (current > Latest)
            throw new InvalidDataException($"{path} has schema version {current}, written by a newer keeper; this keeper knows versions up to {Latest}");
        var applied = new List<int>();
        foreach (var (version, _, sql) in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // PRAGMA takes no parameters; the version is one of the integers above.
            command.CommandText = sql + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(version);
        }
        return applied;
    }

    public static int UserVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
