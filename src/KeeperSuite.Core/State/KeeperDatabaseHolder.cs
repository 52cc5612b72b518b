namespace KeeperSuite.Core.State;

/// <summary>Owns the one <see cref="KeeperDatabase"/> of the process, opened by the start-up checks.</summary>
public sealed class KeeperDatabaseHolder : IDisposable
{
    private KeeperDatabase? _database;

    public KeeperDatabase Database => _database ?? throw new InvalidOperationException("The state database is not open yet.");

    public KeeperDatabase Open(string directory)
    {
        try
        {
            return _database ??= KeeperDatabase.Open(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new Configuration.KeeperConfigurationException(
                $"Keeper:StateDirectory: cannot open the state database in '{directory}' ({e.Message}); fix the folder's permissions or choose another folder", e);
        }
    }

    public void Dispose() => _database?.Dispose();
}
