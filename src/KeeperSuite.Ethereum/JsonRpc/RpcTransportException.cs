using System.Net;
using Nethereum.JsonRpc.Client.RpcMessages;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>A JSON-RPC request got no usable answer: connection failure, timeout, HTTP error or a malformed answer.</summary>
public class RpcTransportException : RpcException
{
    /// <summary>Creates the exception; <paramref name="message"/> should say what went wrong and where.</summary>
    public RpcTransportException(
        RpcTransportFailure failure,
        string message,
        string? method,
        string? endpoint,
        Exception? innerException = null,
        HttpStatusCode? statusCode = null,
        TimeSpan? retryAfter = null,
        bool requestNotSent = false,
        RpcError? nodeError = null)
        : base(message, method, endpoint, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        RequestNotSent = requestNotSent;
        NodeError = nodeError;
    }

    /// <summary>What kind of failure this is.</summary>
    public RpcTransportFailure Failure { get; }

    /// <summary>The HTTP status when the endpoint answered with one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The delay the endpoint asked for with a Retry-After header, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// True when the request certainly never reached a node: no connection, an open circuit, JSON-RPC -32005, or an
    /// HTTP 401/403/407/429 refusal. Only such a failure lets eth_sendRawTransaction go elsewhere without a hash check.
    /// </summary>
    public bool RequestNotSent { get; }

    /// <summary>The JSON-RPC error in the body of a non-2xx answer (e.g. a gateway's "invalid API key"), if any.</summary>
    public RpcError? NodeError { get; }

    /// <summary>
    /// True for failures that may pass on their own: connection failures, timeouts, rate limits, HTTP 408, 429 and 5xx.
    /// A malformed answer or another 4xx is not retried on the same endpoint (it would repeat) but still fails over.
    /// </summary>
    public bool IsRetryable => Failure switch
    {
        RpcTransportFailure.ConnectionFailed or RpcTransportFailure.Timeout or RpcTransportFailure.RateLimited => true,
        RpcTransportFailure.HttpStatus => StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int?)StatusCode >= 500,
        _ => false,
    };
}
