using System.Numerics;
using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Typed access to the eth_* JSON-RPC methods the keeper needs. Reads go through the resilient transport (retry,
/// failover); transaction submission never retries blindly (see <see cref="SendRawTransactionAsync"/>).
/// </summary>
public sealed class EthJsonRpcClient
{
    private readonly IRpcTransport _transport;
    private readonly RawTransactionSubmitter _submitter;

    /// <summary>Creates the client over <paramref name="transport"/>.</summary>
    public EthJsonRpcClient(IRpcTransport transport, IOptions<RpcOptions> options, ILogger<EthJsonRpcClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        _transport = transport;
        _submitter = new RawTransactionSubmitter(transport, options.Value, logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>Sends any typed call (see <see cref="EthCalls"/>) and reads its result.</summary>
    public async Task<T> SendAsync<T>(RpcCall<T> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await _transport.SendAsync(call.Request, cancellationToken).ConfigureAwait(false);
        return call.ReadResult(result);
    }

    /// <summary>Starts a batch: add calls, then <see cref="EthRpcBatch.ExecuteAsync"/> sends them in one request.</summary>
    public EthRpcBatch CreateBatch() => new(_transport);

    /// <summary>eth_chainId.</summary>
    public Task<ulong> ChainIdAsync(CancellationToken cancellationToken) => SendAsync(EthCalls.ChainId(), cancellationToken);

    /// <summary>eth_blockNumber.</summary>
    public Task<ulong> BlockNumberAsync(CancellationToken cancellationToken) => SendAsync(EthCalls.BlockNumber(), cancellationToken);

    /// <summary>eth_getBlockByNumber (header and transaction hashes); null when the block does not exist.</summary>
    public Task<BlockHeader?> GetBlockByNumberAsync(BlockParameter block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetBlockByNumber(block), cancellationToken);

    /// <summary>eth_call; a revert surfaces as <see cref="RpcErrorException"/> with <see cref="RpcErrorException.RevertDataHex"/>.</summary>
    public Task<byte[]> CallAsync(CallRequest call, BlockParameter? block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.Call(call, block), cancellationToken);

    /// <summary>eth_estimateGas; a revert surfaces as <see cref="RpcErrorException"/> with its revert data.</summary>
    public Task<BigInteger> EstimateGasAsync(CallRequest call, BlockParameter? block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.EstimateGas(call, block), cancellationToken);

    /// <summary>eth_feeHistory.</summary>
    public Task<FeeHistory> FeeHistoryAsync(
        int blockCount, BlockParameter newestBlock, IReadOnlyList<double> rewardPercentiles, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.FeeHistory(blockCount, newestBlock, rewardPercentiles), cancellationToken);

    /// <summary>eth_maxPriorityFeePerGas in wei.</summary>
    public Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken) =>
        SendAsync(EthCalls.MaxPriorityFeePerGas(), cancellationToken);

    /// <summary>eth_gasPrice in wei.</summary>
    public Task<BigInteger> GasPriceAsync(CancellationToken cancellationToken) => SendAsync(EthCalls.GasPrice(), cancellationToken);

    /// <summary>eth_getBalance in wei.</summary>
    public Task<BigInteger> GetBalanceAsync(Address address, BlockParameter? block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetBalance(address, block), cancellationToken);

    /// <summary>eth_getCode.</summary>
    public Task<byte[]> GetCodeAsync(Address address, BlockParameter? block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetCode(address, block), cancellationToken);

    /// <summary>eth_getTransactionCount; pass <see cref="BlockParameter.Pending"/> for the next usable nonce.</summary>
    public Task<ulong> GetTransactionCountAsync(Address address, BlockParameter? block, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetTransactionCount(address, block), cancellationToken);

    /// <summary>eth_getTransactionByHash; null when unknown.</summary>
    public Task<TransactionInfo?> GetTransactionByHashAsync(string transactionHash, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetTransactionByHash(transactionHash), cancellationToken);

    /// <summary>eth_getTransactionReceipt; null while pending.</summary>
    public Task<TransactionReceipt?> GetTransactionReceiptAsync(string transactionHash, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetTransactionReceipt(transactionHash), cancellationToken);

    /// <summary>eth_getLogs.</summary>
    public Task<IReadOnlyList<LogEntry>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken) =>
        SendAsync(EthCalls.GetLogs(filter), cancellationToken);

    /// <summary>
    /// eth_sendRawTransaction without blind retries: after an ambiguous failure the hash is looked up and the
    /// transaction is re-sent only when the node does not know it; "already known", and "nonce too low" for this very
    /// hash, count as success. Returns the transaction hash.
    /// </summary>
    /// <exception cref="RpcErrorException">The node rejected the transaction (e.g. a different transaction holds the nonce).</exception>
    /// <exception cref="RawTransactionSubmissionException">Whether the transaction reached the node could not be established.</exception>
    public Task<string> SendRawTransactionAsync(ReadOnlyMemory<byte> signedTransaction, CancellationToken cancellationToken) =>
        _submitter.SubmitAsync(signedTransaction, cancellationToken);
}
