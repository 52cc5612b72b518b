using System.Text;
using System.Text.Json.Nodes;

namespace KeeperSuite.Testing.Fuzz;

/// <summary>Seeded mutations of valid inputs: byte-level (flip, cut, splice, insert a hostile token) and JSON-tree level.</summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "null", "-1", "0", "1e309", "18446744073709551616", "-9223372036854775809", "\"\"", "\"0x\"", "[]", "{}", "true",
        "\"0xZZ\"", "\"\\u0000\"", "\"0x0000000000000000000000000000000000000000\"", "[[[[[[[[", "\"" + new string('9', 400) + "\"",
        "NaN", "\"\\ud800\"", ",", ":", "\"", "}", "]",
    ];

    public Random Random { get; } = new(seed);

    public string Mutate(string input)
    {
        var text = input;
        var rounds = 1 + Random.Next(4);
        for (var i = 0; i < rounds; i++)
            text = Random.Next(3) == 0 ? MutateTree(text) : MutateBytes(text);
        return text;
    }

    private string MutateBytes(string text)
    {
        if (text.Length == 0)
            return Tokens[Random.Next(Tokens.Length)];
        var at = Random.Next(text.Length);
        return Random.Next(5) switch
        {
            0 => text[..at] + (char)Random.Next(32, 127) + text[(at + 1)..],
            1 => text[..at],
            2 => text[..at] + text[Math.Min(text.Length, at + 1 + Random.Next(20))..],
            3 => text[..at] + text[at..Math.Min(text.Length, at + Random.Next(40))] + text[at..],
            _ => text[..at] + Tokens[Random.Next(Tokens.Length)] + text[at..],
        };
    }

    private string MutateTree(string text)
    {
        try
        {
            return MutateParsedTree(text);
        }
        catch (ArgumentException)
        {
            // Duplicate keys: JsonNode refuses them when the object is first read. Keep mutating bytes.
            return MutateBytes(text);
        }
    }

    private string MutateParsedTree(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            // Not JSON any more (or duplicate keys, which JsonNode refuses): keep mutating bytes.
            return MutateBytes(text);
        }
        if (root is null)
            return text;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[Random.Next(nodes.Count)];
        var replacement = JsonNode.Parse(Tokens[Random.Next(8) switch { 0 => 0, 1 => 1, 2 => 3, 3 => 4, 4 => 7, 5 => 8, 6 => 9, _ => 13 }]);
        switch (target.Parent)
        {
            case JsonObject parent:
                var name = parent.First(p => ReferenceEquals(p.Value, target)).Key;
                if (Random.Next(3) == 0)
                    parent.Remove(name);
                else
                    parent[name] = replacement;
                break;
            case JsonArray array:
                var index = array.IndexOf(target);
                if (Random.Next(3) == 0)
                    array.RemoveAt(index);
                else
                    array[index] = replacement;
                break;
            default:
                return replacement?.ToJsonString() ?? "null";
        }
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        if (node is JsonObject o)
            foreach (var child in o.Select(p => p.Value).OfType<JsonNode>())
                Collect(child, into);
        else if (node is JsonArray a)
            foreach (var child in a.OfType<JsonNode>())
                Collect(child, into);
    }

    public string RandomHex(int maxBytes)
    {
        var sb = new StringBuilder("0x");
        var n = Random.Next(maxBytes + 1) * 2 + (Random.Next(10) == 0 ? 1 : 0);
        for (var i = 0; i < n; i++)
            sb.Append("0123456789abcdefABCDEFg"[Random.Next(Random.Next(20) == 0 ? 23 : 22)]);
        return sb.ToString();
    }
}
