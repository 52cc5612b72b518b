using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.State;

/// <summary>
/// The keeper's SQLite database (<c>keeper.db</c> in <c>Keeper:StateDirectory</c>): position index, cursor,
/// recent block hashes, and every transaction the keeper signed. WAL with synchronous=FULL, so a commit
/// survives a SIGKILL; one connection, used by one caller at a time. Its schema comes from the numbered
/// <see cref="KeeperMigrations"/>, applied at open.
/// </summary>
public sealed class KeeperDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private KeeperDatabase(SqliteConnection connection) => _connection = connection;

    private const string FileName = "keeper.db";

    public string Path { get; private init; } = "";

    public static KeeperDatabase Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, FileName);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        var db = new KeeperDatabase(connection) { Path = path };
        try
        {
            db.Execute("""
                PRAGMA journal_mode=WAL;
                PRAGMA synchronous=FULL;
                PRAGMA foreign_keys=ON;
                """);
            KeeperMigrations.Apply(connection, path);
            // Kept for readers of the file (sqlite3 keeper.db "select * from meta"); PRAGMA user_version is authoritative.
            db.SetMeta("schema_version", KeeperMigrations.Latest.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>How long a copy waits for the source's lock (the daemon creating or migrating its database).</summary>
    private static readonly TimeSpan CopyBusyWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opens a private copy, in <paramref name="directory"/>, of the database in <paramref name="sourceDirectory"/> (an
    /// empty one when there is none). The source is only read, through SQLite's online backup: a consistent snapshot
    /// even while a daemon writes it, and nothing in its folder is created, locked or changed.
    /// </summary>
    public static KeeperDatabase OpenCopy(string sourceDirectory, string directory)
    {
        Directory.CreateDirectory(directory);
        var source = System.IO.Path.Combine(sourceDirectory, FileName);
        if (File.Exists(source))
        {
            using var from = Connect(source, SqliteOpenMode.ReadOnly);
            using var to = Connect(System.IO.Path.Combine(directory, FileName), SqliteOpenMode.ReadWriteCreate);
            // The backup takes the source's locks through SQLite's own busy handler, which Microsoft.Data.Sqlite leaves
            // unset (it retries its commands itself): without one, a copy started while the daemon holds its file for
            // a moment (creating it, a migration) fails at once with "database is locked".
            using (var wait = from.CreateCommand())
            {
                wait.CommandText = $"PRAGMA busy_timeout = {(int)CopyBusyWait.TotalMilliseconds}";
                wait.ExecuteNonQuery();
            }
            from.BackupDatabase(to);
        }
        return Open(directory);
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
