using System.Text.Json;
using KeeperSuite.Devnet;
using Nethereum.Util;

namespace KeeperSuite.Keeper.Benchmarks;

/// <summary>Names a JSON-RPC request body for the reaction timeline: its methods, each eth_call by the ABI function its selector matches.</summary>
public static class RpcDescriber
{
    private static readonly Lazy<Dictionary<string, string>> Selectors = new(Load);

    public static string Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
            var names = items.Select(Name).GroupBy(n => n).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}");
            return string.Join(", ", names);
        }
        catch (JsonException)
        {
            return "?";
        }
    }

    private static string Name(JsonElement item)
    {
        var method = item.TryGetProperty("method", out var m) ? m.GetString() ?? "?" : "?";
        if (method is not ("eth_call" or "eth_estimateGas") || !item.TryGetProperty("params", out var p) || p.GetArrayLength() == 0)
            return method;
        var call = p[0];
        var data = call.TryGetProperty("data", out var d) ? d.GetString() : call.TryGetProperty("input", out var i) ? i.GetString() : null;
        return data is { Length: >= 10 } && Selectors.Value.TryGetValue(data[..10].ToLowerInvariant(), out var fn) ? $"{method}({fn})" : method;
    }

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>();
        var keccak = new Sha3Keccack();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryLocator.Root, "abi"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.GetProperty("type").GetString() != "function")
                    continue;
                var signature = entry.GetProperty("name").GetString() + "(" + string.Join(",", entry.GetProperty("inputs").EnumerateArray().Select(TypeOf)) + ")";
                map.TryAdd("0x" + keccak.CalculateHash(signature)[..8], Path.GetFileNameWithoutExtension(file) + "." + entry.GetProperty("name").GetString());
            }
        }
        return map;
    }

    private static string TypeOf(JsonElement input)
    {
        var type = input.GetProperty("type").GetString()!;
        return type.StartsWith("tuple", StringComparison.Ordinal)
            ? "(" + string.Join(",", input.GetProperty("components").EnumerateArray().Select(TypeOf)) + ")" + type[5..]
            : type;
    }
}
