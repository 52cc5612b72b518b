using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Sends JSON-RPC requests to the configured node(s).</summary>
public interface IRpcTransport
{
    /// <summary>
    /// Sends one idempotent request with the full resilience pipeline (timeout, retry, circuit breaker, failover)
    /// and returns its result, which may be JSON null.
    /// </summary>
    /// <exception cref="RpcErrorException">The node answered with a JSON-RPC error.</exception>
    /// <exception cref="RpcTransportException">No endpoint gave a usable answer.</exception>
    Task<JsonElement> SendAsync(RpcRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a request at most once: no retry, and failover only past endpoints the request certainly never reached
    /// (open circuit, refused connection). For non-idempotent calls such as eth_sendRawTransaction.
    /// </summary>
    Task<JsonElement> SendOnceAsync(RpcRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Sends idempotent requests as one JSON-RPC batch (one HTTP POST) with the full resilience pipeline; the answers
    /// come back in request order, each either a result or its own error.
    /// </summary>
    /// <exception cref="RpcBatchMismatchException">The answer did not pair one-to-one with the requests.</exception>
    Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken);
}
