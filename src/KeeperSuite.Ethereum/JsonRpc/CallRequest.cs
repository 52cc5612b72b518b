using System.Numerics;
using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The transaction object of eth_call and eth_estimateGas. Unset members are left out of the request.</summary>
public sealed record CallRequest
{
    /// <summary>Target address as 0x-hex; null for a contract creation (estimateGas of a deployment).</summary>
    public string? To { get; init; }

    /// <summary>Sender address as 0x-hex, if the call depends on msg.sender.</summary>
    public string? From { get; init; }

    /// <summary>Calldata (or init code for a creation).</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Wei sent with the call.</summary>
    public BigInteger? Value { get; init; }

    /// <summary>Gas limit for the call.</summary>
    public BigInteger? Gas { get; init; }

    /// <summary>EIP-1559 fee cap.</summary>
    public BigInteger? MaxFeePerGas { get; init; }

    /// <summary>EIP-1559 priority fee.</summary>
    public BigInteger? MaxPriorityFeePerGas { get; init; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        if (From is not null)
            json["from"] = From;
        if (To is not null)
            json["to"] = To;
        if (Gas is { } gas)
            json["gas"] = EthJson.ToQuantity(gas);
        if (MaxFeePerGas is { } maxFee)
            json["maxFeePerGas"] = EthJson.ToQuantity(maxFee);
        if (MaxPriorityFeePerGas is { } tip)
            json["maxPriorityFeePerGas"] = EthJson.ToQuantity(tip);
        if (Value is { } value)
            json["value"] = EthJson.ToQuantity(value);
        // "input" is the current name; "data" is kept for nodes that predate it (both carry the same bytes).
        var data = Hex.Encode(Data.Span);
        json["input"] = data;
        json["data"] = data;
        return json;
    }
}
