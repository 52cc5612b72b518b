using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The header fields of a block from eth_getBlockByNumber (transactions as hashes only).</summary>
public sealed record BlockHeader(
    ulong Number,
    string? Hash,
    string ParentHash,
    ulong Timestamp,
    BigInteger? BaseFeePerGas,
    BigInteger GasLimit,
    BigInteger GasUsed,
    Address? Miner,
    IReadOnlyList<string> TransactionHashes)
{
    /// <summary>The block time as a UTC instant.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds(checked((long)Timestamp));

    internal static BlockHeader? Read(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
            return null;
        var transactions = EthJson.Optional(json, "transactions") is { } list
            ? EthJson.Array(list, "transactions", (item, field) =>
                item.ValueKind == JsonValueKind.Object ? EthJson.RequiredHash(item, "hash") : EthJson.Hash(item, field))
            : [];
        return new BlockHeader(
            EthJson.RequiredQuantityU64(json, "number"),
            EthJson.OptionalHash(json, "hash"),
            EthJson.RequiredHash(json, "parentHash"),
            EthJson.RequiredQuantityU64(json, "timestamp"),
            EthJson.OptionalQuantity(json, "baseFeePerGas"),
            EthJson.RequiredQuantity(json, "gasLimit"),
            EthJson.RequiredQuantity(json, "gasUsed"),
            EthJson.OptionalAddress(json, "miner"),
            transactions);
    }
}
