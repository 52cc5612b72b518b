using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.State;

/// <summary>
/// The keeper's SQLite database (<c>keeper.db</c> in <c>Keeper:StateDirectory</c>): position index, cursor,
/// recent block hashes, and every transaction the keeper signed. WAL with synchronous=FULL, so a commit
/// survives a SIGKILL; one connection, used by one caller at a time.
/// </summary>
public sealed class KeeperDatabase : IDisposable
{
    private const int SchemaVersion = 1;
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private KeeperDatabase(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    public static KeeperDatabase Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, "keeper.db");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        var db = new KeeperDatabase(connection) { Path = path };
        // position_amounts (issue 17, additive): each position's collateral and scaled debt as last read from chain
        // (uint128 as decimal text) for the keeper's local health factors; stale when read_block < positions.updated_block.
        db.Execute("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            PRAGMA foreign_keys=ON;
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
            CREATE TABLE IF NOT EXISTS position_amounts(
                collateral_id INTEGER NOT NULL, owner TEXT NOT NULL,
                collateral TEXT NOT NULL, scaled_debt TEXT NOT NULL, read_block INTEGER NOT NULL,
                PRIMARY KEY(collateral_id, owner));
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
            """);
        var version = db.GetMeta("schema_version");
        if (version is null)
            db.SetMeta("schema_version", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        else if (version != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidDataException($"{path} has schema version {version}; this keeper reads version {SchemaVersion}");
        return db;
    }

    /// <summary>Runs <paramref name="work"/> alone against the connection, inside one transaction.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(_connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a read alone against the connection.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return work(_connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    public string? GetMeta(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public void SetMeta(string key, string value, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    /// <summary><c>PRAGMA integrity_check</c>: "ok" for a sound file.</summary>
    public string IntegrityCheck()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string ?? "";
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
