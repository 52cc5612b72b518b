using System.Buffers;
using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Reads and writes the Ethereum JSON-RPC value encodings (quantities, data, hashes, addresses) strictly: anything
/// else raises a <see cref="FormatException"/> that names the offending field and value.
/// </summary>
internal static class EthJson
{
    private const int MaxQuantityDigits = 64; // uint256
    private const int HashBytes = 32;
    private const int AddressBytes = 20;
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsPrefixedHex(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && !text.AsSpan(2).ContainsAnyExcept(HexDigits);

    public static JsonElement Required(JsonElement obj, string field)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FormatException($"expected a JSON object holding '{field}', got {obj.ValueKind}");
        if (!obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new FormatException($"field '{field}' is missing or null");
        return value;
    }

    public static JsonElement? Optional(JsonElement obj, string field) =>
        obj.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static BigInteger Quantity(JsonElement value, string field)
    {
        var text = Text(value, field);
        if (text.Length > 2 + MaxQuantityDigits)
            throw Bad(field, text, "a quantity of at most 256 bits");
        try
        {
            return HexQuantity.Decode(text);
        }
        catch (FormatException)
        {
            throw Bad(field, text, "a 0x-prefixed hex quantity");
        }
    }

    public static ulong QuantityU64(JsonElement value, string field)
    {
        var quantity = Quantity(value, field);
        return quantity <= ulong.MaxValue ? (ulong)quantity : throw Bad(field, value.GetRawText(), "a quantity below 2^64");
    }

    public static BigInteger RequiredQuantity(JsonElement obj, string field) => Quantity(Required(obj, field), field);

    public static ulong RequiredQuantityU64(JsonElement obj, string field) => QuantityU64(Required(obj, field), field);

    public static string RequiredHash(JsonElement obj, string field) => Hash(Required(obj, field), field);

    public static Address RequiredAddress(JsonElement obj, string field) => ReadAddress(Required(obj, field), field);

    public static byte[] RequiredData(JsonElement obj, string field) => Data(Required(obj, field), field);

    public static BigInteger? OptionalQuantity(JsonElement obj, string field) =>
        Optional(obj, field) is { } value ? Quantity(value, field) : null;

    public static ulong? OptionalQuantityU64(JsonElement obj, string field) =>
        Optional(obj, field) is { } value ? QuantityU64(value, field) : null;

    public static byte[] Data(JsonElement value, string field)
    {
        var text = Text(value, field);
        if (!IsPrefixedHex(text) || text.Length % 2 != 0)
            throw Bad(field, text, "0x-prefixed hex data with an even number of digits");
        return Hex.Decode(text);
    }

    public static string Hash(JsonElement value, string field) => FixedHex(value, field, HashBytes, "a 32-byte hash");

    public static Address ReadAddress(JsonElement value, string field)
    {
        var text = Text(value, field);
        return text.Length == 2 + (2 * AddressBytes) && IsPrefixedHex(text) && Ethereum.Address.TryParse(text, out var address)
            ? address
            : throw Bad(field, text, "a 20-byte address");
    }

    public static string? OptionalHash(JsonElement obj, string field) =>
        Optional(obj, field) is { } value ? Hash(value, field) : null;

    public static Address? OptionalAddress(JsonElement obj, string field) =>
        Optional(obj, field) is { } value ? ReadAddress(value, field) : null;

    public static IReadOnlyList<T> Array<T>(JsonElement value, string field, Func<JsonElement, string, T> read)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw Bad(field, value.GetRawText(), "a JSON array");
        var list = new List<T>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
            list.Add(read(item, $"{field}[{index++}]"));
        return list;
    }

    private static string FixedHex(JsonElement value, string field, int bytes, string expected)
    {
        var text = Text(value, field);
        if (text.Length != 2 + (2 * bytes) || !IsPrefixedHex(text))
            throw Bad(field, text, expected);
        return text.ToLowerInvariant();
    }

    private static string Text(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Bad(field, value.GetRawText(), "a JSON string");

    private static FormatException Bad(string field, string actual, string expected)
    {
        var shown = actual.Length > 80 ? actual[..80] + "…" : actual;
        return new FormatException($"field '{field}' is {shown}, expected {expected}");
    }
}
