namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Base of every failure the JSON-RPC client reports; says which method and endpoint were involved.</summary>
public abstract class RpcException : Exception
{
    /// <summary>Creates the exception with a message that already names method and endpoint.</summary>
    protected RpcException(string message, string? method, string? endpoint, Exception? innerException)
        : base(message, innerException)
    {
        Method = method;
        Endpoint = endpoint;
    }

    /// <summary>The JSON-RPC method (for a batch: "batch of N") that failed, when known.</summary>
    public string? Method { get; }

    /// <summary>The endpoint as scheme://host:port; path and query are left out because they often carry API keys.</summary>
    public string? Endpoint { get; }
}
