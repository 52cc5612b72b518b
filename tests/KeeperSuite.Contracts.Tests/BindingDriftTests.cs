namespace KeeperSuite.Contracts.Tests;

/// <summary>The checked-in bindings must be exactly what nethereum-codegen makes from the committed abi/*.json.</summary>
public sealed class BindingDriftTests
{
    [Fact]
    public async Task Checked_in_bindings_match_what_the_generator_makes_from_the_current_abi()
    {
        var (exitCode, output) = await NodeScript.RunAsync("src/KeeperSuite.Contracts/generate-bindings.js", "--check");

        Assert.True(exitCode == 0, $"Bindings drifted from abi/*.json; run `npm run bindings` and commit.\n{output}");
        Assert.Contains("bindings current", output);
    }
}
