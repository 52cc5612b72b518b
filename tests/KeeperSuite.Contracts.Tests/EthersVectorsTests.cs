using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Contracts.Tests;

/// <summary>The committed ethers vectors must be exactly what tests/vectors/generate-vectors.js produces today.</summary>
public sealed class EthersVectorsTests
{
    [Fact]
    public async Task Committed_vectors_equal_a_fresh_run_of_the_generator()
    {
        var output = Directory.CreateTempSubdirectory("keepersuite-vectors-").FullName;
        try
        {
            var (exitCode, log) = await NodeScript.RunAsync(Path.Combine("tests", "vectors", "generate-vectors.js"), output);
            Assert.True(exitCode == 0, log);

            var committed = Path.Combine(RepositoryLocator.Root, "tests", "vectors");
            var fresh = Directory.GetFiles(output, "*.json").Select(Path.GetFileName).Order().ToList();
            Assert.Equal(Directory.GetFiles(committed, "*.json").Select(Path.GetFileName).Order(), fresh);
            foreach (var file in fresh)
                Assert.True(
                    File.ReadAllText(Path.Combine(committed, file!)) == File.ReadAllText(Path.Combine(output, file!)),
                    $"tests/vectors/{file} is stale: run `node tests/vectors/generate-vectors.js` and commit it.");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
