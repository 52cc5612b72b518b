using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The receipt of a mined transaction (eth_getTransactionReceipt).</summary>
public sealed record TransactionReceipt(
    string TransactionHash,
    ulong TransactionIndex,
    string BlockHash,
    ulong BlockNumber,
    Address From,
    Address? To,
    Address? ContractAddress,
    BigInteger CumulativeGasUsed,
    BigInteger GasUsed,
    BigInteger? EffectiveGasPrice,
    bool Succeeded,
    ulong? Type,
    IReadOnlyList<LogEntry> Logs)
{
    internal static TransactionReceipt? Read(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
            return null;
        var status = EthJson.RequiredQuantityU64(json, "status");
        if (status > 1)
            throw new FormatException($"field 'status' is {status}, expected 0x0 or 0x1");
        return new TransactionReceipt(
            EthJson.RequiredHash(json, "transactionHash"),
            EthJson.RequiredQuantityU64(json, "transactionIndex"),
            EthJson.RequiredHash(json, "blockHash"),
            EthJson.RequiredQuantityU64(json, "blockNumber"),
            EthJson.RequiredAddress(json, "from"),
            EthJson.OptionalAddress(json, "to"),
            EthJson.OptionalAddress(json, "contractAddress"),
            EthJson.RequiredQuantity(json, "cumulativeGasUsed"),
            EthJson.RequiredQuantity(json, "gasUsed"),
            EthJson.OptionalQuantity(json, "effectiveGasPrice"),
            status == 1,
            EthJson.OptionalQuantityU64(json, "type"),
            EthJson.Array(EthJson.Required(json, "logs"), "logs", (item, _) => LogEntry.Read(item)));
    }
}
