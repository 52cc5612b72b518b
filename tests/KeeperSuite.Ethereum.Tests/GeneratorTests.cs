using System.ComponentModel;
using System.Diagnostics;

namespace KeeperSuite.Ethereum.Tests;

/// <summary>The committed vectors must be exactly what the generator produces from ethers today.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public async Task Committed_vectors_equal_a_fresh_run_of_the_generator()
    {
        var output = Directory.CreateTempSubdirectory("keepersuite-vectors-").FullName;
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Vectors.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine("tests", "vectors", "generate-vectors.js"));
            start.ArgumentList.Add(output);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                // Deliberately a failure, not a skip: CI has node, and without it the vectors are unchecked.
                throw new InvalidOperationException("`node` is not on PATH: cannot re-run tests/vectors/generate-vectors.js to check the committed vectors.", e);
            }
            using (process)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.StandardOutput.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token);
                Assert.True(process.ExitCode == 0, $"generator failed ({process.ExitCode}): {await stderr}");
            }

            var committed = Directory.GetFiles(Vectors.Directory, "*.json").Select(Path.GetFileName).Order().ToArray();
            var fresh = Directory.GetFiles(output, "*.json").Select(Path.GetFileName).Order().ToArray();
            Assert.Equal(committed, fresh);
            foreach (var name in committed)
            {
                Assert.True(
                    File.ReadAllText(Path.Combine(Vectors.Directory, name!)) == File.ReadAllText(Path.Combine(output, name!)),
                    $"tests/vectors/{name} is stale: run `node tests/vectors/generate-vectors.js` and commit the result.");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
