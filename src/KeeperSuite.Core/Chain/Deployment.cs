using System.Text.Json;
using KeeperSuite.Core.Configuration;
using Nethereum.Util;

namespace KeeperSuite.Core.Chain;

/// <summary>What the keeper needs from <c>deployments/&lt;network&gt;.json</c> (schema in docs/deploying.md).</summary>
public sealed record Deployment(
    string Network,
    long ChainId,
    ulong DeployBlock,
    DebtAssetInfo DebtAsset,
    IReadOnlyDictionary<string, string> Contracts,
    IReadOnlyList<CollateralInfo> Collaterals)
{
    public static readonly string[] RequiredContracts =
        ["LendingPool", "Market", "MarketLens", "DebtAsset", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"];

    public string Market => Contracts["Market"];
    public string Lens => Contracts["MarketLens"];
    public string Pool => Contracts["LendingPool"];
    public string Waterfall => Contracts["Waterfall"];
    public string Auction => Contracts["DebtAuction"];
    public string Fund => Contracts["InsuranceFund"];
    public string RecoveryToken => Contracts["RecoveryToken"];

    /// <summary>Reads and checks the file; every problem is a <see cref="KeeperConfigurationException"/> naming the file.</summary>
    public static Deployment Load(string path)
    {
        const string key = "Keeper:DeploymentsFile";
        if (!File.Exists(path))
            throw new KeeperConfigurationException($"{key}: file '{path}' does not exist; run deploy-scripts/deploy.js or fix the path");
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Checks a deployments document read from <paramref name="path"/>; every problem is a <see cref="KeeperConfigurationException"/>.</summary>
    public static Deployment Parse(byte[] json, string path)
    {
        const string key = "Keeper:DeploymentsFile";
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var contracts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in Required(root, "contracts").EnumerateObject())
                contracts[entry.Name] = ParseAddress(Required(entry.Value, "address").GetString(), $"contracts.{entry.Name}.address");
            foreach (var name in RequiredContracts)
                if (!contracts.ContainsKey(name))
                    throw new FormatException($"contracts.{name} is missing");
            var debt = Required(root, "debtAsset");
            var collaterals = Required(root, "collaterals").EnumerateArray().Select(c => new CollateralInfo(
                Required(c, "id").GetUInt32(),
                Required(c, "symbol").GetString() ?? "",
                Required(c, "decimals").GetByte(),
                ParseAddress(Required(c, "token").GetString(), "collaterals[].token"),
                ParseAddress(Required(c, "oracle").GetString(), "collaterals[].oracle"),
                c.TryGetProperty("aggregator", out var agg) ? ParseAddress(agg.GetString(), "collaterals[].aggregator") : null)).ToList();
            return new Deployment(
                root.TryGetProperty("network", out var network) ? network.GetString() ?? "" : "",
                Required(root, "chainId").GetInt64(),
                Required(root, "deployBlock").GetUInt64(),
                new DebtAssetInfo(Required(debt, "symbol").GetString() ?? "", Required(debt, "decimals").GetByte(),
                    ParseAddress(Required(debt, "address").GetString(), "debtAsset.address")),
                contracts,
                collaterals);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new KeeperConfigurationException($"{key}: '{path}' is not a valid deployments file ({e.Message}); regenerate it with deploy-scripts/deploy.js", e);
        }
    }

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is missing");

    private static string ParseAddress(string? text, string field) =>
        text is not null && AddressUtil.Current.IsValidEthereumAddressHexFormat(text)
            ? AddressUtil.Current.ConvertToChecksumAddress(text)
            : throw new FormatException($"{field} '{text}' is not an address");
}

public sealed record DebtAssetInfo(string Symbol, byte Decimals, string Address);

public sealed record CollateralInfo(uint Id, string Symbol, byte Decimals, string Token, string Oracle, string? Aggregator);
