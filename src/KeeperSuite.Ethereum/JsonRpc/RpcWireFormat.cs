using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Writes JSON-RPC 2.0 requests and checks answers against them (shape, ids, result xor error).</summary>
internal static class RpcWireFormat
{
    // EIP-1474 "limit exceeded": providers (e.g. Infura) answer rate limiting with HTTP 200 and this code.
    private const long LimitExceeded = -32005;

    public static byte[] WriteSingle(RpcRequest request, long id) =>
        JsonSerializer.SerializeToUtf8Bytes(ToNode(request, id), RpcJsonContext.Default.JsonNode);

    public static byte[] WriteBatch(IReadOnlyList<RpcRequest> requests, long firstId)
    {
        var array = new JsonArray();
        for (var i = 0; i < requests.Count; i++)
            array.Add(ToNode(requests[i], firstId + i));
        return JsonSerializer.SerializeToUtf8Bytes(array, RpcJsonContext.Default.JsonNode);
    }

    public static RpcResponse ReadSingle(JsonElement root, long expectedId, string method, string endpoint)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw Malformed($"expected a JSON object, got {Describe(root)}", method, endpoint);
        var (id, response) = ReadMember(root, method, endpoint);
        // A node that could not parse our request answers with id null and an error; that error is still the answer.
        if (id is null && response.Error is not null)
            return response;
        if (id != expectedId)
            throw Malformed($"answer id {Show(id)} does not match request id {expectedId}", method, endpoint);
        if (response.Error is { Code: LimitExceeded } limited)
            throw new RpcTransportException(
                RpcTransportFailure.RateLimited,
                $"{method}: {endpoint} is rate limiting (JSON-RPC error {limited.Code}: {limited.Message}).",
                method,
                endpoint,
                requestNotSent: true);
        return response;
    }

    public static IReadOnlyList<RpcResponse> ReadBatch(JsonElement root, long firstId, int count, string endpoint)
    {
        var method = $"batch of {count}";
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out _))
        {
            // Some nodes reject a whole batch (e.g. too large) with one error object instead of an array.
            var (_, whole) = ReadMember(root, method, endpoint);
            throw new RpcErrorException(whole.Error!, method, endpoint);
        }
        if (root.ValueKind != JsonValueKind.Array)
            throw new RpcBatchMismatchException(
                $"Batch answer from {endpoint} is not a JSON array but {Describe(root)}.", method, endpoint);

        var answers = new RpcResponse?[count];
        var unknown = new List<string>();
        var duplicates = new List<long>();
        foreach (var member in root.EnumerateArray())
        {
            if (member.ValueKind != JsonValueKind.Object)
                throw new RpcBatchMismatchException(
                    $"Batch answer from {endpoint} contains {Describe(member)} instead of a response object.", method, endpoint);
            var (id, response) = ReadMember(member, method, endpoint);
            if (id is not { } value || value < firstId || value >= firstId + count)
            {
                unknown.Add(Show(id));
                continue;
            }
            var index = (int)(value - firstId);
            if (answers[index] is not null)
                duplicates.Add(value);
            answers[index] = response;
        }

        var missing = Enumerable.Range(0, count).Where(i => answers[i] is null).Select(i => firstId + i).ToList();
        if (unknown.Count > 0 || duplicates.Count > 0 || missing.Count > 0)
            throw new RpcBatchMismatchException(
                $"Batch answer from {endpoint} does not match its {count} requests (ids {firstId}..{firstId + count - 1}):"
                    + Part(" missing ids", missing.Select(i => i.ToString(CultureInfo.InvariantCulture)))
                    + Part(" duplicate ids", duplicates.Select(i => i.ToString(CultureInfo.InvariantCulture)))
                    + Part(" unknown ids", unknown)
                    + ".",
                method,
                endpoint);
        return answers!;
    }

    private static string Part(string label, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "" : $"{label} [{string.Join(", ", list)}]";
    }

    private static JsonObject ToNode(RpcRequest request, long id)
    {
        var parameters = new JsonArray();
        foreach (var parameter in request.Params)
            parameters.Add(parameter?.DeepClone());
        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id,
            ["method"] = request.Method,
            ["params"] = parameters,
        };
    }

    private static (long? Id, RpcResponse Response) ReadMember(JsonElement member, string method, string endpoint)
    {
        long? id = null;
        if (member.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.Number when idElement.TryGetInt64(out var number) => number,
                JsonValueKind.String when long.TryParse(idElement.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                JsonValueKind.Null => null,
                _ => throw Malformed($"answer id is {Describe(idElement)}, expected a number", method, endpoint),
            };
        }

        var hasResult = member.TryGetProperty("result", out var result);
        var hasError = member.TryGetProperty("error", out var error);
        if (hasResult == hasError)
            throw Malformed(
                hasResult ? "answer has both \"result\" and \"error\"" : "answer has neither \"result\" nor \"error\"",
                method,
                endpoint);
        if (hasResult)
            return (id, new RpcResponse(result.Clone(), null, endpoint));
        return (id, new RpcResponse(default, ReadError(error, method, endpoint), endpoint));
    }

    public static RpcError ReadError(JsonElement error, string method, string endpoint)
    {
        if (error.ValueKind != JsonValueKind.Object)
            throw Malformed($"\"error\" is {Describe(error)}, expected an object", method, endpoint);
        if (!error.TryGetProperty("code", out var code) || !code.TryGetInt64(out var codeValue))
            throw Malformed("\"error.code\" is missing or not an integer", method, endpoint);
        var message = error.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : "(no message)";
        var data = error.TryGetProperty("data", out var dataElement) && dataElement.ValueKind != JsonValueKind.Null
            ? dataElement.GetRawText()
            : null;
        return new RpcError(codeValue, message, data);
    }

    private static RpcTransportException Malformed(string problem, string method, string endpoint) =>
        new(RpcTransportFailure.MalformedResponse, $"Malformed JSON-RPC answer to {method} from {endpoint}: {problem}.", method, endpoint);

    private static string Show(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Describe(JsonElement element)
    {
        var raw = element.GetRawText();
        return $"{element.ValueKind} {(raw.Length > 80 ? raw[..80] + "…" : raw)}";
    }
}
