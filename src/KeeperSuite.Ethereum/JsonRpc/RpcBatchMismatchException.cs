namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>A batch answer does not pair one-to-one with the batch's requests (missing, duplicate or unknown ids).</summary>
public sealed class RpcBatchMismatchException : RpcTransportException
{
    /// <summary>Creates the exception with a message listing the offending ids.</summary>
    public RpcBatchMismatchException(string message, string? method, string? endpoint)
        : base(RpcTransportFailure.MalformedResponse, message, method, endpoint)
    {
    }
}
