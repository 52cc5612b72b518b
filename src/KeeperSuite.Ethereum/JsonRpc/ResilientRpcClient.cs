using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Nethereum <see cref="IClient"/> over the endpoints of <see cref="RpcOptions"/> with Polly v8 resilience: per-endpoint
/// attempt timeout, retry with jitter (honouring Retry-After), circuit breaker and ordered failover. Hand it to
/// <c>new Web3(account, client)</c> and every Nethereum service and generated contract service uses it.
/// </summary>
/// <remarks>
/// <para>JSON-RPC errors (reverts, nonce errors) come from a healthy node: never retried, never counted by a breaker, and
/// raised by Nethereum as <see cref="RpcResponseException"/> with <c>error.data</c> intact, so contract calls surface
/// custom errors as <c>SmartContractCustomErrorRevertException</c>.</para>
/// <para><c>eth_sendRawTransaction</c> is never retried blindly (see <see cref="SendRawTransactionAsync"/>).</para>
/// <para>Failures to get any usable answer are <see cref="RpcTransportException"/>s (when every endpoint failed,
/// <see cref="RpcEndpointsExhaustedException"/> listing each).</para>
/// </remarks>
public sealed class ResilientRpcClient : ClientBase
{
    private readonly FailoverRpcTransport _transport;
    private readonly RawTransactionSubmitter _submitter;

    /// <summary>Creates the client for the endpoints in <paramref name="options"/> (validated by <see cref="RpcOptionsValidator"/>).</summary>
    public ResilientRpcClient(
        IHttpClientFactory httpClientFactory,
        IOptions<RpcOptions> options,
        ILogger<ResilientRpcClient>? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        var log = logger ?? (ILogger)NullLogger.Instance;
        _transport = new FailoverRpcTransport(httpClientFactory, options.Value, log, timeProvider ?? TimeProvider.System);
        _submitter = new RawTransactionSubmitter(_transport, options.Value, log);
    }

    /// <summary>
    /// Sends one request (Nethereum's entry point; no cancellation). <paramref name="route"/> must be null: endpoints come
    /// from <c>Rpc:Endpoints</c>.
    /// </summary>
    public override Task<RpcResponseMessage> SendAsync(RpcRequestMessage rpcRequestMessage, string? route = null)
    {
        RejectRoute(route);
        return SendAsync(rpcRequestMessage, CancellationToken.None);
    }

    /// <summary>
    /// Sends one request and returns its answer; a JSON-RPC error is returned in <see cref="RpcResponseMessage.Error"/>,
    /// not thrown. <c>eth_sendRawTransaction</c> goes through <see cref="SendRawTransactionAsync"/>'s rules.
    /// </summary>
    /// <exception cref="RpcTransportException">No endpoint gave a usable answer.</exception>
    /// <exception cref="RawTransactionSubmissionException">A send whose outcome could not be established.</exception>
    public Task<RpcResponseMessage> SendAsync(RpcRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == RawTransactionSubmitter.Method
            ? _submitter.SubmitAsync(request, cancellationToken)
            : _transport.SendAsync(request, retry: true, cancellationToken);
    }

