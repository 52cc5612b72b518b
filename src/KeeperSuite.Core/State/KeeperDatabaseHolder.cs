namespace KeeperSuite.Core.State;

/// <summary>
/// Owns the one <see cref="KeeperDatabase"/> of the process, opened by the start-up checks, and the exclusive lock
/// on its folder (<c>keeper.lock</c>): a second keeper on the same state — and so the same nonces — is refused
/// instead of racing the first. The lock is the operating system's (flock on Linux), so it goes with the process,
/// however that ends.
/// </summary>
public sealed class KeeperDatabaseHolder : IDisposable
{
    private const string LockFile = "keeper.lock";
    private KeeperDatabase? _database;
    private FileStream? _lock;

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
    }
}
