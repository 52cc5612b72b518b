using System.Globalization;
using System.Text;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using MessageError = Nethereum.JsonRpc.Client.RpcMessages.RpcError;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Writes Nethereum's request messages with our own wire ids and checks answers against them (shape, ids, result xor
/// error). Our ids make pairing exact even when callers reuse ids (Nethereum's request builders often use id 1).
/// </summary>
internal static class RpcWireFormat
{
    // EIP-1474 "limit exceeded": providers (e.g. Infura) answer rate limiting with HTTP 200 and this code.
    private const int LimitExceeded = -32005;

    // Nethereum's own settings, so its parameter DTOs (CallInput, HexBigInteger, BlockParameter) serialize as it intends.
    private static readonly JsonSerializerSettings Settings = DefaultJsonSerializerSettingsFactory.BuildDefaultJsonSerializerSettings();

    public static byte[] WriteSingle(RpcRequestMessage request, long id) =>
        Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(OnWire(request, id), Settings));

    public static byte[] WriteBatch(IReadOnlyList<RpcRequestMessage> requests, long firstId) =>
        Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(requests.Select((r, i) => OnWire(r, firstId + i)).ToArray(), Settings));

    /// <summary>Parses a body; dates stay strings (Newtonsoft would otherwise turn ISO-looking text into DateTime).</summary>
    public static JToken Parse(byte[] body)
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body), Encoding.UTF8))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var token = JToken.ReadFrom(reader);
        if (reader.Read())
            throw new JsonReaderException($"unexpected {reader.TokenType} after the JSON value");
        return token;
    }

    public static RpcResponseMessage ReadSingle(JToken root, long expectedId, RpcRequestMessage request, string endpoint)
    {
        var method = request.Method;
        if (root is not JObject member)
            throw Malformed($"expected a JSON object, got {Describe(root)}", method, endpoint);
        var (id, result, error) = ReadMember(member, method, endpoint);
        // A node that could not parse our request answers with id null and an error; that error is still the answer.
        if (id is null && error is not null)
            return new RpcResponseMessage(request.Id, error);
        if (id != expectedId)
            throw Malformed($"answer id {Show(id)} does not match request id {expectedId}", method, endpoint);
        if (error is { Code: LimitExceeded })
            throw RateLimited(error, method, endpoint);
        return error is not null ? new RpcResponseMessage(request.Id, error) : new RpcResponseMessage(request.Id, result);
    }

    public static RpcResponseMessage[] ReadBatch(JToken root, long firstId, IReadOnlyList<RpcRequestMessage> requests, string endpoint)
    {
        var count = requests.Count;
        var method = $"batch of {count}";
        if (root is JObject whole && whole.ContainsKey("error"))
        {
            // Some nodes reject a whole batch (e.g. too large) with one error object: the node speaking, not a fault.
            var (_, _, error) = ReadMember(whole, method, endpoint);
            throw new RpcResponseException(new Nethereum.JsonRpc.Client.RpcError(error!.Code, $"{error.Message}: {method} on {endpoint}", error.Data));
        }
        if (root is not JArray array)
            throw new RpcBatchMismatchException($"Batch answer from {endpoint} is not a JSON array but {Describe(root)}.", method, endpoint);

        var answers = new RpcResponseMessage?[count];
        var unknown = new List<string>();
        var duplicates = new List<long>();
        foreach (var item in array)
        {
            if (item is not JObject member)
                throw new RpcBatchMismatchException(
                    $"Batch answer from {endpoint} contains {Describe(item)} instead of a response object.", method, endpoint);
            var (id, result, error) = ReadMember(member, method, endpoint);
            if (id is not { } value || value < firstId || value >= firstId + count)
            {
                unknown.Add(Show(id));
                continue;
            }
            var index = (int)(value - firstId);
            if (answers[index] is not null)
                duplicates.Add(value);
            var callerId = requests[index].Id;
            answers[index] = error is not null ? new RpcResponseMessage(callerId, error) : new RpcResponseMessage(callerId, result);
        }

        var missing = Enumerable.Range(0, count).Where(i => answers[i] is null).Select(i => firstId + i).ToList();
        if (unknown.Count > 0 || duplicates.Count > 0 || missing.Count > 0)
            throw new RpcBatchMismatchException(
                $"Batch answer from {endpoint} does not match its {count} requests (ids {firstId}..{firstId + count - 1}):"
                    + Part(" missing ids", missing.Select(Show))
                    + Part(" duplicate ids", duplicates.Select(Show))
                    + Part(" unknown ids", unknown)
                    + ".",
                method,
                endpoint);
        return answers!;
    }

    /// <summary>The JSON-RPC error in a non-2xx body, if the body is one (gateways answer 401/403/429 this way).</summary>
    public static MessageError? TryReadError(byte[] body)
    {
        try
        {
            return Parse(body) is JObject root && root["error"] is JObject error
                && error["code"] is JValue { Type: JTokenType.Integer } code
                ? new MessageError { Code = (int)(long)code, Message = (string?)error["message"] ?? "(no message)", Data = error["data"] }
                : null;
        }
        catch (Exception e) when (e is JsonException or OverflowException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    private static RpcRequestMessage OnWire(RpcRequestMessage request, long id) =>
        new() { Id = id, JsonRpcVersion = "2.0", Method = request.Method, RawParameters = request.RawParameters ?? Array.Empty<object>() };

    private static (long? Id, JToken? Result, MessageError? Error) ReadMember(JObject member, string method, string endpoint)
    {
        long? id = member["id"] switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue { Type: JTokenType.Integer } number when number.Value is long or int => Convert.ToInt64(number.Value, CultureInfo.InvariantCulture),
            JValue { Type: JTokenType.String } idText when long.TryParse((string?)idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            var other => throw Malformed($"answer id is {Describe(other)}, expected a number", method, endpoint),
        };

        var hasResult = member.TryGetValue("result", out var result);
        var hasError = member.TryGetValue("error", out var error);
        if (hasResult == hasError)
            throw Malformed(
                hasResult ? "answer has both \"result\" and \"error\"" : "answer has neither \"result\" nor \"error\"", method, endpoint);
        if (hasResult)
            // JSON null becomes C# null, as Nethereum's own RpcClient delivers it (GetResult then yields default).
            return (id, result!.Type == JTokenType.Null ? null : result, null);
        if (error is not JObject errorObject)
            throw Malformed($"\"error\" is {Describe(error!)}, expected an object", method, endpoint);
        if (errorObject["code"] is not JValue { Type: JTokenType.Integer } code || code.Value is not (long or int)
            || Convert.ToInt64(code.Value, CultureInfo.InvariantCulture) is < int.MinValue or > int.MaxValue)
            throw Malformed("\"error.code\" is missing or not a 32-bit integer", method, endpoint);
        var message = errorObject["message"] is JValue { Type: JTokenType.String } text ? (string)text! : "(no message)";
        // "data" is kept as the node sent it (hex string or Hardhat's { message, data } object): Nethereum reads revert
        // data from it (RpcError.GetDataAsString) to raise SmartContractCustomErrorRevertException.
        var data = errorObject["data"] is { Type: not JTokenType.Null } d ? d : null;
        return (id, null, new MessageError { Code = Convert.ToInt32(code.Value, CultureInfo.InvariantCulture), Message = message, Data = data });
    }

    private static RpcTransportException RateLimited(MessageError error, string method, string endpoint) =>
        new(
            RpcTransportFailure.RateLimited,
            $"{method}: {endpoint} is rate limiting (JSON-RPC error {error.Code}: {error.Message}).",
            method,
            endpoint,
            requestNotSent: true);

    private static RpcTransportException Malformed(string problem, string method, string endpoint) =>
        new(RpcTransportFailure.MalformedResponse, $"Malformed JSON-RPC answer to {method} from {endpoint}: {problem}.", method, endpoint);

    private static string Part(string label, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "" : $"{label} [{string.Join(", ", list)}]";
    }

    private static string Show(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Show(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Describe(JToken token)
    {
        var raw = token.ToString(Formatting.None);
        return $"{token.Type} {(raw.Length > 80 ? raw[..80] + "…" : raw)}";
    }
}
