using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>eth_feeHistory: base fees (one more than blocks: the next block's too), usage ratios and reward percentiles.</summary>
public sealed record FeeHistory(
    ulong OldestBlock,
    IReadOnlyList<BigInteger> BaseFeePerGas,
    IReadOnlyList<double> GasUsedRatio,
    IReadOnlyList<IReadOnlyList<BigInteger>> Reward)
{
    internal static FeeHistory Read(JsonElement json) => new(
        EthJson.RequiredQuantityU64(json, "oldestBlock"),
        EthJson.Array(EthJson.Required(json, "baseFeePerGas"), "baseFeePerGas", EthJson.Quantity),
        EthJson.Array(EthJson.Required(json, "gasUsedRatio"), "gasUsedRatio", ReadRatio),
        EthJson.Optional(json, "reward") is { } reward
            ? EthJson.Array(reward, "reward", (row, field) => EthJson.Array(row, field, EthJson.Quantity))
            : []);

    private static double ReadRatio(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var ratio)
            ? ratio
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"field '{field}' is {value.GetRawText()}, expected a number"));
}
