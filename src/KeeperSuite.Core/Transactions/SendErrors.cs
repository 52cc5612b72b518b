using KeeperSuite.Ethereum.JsonRpc;
using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Core.Transactions;

/// <summary>What a failed <c>eth_sendRawTransaction</c> means for the nonce.</summary>
public enum SendFailure
{
    /// <summary>The node has it already: as good as sent.</summary>
    AlreadyKnown,
    /// <summary>The nonce is used: resync and look for a receipt.</summary>
    NonceTooLow,
    /// <summary>A replacement did not raise the fees enough.</summary>
    Underpriced,
    /// <summary>The node refused it outright (funds, gas, fee cap below base fee...): it never entered a mempool.</summary>
    Refused,
    /// <summary>No clear answer (timeouts, dropped connections): it may have been sent.</summary>
    Ambiguous,
}

public static class SendErrors
{
    public static SendFailure Classify(Exception exception)
    {
        var rpc = exception as RpcResponseException ?? exception.InnerException as RpcResponseException;
        if (rpc is null)
        {
            // The client knows when no attempt reached any node (refused connection, open circuit, 429...): the nonce
            // is still free and must be reused, or every later transaction waits behind a gap until a fee bump.
            var notSent = exception is RawTransactionSubmissionException { CertainlyNotSent: true }
                or RpcTransportException { RequestNotSent: true };
            return notSent ? SendFailure.Refused : SendFailure.Ambiguous;
        }
        var message = (rpc.RpcError?.Message ?? rpc.Message).ToLowerInvariant();
        if (message.Contains("already known", StringComparison.Ordinal) || message.Contains("already imported", StringComparison.Ordinal))
            return SendFailure.AlreadyKnown;
        if (message.Contains("nonce too low", StringComparison.Ordinal) || message.Contains("nonce has already been used", StringComparison.Ordinal)
            || message.Contains("is lower than the current nonce", StringComparison.Ordinal))
            return SendFailure.NonceTooLow;
        if (message.Contains("underpriced", StringComparison.Ordinal))
            return SendFailure.Underpriced;
        return SendFailure.Refused;
    }
}
