using System.Text.Json;

namespace KeeperSuite.Contracts.Generator;

/// <summary>One contract to bind: its C# name and its Hardhat artifact, relative to the repository root.</summary>
/// <param name="Name">Contract (and generated class) name.</param>
/// <param name="Artifact">Path of the Hardhat artifact JSON, relative to the repository root.</param>
public sealed record BoundContract(string Name, string Artifact);

/// <summary>
/// The list of contracts to bind (src/KeeperSuite.Contracts/bindings.json) and where their generated files go.
/// </summary>
public sealed class BindingManifest
{
    /// <summary>The manifest path relative to the repository root.</summary>
    public const string RelativePath = "src/KeeperSuite.Contracts/bindings.json";

    /// <summary>The folder, relative to the repository root, that holds the generated sources.</summary>
    public const string OutputFolder = "src/KeeperSuite.Contracts/Generated";

    private static readonly JsonSerializerOptions ManifestJson = new() { PropertyNameCaseInsensitive = true };

    private BindingManifest(string repositoryRoot, IReadOnlyList<BoundContract> contracts)
    {
        RepositoryRoot = repositoryRoot;
        Contracts = contracts;
    }

    /// <summary>Absolute path of the repository root.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The contracts to bind, in manifest order.</summary>
    public IReadOnlyList<BoundContract> Contracts { get; }

    /// <summary>Reads the manifest of the repository at <paramref name="repositoryRoot"/>.</summary>
    /// <exception cref="FileNotFoundException">No manifest.</exception>
    /// <exception cref="FormatException">The manifest is not a JSON array of {name, artifact}.</exception>
    public static BindingManifest Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, RelativePath);
        var contracts = JsonSerializer.Deserialize<List<BoundContract>>(File.ReadAllText(path), ManifestJson)
            ?? throw new FormatException($"{RelativePath} must be a JSON array of {{ \"name\", \"artifact\" }}.");
        if (contracts.Any(c => string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Artifact)))
            throw new FormatException($"Every entry of {RelativePath} needs a \"name\" and an \"artifact\".");
        return new BindingManifest(repositoryRoot, contracts);
    }

    /// <summary>Walks up from <paramref name="start"/> to the folder holding KeeperSuite.sln.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder above <paramref name="start"/>.</exception>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KeeperSuite.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No KeeperSuite.sln above {start}.");
    }

    /// <summary>Absolute path of the generated file for <paramref name="contract"/>.</summary>
    public string OutputPath(BoundContract contract) => Path.Combine(RepositoryRoot, OutputFolder, contract.Name + ".g.cs");

    /// <summary>Generates the bindings of <paramref name="contract"/> from its current artifact.</summary>
    /// <exception cref="FileNotFoundException">The artifact is missing (run `npx hardhat compile`).</exception>
    public string Generate(BoundContract contract)
    {
        var artifactPath = Path.Combine(RepositoryRoot, contract.Artifact);
        if (!File.Exists(artifactPath))
            throw new FileNotFoundException($"Artifact {contract.Artifact} is missing: run `npx hardhat compile` first.", artifactPath);
        using var artifact = JsonDocument.Parse(File.ReadAllText(artifactPath));
        var abi = artifact.RootElement.GetProperty("abi").GetRawText();
        return BindingGenerator.Generate(contract.Name, abi, contract.Artifact);
    }
}
