using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>One JSON-RPC answer: either a result (which may be JSON null) or an error.</summary>
/// <param name="Result">The result; <see cref="JsonValueKind.Undefined"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">The error, or null on success.</param>
/// <param name="Endpoint">The endpoint that answered (scheme://host:port).</param>
public sealed record RpcResponse(JsonElement Result, RpcError? Error, string Endpoint)
{
    /// <summary>Returns the result, or throws <see cref="RpcErrorException"/> when the node answered with an error.</summary>
    public JsonElement GetResultOrThrow(string method) =>
        Error is null ? Result : throw new RpcErrorException(Error, method, Endpoint);
}
