namespace KeeperSuite.Testing;

/// <summary>Locates the repository root (the folder holding KeeperSuite.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "KeeperSuite.sln";

    /// <summary>The repository root; throws with the searched path when it cannot be found.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFile} found in {AppContext.BaseDirectory} or any parent folder.");
    }
}
