using System.Numerics;
using System.Text.Json.Nodes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>The transaction object of eth_call and eth_estimateGas. Unset members are left out of the request.</summary>
public sealed record CallRequest
{
    /// <summary>Target address; null for a contract creation (estimateGas of a deployment).</summary>
    public Address? To { get; init; }

    /// <summary>Sender address, if the call depends on msg.sender.</summary>
    public Address? From { get; init; }

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
        if (From is { } from)
            json["from"] = from.ToLowerHex();
        if (To is { } to)
            json["to"] = to.ToLowerHex();
        if (Gas is { } gas)
            json["gas"] = HexQuantity.Encode(gas);
        if (MaxFeePerGas is { } maxFee)
            json["maxFeePerGas"] = HexQuantity.Encode(maxFee);
        if (MaxPriorityFeePerGas is { } tip)
            json["maxPriorityFeePerGas"] = HexQuantity.Encode(tip);
        if (Value is { } value)
            json["value"] = HexQuantity.Encode(value);
        // "data" only: every node accepts it, while Hardhat rejects a request carrying both "data" and "input".
        json["data"] = Hex.Encode(Data.Span);
        return json;
    }
}
