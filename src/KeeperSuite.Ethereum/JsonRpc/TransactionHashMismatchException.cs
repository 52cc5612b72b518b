namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// The node accepted eth_sendRawTransaction but answered a hash other than Keccak-256 of the bytes sent: a faulty or
/// tampering endpoint. What it did with the transaction is unknown, so, as for every
/// <see cref="RawTransactionSubmissionException"/>, check <see cref="RawTransactionSubmissionException.TransactionHash"/>
/// before reusing its nonce.
/// </summary>
public sealed class TransactionHashMismatchException : RawTransactionSubmissionException
{
    /// <summary>Creates the exception for the hash we computed and the one the node returned.</summary>
    public TransactionHashMismatchException(string transactionHash, string? returnedHash, int attempts)
        : base(transactionHash, attempts, $"the node returned hash {returnedHash ?? "(not a string)"} for a transaction whose hash is {transactionHash}", null)
    {
        ReturnedHash = returnedHash;
    }

    /// <summary>What the node answered instead of <see cref="RawTransactionSubmissionException.TransactionHash"/>.</summary>
    public string? ReturnedHash { get; }
}
