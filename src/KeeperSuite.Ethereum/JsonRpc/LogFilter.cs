using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The filter of eth_getLogs.</summary>
public sealed record LogFilter
{
    /// <summary>First block of the range (inclusive); default "latest".</summary>
    public BlockParameter? FromBlock { get; init; }

    /// <summary>Last block of the range (inclusive); default "latest".</summary>
    public BlockParameter? ToBlock { get; init; }

    /// <summary>Emitting contract addresses (any of them); empty means any address.</summary>
    public IReadOnlyList<Address> Addresses { get; init; } = [];

    /// <summary>
    /// Topic filter by position: null matches anything at that position; a list matches any of its topics (OR).
    /// Position 0 is the event signature hash.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>?> Topics { get; init; } = [];

    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        if (FromBlock is { } from)
            json["fromBlock"] = from.ToString();
        if (ToBlock is { } to)
            json["toBlock"] = to.ToString();
        if (Addresses.Count == 1)
            json["address"] = Addresses[0].ToLowerHex();
        else if (Addresses.Count > 1)
            json["address"] = new JsonArray(Addresses.Select(a => (JsonNode?)JsonValue.Create(a.ToLowerHex())).ToArray());
        if (Topics.Count > 0)
        {
            var topics = new JsonArray();
            foreach (var position in Topics)
            {
                topics.Add(position switch
                {
                    null => null,
                    [var single] => JsonValue.Create(single),
                    _ => new JsonArray(position.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                });
            }
            json["topics"] = topics;
        }
        return json;
    }
}
