namespace KeeperSuite.Devnet;

/// <summary>
/// Finds the repository checkout whose Hardhat project and deploy scripts a local chain runs: it needs
/// <c>hardhat.config.js</c>, <c>deploy-scripts/</c> and <c>node_modules/.bin/hardhat</c>.
/// </summary>
public static class RepositoryLocator
{
    private static readonly Lazy<string> DefaultRoot = new(() => Find());

    /// <summary>The checkout above the current folder or, failing that, above this program's binaries (found once).</summary>
    public static string Root => DefaultRoot.Value;

    /// <summary>The checkout at or above <paramref name="start"/>, the current folder, or this program's binaries, in that order.</summary>
    public static string Find(string? start = null)
    {
        foreach (var origin in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = origin is null ? null : new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "hardhat.config.js")) && Directory.Exists(Path.Combine(dir.FullName, "deploy-scripts")))
                    return dir.FullName;
            }
        }
        throw new DevnetException(
            "no KeeperSuite checkout (hardhat.config.js + deploy-scripts/) in the current folder or above; run from the repository");
    }

    /// <summary>The checkout's own Hardhat (<c>node_modules/.bin/hardhat</c>).</summary>
    public static string HardhatBinary(string root)
    {
        var hardhat = Path.Combine(root, "node_modules", ".bin", "hardhat");
        return File.Exists(hardhat)
            ? hardhat
            : throw new DevnetException($"{hardhat} is missing: run `npm ci` (or `npm run simulate`, which installs it) in {root}");
    }
}
