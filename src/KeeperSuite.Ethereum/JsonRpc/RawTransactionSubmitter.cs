using System.Text.Json;
using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Submits a signed transaction without blind retries. After an ambiguous failure (timeout, 5xx, dropped connection)
/// the transaction may have reached the node, so its hash is looked up first and it is re-sent only if unknown.
/// "already known" counts as success; "nonce too low" counts as success only when the node knows this very hash.
/// </summary>
internal sealed class RawTransactionSubmitter
{
    private static readonly string[] AlreadyKnownMarkers = ["already known", "known transaction", "alreadyknown", "already imported", "already_exists"];
    private static readonly string[] NonceTooLowMarkers = ["nonce too low", "oldnonce", "nonce is too low"];
    private const string Method = "eth_sendRawTransaction";

    private readonly IRpcTransport _transport;
    private readonly int _maxAttempts;
    private readonly TimeSpan _backoffBase;
    private readonly ILogger _logger;

    public RawTransactionSubmitter(IRpcTransport transport, RpcOptions options, ILogger logger)
    {
        _transport = transport;
        _maxAttempts = options.SendRawTransactionAttempts;
        _backoffBase = options.BackoffBase;
        _logger = logger;
    }

    public async Task<string> SubmitAsync(ReadOnlyMemory<byte> signedTransaction, CancellationToken cancellationToken)
    {
        if (signedTransaction.IsEmpty)
            throw new ArgumentException("The signed transaction is empty.", nameof(signedTransaction));
        var hash = TransactionHashOf(signedTransaction.Span);
        var request = new RpcRequest(Method, [Hex.Encode(signedTransaction.Span)]);

        for (var attempt = 1; ; attempt++)
        {
            JsonElement result;
            try
            {
                result = await _transport.SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcErrorException e) when (Matches(e, AlreadyKnownMarkers))
            {
                return hash;
            }
            catch (RpcErrorException e) when (Matches(e, NonceTooLowMarkers))
            {
                // The nonce is spent; it is a success only if it was spent by this very transaction.
                if (await IsKnownAsync(hash, attempt, cancellationToken).ConfigureAwait(false))
                    return hash;
                throw;
            }
            catch (RpcTransportException e)
            {
                RpcLog.SubmissionAmbiguous(_logger, hash, attempt, e.Message);
                if (await IsKnownAsync(hash, attempt, cancellationToken).ConfigureAwait(false))
                {
                    RpcLog.SubmissionConfirmedByLookup(_logger, hash);
                    return hash;
                }
                if (attempt >= _maxAttempts)
                    throw new RawTransactionSubmissionException(
                        hash, attempt, "every attempt failed and the node does not know the transaction; last failure: " + e.Message, e);
                await Task.Delay(_backoffBase * attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var returned = new RpcCall<string>(request, EthCalls.ReadHash).ReadResult(result);
            return string.Equals(returned, hash, StringComparison.OrdinalIgnoreCase)
                ? hash
                : throw new RpcTransportException(
                    RpcTransportFailure.MalformedResponse,
                    $"{Method}: the node returned hash {returned} for a transaction whose hash is {hash}.",
                    Method,
                    null);
        }
    }

    private async Task<bool> IsKnownAsync(string hash, int attempts, CancellationToken cancellationToken)
    {
        try
        {
            var lookup = EthCalls.GetTransactionByHash(hash);
            var result = await _transport.SendAsync(lookup.Request, cancellationToken).ConfigureAwait(false);
            return lookup.ReadResult(result) is not null;
        }
        catch (RpcException e)
        {
            throw new RawTransactionSubmissionException(
                hash, attempts, "after an ambiguous send, looking the hash up failed too, so the transaction's state is unknown: " + e.Message, e);
        }
    }

    private static bool Matches(RpcErrorException error, string[] markers) =>
        markers.Any(m => error.RpcMessage.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static string TransactionHashOf(ReadOnlySpan<byte> signedTransaction) => Hex.Encode(Keccak256.Hash(signedTransaction));
}
