using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// The typed eth_* calls, usable alone (<see cref="EthJsonRpcClient"/>) or in a batch (<see cref="EthRpcBatch"/>).
/// Hashes are 0x-hex strings.
/// </summary>
public static class EthCalls
{
    /// <summary>eth_chainId.</summary>
    public static RpcCall<ulong> ChainId() => new(new RpcRequest("eth_chainId"), r => EthJson.QuantityU64(r, "result"));

    /// <summary>eth_blockNumber.</summary>
    public static RpcCall<ulong> BlockNumber() => new(new RpcRequest("eth_blockNumber"), r => EthJson.QuantityU64(r, "result"));

    /// <summary>eth_getBlockByNumber with transaction hashes only; null when the block does not exist.</summary>
    public static RpcCall<BlockHeader?> GetBlockByNumber(BlockParameter block) =>
        new(new RpcRequest("eth_getBlockByNumber", [block.ToString(), false]), BlockHeader.Read);

    /// <summary>eth_call: the return data of a call executed at <paramref name="block"/> (default latest).</summary>
    public static RpcCall<byte[]> Call(CallRequest call, BlockParameter? block = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(new RpcRequest("eth_call", [call.ToJson(), (block ?? BlockParameter.Latest).ToString()]), r => EthJson.Data(r, "result"));
    }

    /// <summary>eth_estimateGas; the block parameter is sent only when given (some nodes reject it).</summary>
    public static RpcCall<BigInteger> EstimateGas(CallRequest call, BlockParameter? block = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        JsonNode?[] parameters = block is { } b ? [call.ToJson(), b.ToString()] : [call.ToJson()];
        return new(new RpcRequest("eth_estimateGas", parameters), r => EthJson.Quantity(r, "result"));
    }

    /// <summary>eth_feeHistory over <paramref name="blockCount"/> blocks ending at <paramref name="newestBlock"/>.</summary>
    public static RpcCall<FeeHistory> FeeHistory(int blockCount, BlockParameter newestBlock, IReadOnlyList<double> rewardPercentiles)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockCount);
        ArgumentNullException.ThrowIfNull(rewardPercentiles);
        var percentiles = new JsonArray(rewardPercentiles.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        return new(
            new RpcRequest("eth_feeHistory", [HexQuantity.Encode((ulong)blockCount), newestBlock.ToString(), percentiles]),
            JsonRpc.FeeHistory.Read);
    }

    /// <summary>eth_maxPriorityFeePerGas: the node's suggested tip in wei.</summary>
    public static RpcCall<BigInteger> MaxPriorityFeePerGas() =>
        new(new RpcRequest("eth_maxPriorityFeePerGas"), r => EthJson.Quantity(r, "result"));

    /// <summary>eth_gasPrice in wei.</summary>
    public static RpcCall<BigInteger> GasPrice() => new(new RpcRequest("eth_gasPrice"), r => EthJson.Quantity(r, "result"));

    /// <summary>eth_getBalance in wei.</summary>
    public static RpcCall<BigInteger> GetBalance(Address address, BlockParameter? block = null) =>
        new(new RpcRequest("eth_getBalance", [address.ToLowerHex(), (block ?? BlockParameter.Latest).ToString()]), r => EthJson.Quantity(r, "result"));

    /// <summary>eth_getCode: the deployed bytecode (empty for an account without code).</summary>
    public static RpcCall<byte[]> GetCode(Address address, BlockParameter? block = null) =>
        new(new RpcRequest("eth_getCode", [address.ToLowerHex(), (block ?? BlockParameter.Latest).ToString()]), r => EthJson.Data(r, "result"));

    /// <summary>eth_getTransactionCount: the account nonce; use <see cref="BlockParameter.Pending"/> for the next nonce.</summary>
    public static RpcCall<ulong> GetTransactionCount(Address address, BlockParameter? block = null) =>
        new(new RpcRequest("eth_getTransactionCount", [address.ToLowerHex(), (block ?? BlockParameter.Latest).ToString()]), r => EthJson.QuantityU64(r, "result"));

    /// <summary>eth_getTransactionByHash; null when the node does not know the transaction.</summary>
    public static RpcCall<TransactionInfo?> GetTransactionByHash(string transactionHash) =>
        new(new RpcRequest("eth_getTransactionByHash", [transactionHash]), TransactionInfo.Read);

    /// <summary>eth_getTransactionReceipt; null while the transaction is pending or unknown.</summary>
    public static RpcCall<TransactionReceipt?> GetTransactionReceipt(string transactionHash) =>
        new(new RpcRequest("eth_getTransactionReceipt", [transactionHash]), TransactionReceipt.Read);

    /// <summary>eth_getLogs for <paramref name="filter"/>.</summary>
    public static RpcCall<IReadOnlyList<LogEntry>> GetLogs(LogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new(new RpcRequest("eth_getLogs", [filter.ToJson()]), r => EthJson.Array(r, "result", (item, _) => LogEntry.Read(item)));
    }

    internal static string ReadHash(JsonElement result) => EthJson.Hash(result, "result");
}
