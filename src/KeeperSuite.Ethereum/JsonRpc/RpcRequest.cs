using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>One JSON-RPC call: a method and its positional parameters (the id is assigned when it is sent).</summary>
/// <param name="Method">The method name, e.g. "eth_call".</param>
/// <param name="Params">Positional parameters as JSON; may be empty.</param>
public sealed record RpcRequest(string Method, IReadOnlyList<JsonNode?> Params)
{
    /// <summary>A call without parameters.</summary>
    public RpcRequest(string method)
        : this(method, [])
    {
    }
}
