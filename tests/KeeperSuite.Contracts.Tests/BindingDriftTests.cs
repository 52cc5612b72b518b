using System.Diagnostics;
using KeeperSuite.Contracts.Generator;

namespace KeeperSuite.Contracts.Tests;

/// <summary>The checked-in bindings must be exactly what the current contracts generate.</summary>
public sealed class BindingDriftTests
{
    private static readonly Lazy<BindingManifest> Manifest = new(() =>
    {
        var root = BindingManifest.FindRepositoryRoot(AppContext.BaseDirectory);
        CompileContracts(root);
        return BindingManifest.Load(root);
    });

    public static TheoryData<string> BoundContracts()
    {
        var data = new TheoryData<string>();
        foreach (var contract in BindingManifest.Load(BindingManifest.FindRepositoryRoot(AppContext.BaseDirectory)).Contracts)
            data.Add(contract.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(BoundContracts))]
    public void Checked_in_bindings_match_what_the_current_artifacts_generate(string contractName)
    {
        var manifest = Manifest.Value;
        var contract = manifest.Contracts.Single(c => c.Name == contractName);
        var path = manifest.OutputPath(contract);
        Assert.True(File.Exists(path), $"{path} is missing: run `dotnet run --project src/KeeperSuite.Contracts.Generator`.");
        var expected = manifest.Generate(contract);
        Assert.True(expected == File.ReadAllText(path),
            $"{Path.GetFileName(path)} is stale: the ABI of {contractName} changed. Run `dotnet run --project src/KeeperSuite.Contracts.Generator` and commit the result.");
    }

    [Fact]
    public void Every_generated_file_is_listed_in_the_manifest()
    {
        var manifest = Manifest.Value;
        var listed = manifest.Contracts.Select(c => c.Name + ".g.cs").ToHashSet();
        var onDisk = Directory.GetFiles(Path.Combine(manifest.RepositoryRoot, BindingManifest.OutputFolder), "*.g.cs").Select(f => Path.GetFileName(f));
        Assert.All(onDisk, file => Assert.Contains(file, listed));
    }

    // Compiling here (cached by Hardhat: seconds) makes "the current artifacts" mean the current sources.
    private static void CompileContracts(string root)
    {
        var start = new ProcessStartInfo("npx", "hardhat compile --quiet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `npx hardhat compile`.");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("`npx hardhat compile` did not finish within 3 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`npx hardhat compile` failed ({process.ExitCode}): {stderr.Result}");
    }
}
