using Microsoft.Extensions.Logging;

namespace KeeperSuite.Ethereum.Resilience;

/// <summary>Log messages of the resilience layer. Endpoints are logged as scheme://host:port only.</summary>
internal static partial class RpcLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "RPC attempt {Attempt} on {Endpoint} failed, retrying in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, string endpoint, int attempt, TimeSpan delay, string? reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "RPC circuit for {Endpoint} opened for {BreakDuration}: {Reason}")]
    public static partial void CircuitOpened(ILogger logger, string endpoint, TimeSpan breakDuration, string? reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "RPC circuit for {Endpoint} closed again")]
    public static partial void CircuitClosed(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "RPC {Method} failed on {Endpoint}, failing over to the next endpoint: {Reason}")]
    public static partial void FailingOver(ILogger logger, string method, string? endpoint, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "eth_sendRawTransaction of {TransactionHash} had an ambiguous failure (attempt {Attempt}): {Reason}")]
    public static partial void SubmissionAmbiguous(ILogger logger, string transactionHash, int attempt, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Transaction {TransactionHash} is known to the node after an ambiguous submission; not re-sending")]
    public static partial void SubmissionConfirmedByLookup(ILogger logger, string transactionHash);
}
