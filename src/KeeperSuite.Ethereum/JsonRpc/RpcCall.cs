using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>A typed JSON-RPC call: the request plus how to read its result. Send it alone or add it to a batch.</summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class RpcCall<T>
{
    private readonly Func<JsonElement, T> _read;

    /// <summary>Creates a call from a request and a reader that throws <see cref="FormatException"/> on a bad result.</summary>
    public RpcCall(RpcRequest request, Func<JsonElement, T> read)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(read);
        Request = request;
        _read = read;
    }

    /// <summary>The JSON-RPC request.</summary>
    public RpcRequest Request { get; }

    /// <summary>Reads the result; a result of the wrong shape becomes a <see cref="RpcTransportException"/> (malformed answer).</summary>
    public T ReadResult(JsonElement result, string? endpoint = null)
    {
        try
        {
            return _read(result);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or KeyNotFoundException)
        {
            throw new RpcTransportException(
                RpcTransportFailure.MalformedResponse,
                $"Malformed result of {Request.Method}{(endpoint is null ? "" : " from " + endpoint)}: {e.Message}.",
                Request.Method,
                endpoint,
                e);
        }
    }
}
