using System.Numerics;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>A block selector for JSON-RPC: a tag ("latest", "pending", …) or a block number. Default is "latest".</summary>
public readonly record struct BlockParameter
{
    private readonly string? _value;

    private BlockParameter(string value) => _value = value;

    /// <summary>The most recent block.</summary>
    public static BlockParameter Latest { get; } = new("latest");

    /// <summary>The pending state (includes the node's mempool; use it for the next nonce).</summary>
    public static BlockParameter Pending { get; } = new("pending");

    /// <summary>The genesis block.</summary>
    public static BlockParameter Earliest { get; } = new("earliest");

    /// <summary>The latest block the consensus layer considers safe.</summary>
    public static BlockParameter Safe { get; } = new("safe");

    /// <summary>The latest finalized block.</summary>
    public static BlockParameter Finalized { get; } = new("finalized");

    /// <summary>A specific block by number.</summary>
    public static BlockParameter FromNumber(ulong number) => new(HexQuantity.Encode(number));

    /// <summary>A specific block by number.</summary>
    public static BlockParameter FromNumber(BigInteger number) => new(HexQuantity.Encode(number));

    /// <summary>The JSON-RPC form: a tag or a hex quantity.</summary>
    public override string ToString() => _value ?? "latest";
}
