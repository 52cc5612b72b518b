using KeeperSuite.Contracts.Generator;

// Regenerates src/KeeperSuite.Contracts/Generated/*.g.cs from the Hardhat artifacts listed in
// src/KeeperSuite.Contracts/bindings.json. `--check` writes nothing and exits 1 when a file is stale.
var check = args.Contains("--check");
try
{
    var manifest = BindingManifest.Load(BindingManifest.FindRepositoryRoot(Environment.CurrentDirectory));
    Directory.CreateDirectory(Path.Combine(manifest.RepositoryRoot, BindingManifest.OutputFolder));
    var stale = 0;
    foreach (var contract in manifest.Contracts)
    {
        var source = manifest.Generate(contract);
        var path = manifest.OutputPath(contract);
        var current = File.Exists(path) ? File.ReadAllText(path) : null;
        if (current == source)
            continue;
        stale++;
        if (check)
        {
            Console.Error.WriteLine($"stale: {Path.GetRelativePath(manifest.RepositoryRoot, path)}");
            continue;
        }
        File.WriteAllText(path, source);
        Console.WriteLine($"wrote {Path.GetRelativePath(manifest.RepositoryRoot, path)}");
    }
    Console.WriteLine($"{manifest.Contracts.Count} contracts, {stale} {(check ? "stale" : "regenerated")}");
    return check && stale > 0 ? 1 : 0;
}
catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
