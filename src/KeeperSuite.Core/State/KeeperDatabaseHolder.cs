namespace KeeperSuite.Core.State;

/// <summary>
/// Owns the one <see cref="KeeperDatabase"/> of the process, opened by the start-up checks, and the exclusive lock
/// on its folder (<c>keeper.lock</c>): a second keeper on the same state — and so the same nonces — is refused
/// instead of racing the first. The lock is the operating system's (flock on Linux), so it goes with the process,
/// however that ends. A reader (<c>status</c>) works on a private copy instead (<see cref="OpenCopy"/>), so it runs
/// beside the daemon and never writes the daemon's folder.
/// </summary>
public sealed class KeeperDatabaseHolder : IDisposable
{
    private const string LockFile = "keeper.lock";
    private KeeperDatabase? _database;
    private FileStream? _lock;
    private string? _copyDirectory;

    public KeeperDatabase Database => _database ?? throw new InvalidOperationException("The state database is not open yet.");

    public KeeperDatabase Open(string directory)
    {
        if (_database is not null)
            return _database;
        try
        {
            Directory.CreateDirectory(directory);
            _lock ??= TakeLock(directory);
            return _database = KeeperDatabase.Open(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new Configuration.KeeperConfigurationException(
                $"Keeper:StateDirectory: cannot open the state database in '{directory}' ({e.Message}); fix the folder's permissions or choose another folder", e);
        }
    }

    /// <summary>
    /// A private copy of the state in <paramref name="directory"/> (left untouched, locked or not), in a temporary
    /// folder deleted with this holder: what the daemon indexed is reused, and what the reader indexes on top is dropped.
    /// </summary>
    public KeeperDatabase OpenCopy(string directory)
    {
        if (_database is not null)
            return _database;
        try
        {
            _copyDirectory ??= Directory.CreateTempSubdirectory("keeper-state-copy-").FullName;
            return _database = KeeperDatabase.OpenCopy(directory, _copyDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new Configuration.KeeperConfigurationException(
                $"Keeper:StateDirectory: cannot read the state database in '{directory}' ({e.Message}); fix the folder's permissions or point Keeper:StateDirectory at a readable one", e);
        }
    }

    private static FileStream TakeLock(string directory)
    {
        var path = Path.Combine(directory, LockFile);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new Configuration.KeeperConfigurationException(
                $"Keeper:StateDirectory: '{directory}' is in use by another keeper (it holds {path}); stop that keeper, or give this one its own folder", e);
        }
    }

    public void Dispose()
    {
        _database?.Dispose();
        _lock?.Dispose();
        if (_copyDirectory is not null && Directory.Exists(_copyDirectory))
            Directory.Delete(_copyDirectory, recursive: true);
    }
}
