namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// A signed transaction could not be confirmed as submitted: every send attempt failed ambiguously and the node does not
/// know its hash, or the hash lookup itself failed. The transaction may still appear later, so its nonce must not be
/// reused for a different transaction without first checking <see cref="TransactionHash"/>.
/// </summary>
public sealed class RawTransactionSubmissionException : RpcException
{
    /// <summary>Creates the exception for <paramref name="transactionHash"/>.</summary>
    public RawTransactionSubmissionException(string transactionHash, int attempts, string reason, Exception? innerException)
        : base(
            $"eth_sendRawTransaction of {transactionHash} is unconfirmed after {attempts} attempt(s): {reason}",
            "eth_sendRawTransaction",
            (innerException as RpcException)?.Endpoint,
            innerException)
    {
        TransactionHash = transactionHash;
        Attempts = attempts;
    }

    /// <summary>Keccak-256 hash of the signed transaction.</summary>
    public string TransactionHash { get; }

    /// <summary>How many times the transaction was sent.</summary>
    public int Attempts { get; }
}
