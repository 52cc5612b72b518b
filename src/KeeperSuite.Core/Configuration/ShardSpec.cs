using System.Globalization;
using System.Numerics;
using Nethereum.Util;

namespace KeeperSuite.Core.Configuration;

/// <summary>
/// <c>i/n</c>: an instance owns the positions whose key hash is <c>i</c> mod <c>n</c>. The hash is keccak256 of
/// (collateralId, owner), so shards stay balanced whatever the owners' addresses look like.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static ShardSpec Whole { get; } = new(0, 1);

    public bool OwnsWriteOff => Index == 0;

    public static bool TryParse(string? text, out ShardSpec shard)
    {
        shard = Whole;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || count > 1024 || index >= count)
            return false;
        shard = new ShardSpec(index, count);
        return true;
    }

    public bool Owns(uint collateralId, string owner)
    {
        if (Count == 1)
            return true;
        var hash = Sha3Keccack.Current.CalculateHash(
            System.Text.Encoding.ASCII.GetBytes(collateralId.ToString(CultureInfo.InvariantCulture) + ":" + owner.ToLowerInvariant()));
        var value = new BigInteger(hash, isUnsigned: true, isBigEndian: true);
        return (int)(value % Count) == Index;
    }

    public override string ToString() => $"{Index}/{Count}";
}