    /// <summary>
    /// eth_sendRawTransaction without blind retries: only a request that certainly reached no node may go to the next
    /// endpoint or be sent again; after an ambiguous failure the hash (Keccak-256 of the raw bytes) is looked up and the
    /// transaction re-sent only when the node does not know it; "already known", and "nonce too low" for this very
    /// hash, count as success. Returns the transaction hash.
    /// </summary>
    /// <exception cref="RpcResponseException">The node rejected the transaction (e.g. a different transaction holds the nonce).</exception>
    /// <exception cref="RawTransactionSubmissionException">Whether the transaction reached the node could not be established.</exception>
    /// <exception cref="TransactionHashMismatchException">The node answered a different hash.</exception>
    public async Task<string> SendRawTransactionAsync(string signedTransactionHex, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signedTransactionHex);
        var request = new RpcRequestMessage(1, RawTransactionSubmitter.Method, signedTransactionHex);
        var response = await _submitter.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        HandleRpcError(response, request.Method);
        return response.GetResult<string>();
    }

    /// <summary>
    /// Sends idempotent requests as one JSON-RPC batch (one HTTP POST) with the full resilience pipeline. Answers are
    /// paired with requests by id in any order and returned in request order, each a result or its own error.
    /// </summary>
    /// <exception cref="RpcBatchMismatchException">(inside <see cref="RpcEndpointsExhaustedException"/>) the answer did not pair one-to-one.</exception>
    public Task<RpcResponseMessage[]> SendBatchAsync(IReadOnlyList<RpcRequestMessage> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        // A batch is retried and failed over as a whole, which a transaction submission must never be.
        if (requests.Any(r => r.Method == RawTransactionSubmitter.Method))
            throw new ArgumentException("eth_sendRawTransaction cannot be batched: send it with SendRawTransactionAsync.", nameof(requests));
        return _transport.SendBatchAsync(requests, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<RpcResponseMessage[]> SendAsync(RpcRequestMessage[] requests) => SendBatchAsync(requests, CancellationToken.None);

    /// <summary>Nethereum's batch API (no cancellation); see <see cref="SendBatchRequestAsync(RpcRequestResponseBatch, CancellationToken)"/>.</summary>
    public override Task<RpcRequestResponseBatch> SendBatchRequestAsync(RpcRequestResponseBatch rpcRequestResponseBatch) =>
        SendBatchRequestAsync(rpcRequestResponseBatch, CancellationToken.None);

    /// <summary>
    /// Sends a Nethereum batch and fills each item's response. Items are paired by position (our wire ids are unique),
    /// so callers may reuse ids. Per-item JSON-RPC errors stay on their items; unless
    /// <see cref="RpcRequestResponseBatch.AcceptPartiallySuccessful"/>, any of them raises Nethereum's
    /// <see cref="RpcResponseBatchException"/> as Nethereum's own clients do.
    /// </summary>
    public async Task<RpcRequestResponseBatch> SendBatchRequestAsync(RpcRequestResponseBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var responses = await SendBatchAsync(batch.GetRpcRequests(), cancellationToken).ConfigureAwait(false);
        var errors = new List<Nethereum.JsonRpc.Client.RpcError>();
        for (var i = 0; i < responses.Length; i++)
        {
            var item = batch.BatchItems[i];
            DecodeItem(item, responses[i]);
            if (responses[i].Error is { } error)
                errors.Add(new Nethereum.JsonRpc.Client.RpcError(error.Code, $"{error.Message}: {item.RpcRequestMessage.Method}", error.Data));
        }
        if (errors.Count > 0 && !batch.AcceptPartiallySuccessful)
            throw new RpcResponseBatchException([.. errors]);
        return batch;
    }

    /// <summary>
    /// Converts a result to <typeparamref name="T"/> as Nethereum does; a result that does not convert (an object where a
    /// quantity belongs, hex garbage, a number beyond its type) is a malformed answer, raised as
    /// <see cref="RpcResultFormatException"/> — an <see cref="RpcTransportException"/> like every other unusable answer —
    /// instead of whichever JSON or conversion exception Nethereum's converters happen to throw.
    /// </summary>
    public override T DecodeResult<T>(RpcResponseMessage rpcResponseMessage)
    {
        try
        {
            var result = base.DecodeResult<T>(rpcResponseMessage);
            HexQuantityCheck.Check(typeof(T), result);
            return result;
        }
        catch (Exception e) when (RpcResultFormatException.IsConversionFailure(e))
        {
            throw new RpcResultFormatException(typeof(T), e);
        }
    }

    /// <summary>Endpoint names (scheme://host:port, never the path or key) in failover order.</summary>
    public IReadOnlyList<string> EndpointNames => _transport.EndpointNames;

    /// <summary>
    /// Asks every endpoint the same idempotent question (one attempt each, no failover), e.g. eth_blockNumber to find
    /// one whose head stopped moving; an endpoint that failed answers null.
    /// </summary>
    public Task<IReadOnlyList<(string Endpoint, RpcResponseMessage? Answer)>> SendToEachEndpointAsync(RpcRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == RawTransactionSubmitter.Method)
            throw new ArgumentException("eth_sendRawTransaction is never sent to every endpoint.", nameof(request));
        return _transport.SendToEachAsync(request, cancellationToken);
    }

    /// <summary>
    /// Tries <paramref name="endpointName"/> after every other endpoint for <paramref name="duration"/> — for an endpoint
    /// that answers but is behind (stale head), which no circuit breaker sees.
    /// </summary>
    public void DemoteEndpoint(string endpointName, TimeSpan duration) => _transport.Demote(endpointName, duration);

    /// <summary>
    /// Fills one batch item; a result that does not convert becomes that item's error (JSON-RPC -32700, parse error), so
    /// one garbled answer does not throw away the rest of the batch.
    /// </summary>
    private static void DecodeItem(IRpcRequestResponseBatchItem item, RpcResponseMessage response)
    {
        try
        {
            item.DecodeResponse(response);
            if (!item.HasError && item.GetType().GetProperty("Response") is { } result)
                HexQuantityCheck.Check(result.PropertyType, result.GetValue(item));
        }
        catch (Exception e) when (RpcResultFormatException.IsConversionFailure(e))
        {
            item.DecodeResponse(new RpcResponseMessage(response.Id, new Nethereum.JsonRpc.Client.RpcMessages.RpcError
            {
                Code = RpcResultFormatException.ParseErrorCode,
                Message = $"malformed result ({e.GetType().Name}: {e.Message.Split('\n')[0]})",
            }));
        }
    }

    private static void RejectRoute(string? route)
    {
        if (!string.IsNullOrEmpty(route))
            throw new ArgumentException("ResilientRpcClient sends to Rpc:Endpoints only; a route is not supported.", nameof(route));
    }
}
