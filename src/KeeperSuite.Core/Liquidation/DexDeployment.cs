using System.Text.Json;
using KeeperSuite.Core.Configuration;
using Nethereum.Util;

namespace KeeperSuite.Core.Liquidation;

/// <summary>One (collateral, debt asset) Uniswap v3 pool the keeper sells a collateral type into.</summary>
public sealed record DexPool(uint CollateralId, string Address, string Collateral, uint Fee);

/// <summary>
/// The deployments file's <c>dex</c> section (deploy-scripts/lib/dex-step.js): Uniswap v3's SwapRouter and QuoterV2
/// and a pool per collateral id. Read apart from <see cref="Chain.Deployment"/> because a deployment without a DEX is
/// valid: the keeper then prices at the oracle and can only liquidate from inventory.
/// </summary>
public sealed record DexDeployment(string Router, string Quoter, IReadOnlyDictionary<uint, DexPool> Pools)
{
    /// <summary>The file's DEX, or null when it records none; a malformed section is a configuration error.</summary>
    public static DexDeployment? Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or IOException)
        {
            throw new KeeperConfigurationException($"Keeper:DeploymentsFile: '{path}' has an invalid dex section ({e.Message}); regenerate it with deploy-scripts/deploy.js", e);
        }
    }

    public static DexDeployment? Parse(JsonElement root)
    {
        if (!root.TryGetProperty("dex", out var dex) || dex.ValueKind == JsonValueKind.Null)
            return null;
        var pools = new Dictionary<uint, DexPool>();
        foreach (var p in dex.GetProperty("pools").EnumerateObject())
        {
            var id = uint.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture);
            pools[id] = new DexPool(id, Address(p.Value.GetProperty("address").GetString(), $"dex.pools.{id}.address"),
                Address(p.Value.GetProperty("collateral").GetString(), $"dex.pools.{id}.collateral"), p.Value.GetProperty("fee").GetUInt32());
        }
        return new DexDeployment(Address(dex.GetProperty("router").GetString(), "dex.router"), Address(dex.GetProperty("quoter").GetString(), "dex.quoter"), pools);
    }

    private static string Address(string? text, string field) =>
        text is not null && AddressUtil.Current.IsValidEthereumAddressHexFormat(text)
            ? AddressUtil.Current.ConvertToChecksumAddress(text)
            : throw new FormatException($"{field} '{text}' is not an address");
}
