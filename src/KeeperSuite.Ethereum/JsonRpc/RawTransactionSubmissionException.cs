namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// A signed transaction could not be confirmed as submitted: every send attempt failed and the node does not know its
/// hash, or the hash lookup itself failed, or (<see cref="TransactionHashMismatchException"/>) the node answered a
/// different hash. Unless <see cref="CertainlyNotSent"/>, the transaction may still appear later, so its nonce must not
/// be reused for a different transaction without first checking <see cref="TransactionHash"/>.
/// </summary>
public class RawTransactionSubmissionException : RpcException
{
    /// <summary>Creates the exception for <paramref name="transactionHash"/>.</summary>
    public RawTransactionSubmissionException(
        string transactionHash, int attempts, string reason, Exception? innerException, bool certainlyNotSent = false)
        : base(
            $"eth_sendRawTransaction of {transactionHash} is unconfirmed after {attempts} attempt(s): {reason}",
            "eth_sendRawTransaction",
            (innerException as RpcException)?.Endpoint,
            innerException)
    {
        TransactionHash = transactionHash;
        Attempts = attempts;
        CertainlyNotSent = certainlyNotSent;
    }

    /// <summary>Keccak-256 hash of the signed transaction (0x-hex), computed from its raw bytes.</summary>
    public string TransactionHash { get; }

    /// <summary>How many times the transaction was sent.</summary>
    public int Attempts { get; }

    /// <summary>
    /// True when no attempt reached a node (every endpoint refused before forwarding: connection refused, open circuit,
    /// HTTP 401/403/429, JSON-RPC -32005): the nonce is still free.
    /// </summary>
    public bool CertainlyNotSent { get; }
}
