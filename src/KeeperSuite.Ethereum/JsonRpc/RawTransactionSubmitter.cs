using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client.RpcMessages;
using Nethereum.Util;
using Newtonsoft.Json.Linq;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Submits a signed transaction without blind retries. A failure that certainly never reached a node (refused
/// connection, open circuit, HTTP 401/403/429, JSON-RPC -32005) may go to the next endpoint or be sent again. After an
/// ambiguous failure (timeout, 5xx, dropped connection) the transaction may have reached the node, so its hash is looked
/// up first and it is re-sent only if unknown. "already known" counts as success; "nonce too low" counts as success only
/// when the node knows this very hash.
/// </summary>
internal sealed class RawTransactionSubmitter
{
    public const string Method = "eth_sendRawTransaction";

    private static readonly string[] AlreadyKnownMarkers = ["already known", "known transaction", "alreadyknown", "already imported", "already_exists"];
    private static readonly string[] NonceTooLowMarkers = ["nonce too low", "oldnonce", "nonce is too low"];

    private readonly FailoverRpcTransport _transport;
    private readonly int _maxAttempts;
    private readonly TimeSpan _backoffBase;
    private readonly TimeSpan _maxBackoff;
    private readonly ILogger _logger;

    public RawTransactionSubmitter(FailoverRpcTransport transport, RpcOptions options, ILogger logger)
    {
        _transport = transport;
        _maxAttempts = options.SendRawTransactionAttempts;
        _backoffBase = options.BackoffBase;
        _maxBackoff = options.MaxBackoff;
        _logger = logger;
    }

    /// <summary>
    /// Sends <paramref name="request"/> (eth_sendRawTransaction with the 0x-hex signed transaction) and returns the answer
    /// for it: the hash on success, or the node's JSON-RPC error when it rejected the transaction.
    /// </summary>
    public async Task<RpcResponseMessage> SubmitAsync(RpcRequestMessage request, CancellationToken cancellationToken)
    {
        var hash = TransactionHashOf(request);
        for (var attempt = 1; ; attempt++)
        {
            RpcResponseMessage response;
            try
            {
                response = await _transport.SendAsync(request, retry: false, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcTransportException e) when (e.RequestNotSent)
            {
                // No node saw it, so sending again cannot duplicate anything and no lookup is needed.
                if (attempt >= _maxAttempts)
                    throw new RawTransactionSubmissionException(
                        hash, attempt, "no endpoint accepted the transaction; it certainly reached no node: " + e.Message, e, certainlyNotSent: true);
                await Task.Delay(Backoff(attempt, e.RetryAfter), cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (RpcTransportException e)
            {
                RpcLog.SubmissionAmbiguous(_logger, hash, attempt, e.Message);
                if (await IsKnownAsync(hash, attempt, cancellationToken).ConfigureAwait(false))
                {
                    RpcLog.SubmissionConfirmedByLookup(_logger, hash);
                    return Success(request, hash);
                }
                if (attempt >= _maxAttempts)
                    throw new RawTransactionSubmissionException(
                        hash, attempt, "every attempt failed and the node does not know the transaction; last failure: " + e.Message, e);
                await Task.Delay(Backoff(attempt, e.RetryAfter), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response.Error is { } error)
            {
                if (Matches(error, AlreadyKnownMarkers))
                    return Success(request, hash);
                // The nonce is spent; it is a success only if it was spent by this very transaction.
                if (Matches(error, NonceTooLowMarkers) && await IsKnownAsync(hash, attempt, cancellationToken).ConfigureAwait(false))
                    return Success(request, hash);
                return response; // the node rejected it: ClientBase raises Nethereum's RpcResponseException
            }

            var returned = (response.Result as JToken)?.Type == JTokenType.String ? (string?)(JToken)response.Result : null;
            return string.Equals(returned, hash, StringComparison.OrdinalIgnoreCase)
                ? Success(request, hash)
                : throw new TransactionHashMismatchException(hash, returned, attempt);
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter) =>
        retryAfter is { } after
            ? TimeSpan.FromTicks(Math.Clamp(after.Ticks, 0, _maxBackoff.Ticks))
            : TimeSpan.FromTicks(Math.Min(_backoffBase.Ticks * attempt, _maxBackoff.Ticks));

    private async Task<bool> IsKnownAsync(string hash, int attempts, CancellationToken cancellationToken)
    {
        RpcResponseMessage response;
        try
        {
            var lookup = new RpcRequestMessage(1, "eth_getTransactionByHash", hash);
            response = await _transport.SendAsync(lookup, retry: true, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            throw new RawTransactionSubmissionException(
                hash, attempts, "after an ambiguous send, looking the hash up failed too, so the transaction's state is unknown: " + e.Message, e);
        }
        if (response.Error is { } error)
            throw new RawTransactionSubmissionException(
                hash, attempts, $"after an ambiguous send, the hash lookup was refused (JSON-RPC error {error.Code}: {error.Message})", null);
        return response.Result is JObject;
    }

    private static RpcResponseMessage Success(RpcRequestMessage request, string hash) => new(request.Id, new JValue(hash));

    private static bool Matches(RpcError error, string[] markers) =>
        markers.Any(m => error.Message?.Contains(m, StringComparison.OrdinalIgnoreCase) == true);

    private static string TransactionHashOf(RpcRequestMessage request)
    {
        if (request.RawParameters is not object[] { Length: 1 } parameters || parameters[0] is not string hex || !hex.IsHex()
            || hex.RemoveHexPrefix().Length is 0 || hex.RemoveHexPrefix().Length % 2 != 0)
            throw new ArgumentException("eth_sendRawTransaction takes exactly one parameter: the signed transaction as hex.", nameof(request));
        // The hash of a signed transaction (legacy or typed) is Keccak-256 of its raw bytes.
        return Sha3Keccack.Current.CalculateHash(hex.HexToByteArray()).ToHex(prefix: true);
    }
}
