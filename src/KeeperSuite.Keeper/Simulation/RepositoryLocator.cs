namespace KeeperSuite.Keeper.Simulation;

/// <summary>
/// Finds the repository checkout whose Hardhat project and deploy scripts the simulation uses: the embedded chain
/// runs the real contracts, so it needs <c>hardhat.config.js</c> and <c>node_modules/.bin/hardhat</c>.
/// </summary>
public static class RepositoryLocator
{
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
        throw new SimulationException(
            "no KeeperSuite checkout (hardhat.config.js + deploy-scripts/) in the current folder or above; run simulate from the repository");
    }

    public static string HardhatBinary(string root)
    {
        var hardhat = Path.Combine(root, "node_modules", ".bin", "hardhat");
        return File.Exists(hardhat)
            ? hardhat
            : throw new SimulationException($"{hardhat} is missing: run `npm ci` (or `npm run simulate`, which installs it) in {root}");
    }
}

/// <summary>A simulation could not be set up or run; the message is one line for the console.</summary>
public sealed class SimulationException(string message, Exception? inner = null) : Exception(message, inner);
