using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>One event log, from eth_getLogs or a receipt. Block fields are null for pending logs.</summary>
public sealed record LogEntry(
    Address Address,
    IReadOnlyList<string> Topics,
    ReadOnlyMemory<byte> Data,
    ulong? BlockNumber,
    string? BlockHash,
    string? TransactionHash,
    ulong? TransactionIndex,
    ulong? LogIndex,
    bool Removed)
{
    internal static LogEntry Read(JsonElement json) => new(
        EthJson.RequiredAddress(json, "address"),
        EthJson.Array(EthJson.Required(json, "topics"), "topics", EthJson.Hash),
        EthJson.RequiredData(json, "data"),
        EthJson.OptionalQuantityU64(json, "blockNumber"),
        EthJson.OptionalHash(json, "blockHash"),
        EthJson.OptionalHash(json, "transactionHash"),
        EthJson.OptionalQuantityU64(json, "transactionIndex"),
        EthJson.OptionalQuantityU64(json, "logIndex"),
        EthJson.Optional(json, "removed") is { ValueKind: JsonValueKind.True });
}
