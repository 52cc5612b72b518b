using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>A transaction as eth_getTransactionByHash returns it; block fields are null while it is pending.</summary>
public sealed record TransactionInfo(
    string Hash,
    ulong Nonce,
    Address From,
    Address? To,
    BigInteger Value,
    BigInteger Gas,
    string? BlockHash,
    ulong? BlockNumber)
{
    internal static TransactionInfo? Read(JsonElement json) => json.ValueKind == JsonValueKind.Null
        ? null
        : new TransactionInfo(
            EthJson.RequiredHash(json, "hash"),
            EthJson.RequiredQuantityU64(json, "nonce"),
            EthJson.RequiredAddress(json, "from"),
            EthJson.OptionalAddress(json, "to"),
            EthJson.RequiredQuantity(json, "value"),
            EthJson.RequiredQuantity(json, "gas"),
            EthJson.OptionalHash(json, "blockHash"),
            EthJson.OptionalQuantityU64(json, "blockNumber"));
}
