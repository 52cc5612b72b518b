namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Why a JSON-RPC request got no usable answer.</summary>
public enum RpcTransportFailure
{
    /// <summary>No connection could be made, or it broke before an answer arrived.</summary>
    ConnectionFailed,

    /// <summary>The attempt took longer than <c>Rpc:AttemptTimeout</c>.</summary>
    Timeout,

    /// <summary>The endpoint answered with a non-success HTTP status.</summary>
    HttpStatus,

    /// <summary>The answer was not valid JSON-RPC (bad JSON, wrong shape, wrong id, bad field).</summary>
    MalformedResponse,

    /// <summary>The endpoint's circuit breaker is open after repeated failures; it was not called.</summary>
    CircuitOpen,

    /// <summary>The provider refused the request with JSON-RPC error -32005 "limit exceeded" (EIP-1474).</summary>
    RateLimited,
}
