namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// The node answered with a JSON-RPC error (e.g. a revert, "nonce too low", invalid params). The node is healthy, so
/// this is never retried nor failed over.
/// </summary>
public sealed class RpcErrorException : RpcException
{
    /// <summary>Creates the exception for <paramref name="error"/> returned by <paramref name="endpoint"/>.</summary>
    public RpcErrorException(RpcError error, string? method, string? endpoint)
        : base(Describe(error, method, endpoint), method, endpoint, null)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The error as the node sent it.</summary>
    public RpcError Error { get; }

    /// <summary>The JSON-RPC error code.</summary>
    public long Code => Error.Code;

    /// <summary>The node's error message.</summary>
    public string RpcMessage => Error.Message;

    /// <summary>Revert data (selector + ABI-encoded arguments) as 0x-hex when the node returned it, else null.</summary>
    public string? RevertDataHex => Error.RevertDataHex;

    /// <summary>Revert data as bytes when the node returned it, else null.</summary>
    public byte[]? GetRevertData() => RevertDataHex is { } hex ? Hex.Decode(hex) : null;

    private static string Describe(RpcError error, string? method, string? endpoint)
    {
        ArgumentNullException.ThrowIfNull(error);
        var revert = error.RevertDataHex is { } hex ? $" (revert data {hex})" : "";
        return $"{method ?? "JSON-RPC call"} failed on {endpoint ?? "the node"} with JSON-RPC error {error.Code}: {error.Message}{revert}";
    }
}
