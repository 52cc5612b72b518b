using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The "error" member of a JSON-RPC answer, kept whole.</summary>
/// <param name="Code">The JSON-RPC error code (e.g. -32000 or 3 for execution reverted).</param>
/// <param name="Message">The node's message.</param>
/// <param name="DataJson">The raw JSON of the "data" member, or null when the node sent none.</param>
public sealed record RpcError(long Code, string Message, string? DataJson)
{
    private const string NethermindRevertPrefix = "Reverted ";

    /// <summary>
    /// The revert data when the node returned it: either <c>data</c> is the hex itself (geth, Hardhat for some
    /// calls) or an object whose <c>data</c> member holds it (Hardhat); Nethermind prefixes it with "Reverted ".
    /// </summary>
    public string? RevertDataHex => DataJson is null ? null : FindRevertData(DataJson);

    private static string? FindRevertData(string dataJson)
    {
        try
        {
            using var document = JsonDocument.Parse(dataJson);
            var data = document.RootElement;
            if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("data", out var nested))
                data = nested;
            if (data.ValueKind != JsonValueKind.String)
                return null;
            var text = data.GetString()!;
            if (text.StartsWith(NethermindRevertPrefix, StringComparison.Ordinal))
                text = text[NethermindRevertPrefix.Length..];
            return IsHexData(text) ? text.ToLowerInvariant() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsHexData(string text) =>
        text.Length % 2 == 0 && EthJson.IsPrefixedHex(text);
}
