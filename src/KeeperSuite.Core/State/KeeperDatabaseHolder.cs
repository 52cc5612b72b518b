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

    public KeeperDatabase Open(string directory) => OpenOnce(() =>
    {
        Directory.CreateDirectory(directory);
        _lock ??= TakeLock(directory);
        return KeeperDatabase.Open(directory);
    }, $"cannot open the state database in '{directory}'", "choose another folder");

    /// <summary>
    /// A private copy of the state in <paramref name="directory"/> (left untouched, locked or not), in a temporary
    /// folder deleted with this holder: what the daemon indexed is reused, and what the reader indexes on top is dropped.
    /// </summary>
    public KeeperDatabase OpenCopy(string directory) => OpenOnce(() =>
    {
        _copyDirectory ??= Directory.CreateTempSubdirectory("keeper-state-copy-").FullName;
        return KeeperDatabase.OpenCopy(directory, _copyDirectory);
    }, $"cannot read the state database in '{directory}'", "point Keeper:StateDirectory at a readable one");

    /// <summary>Opens the process's one database; a file-system or SQLite failure is a refused setting, one line.</summary>
    private KeeperDatabase OpenOnce(Func<KeeperDatabase> open, string failure, string remedy)
    {
        if (_database is not null)
            return _database;
        try
        {
            return _database = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new Configuration.KeeperConfigurationException(
                $"Keeper:StateDirectory: {failure} ({e.Message}); fix the folder's permissions or {remedy}", e);
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
