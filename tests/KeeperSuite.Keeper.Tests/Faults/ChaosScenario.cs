using System.Numerics;
using System.Text.RegularExpressions;
using KeeperSuite.Contracts.Market.ContractDefinition;
using Nethereum.Hex.HexTypes;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using LensKey = KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// A market crash with many liquidatable positions and deficits, built on the fixture's seeded chain: the seed's
/// positions (deep under water after a 45% crash: they leave deficits) plus <c>extra</c> small positions opened at
/// health ~1.6-1.75 (liquidatable after the crash, fully, with collateral left: no deficit).
/// </summary>
public static partial class ChaosScenario
{
    public static async Task<HashSet<(uint, string)>> CrashWithExtraPositionsAsync(KeeperChainFixture chain, int extra, int seed)
    {
        await OpenExtraPositionsAsync(chain, extra, seed);
        var keys = await ChainQueries.PositionKeysAsync(chain);
        await chain.CrashAsync(45m, "WETH", "WBTC");
        var health = await chain.HealthAsync(keys);
        return keys.Where((k, i) => health.Liquidatable[i]).Select(k => (k.CollateralId, k.Owner.ToLowerInvariant())).ToHashSet();
    }

    /// <summary>Opens <paramref name="extra"/> small WETH/WBTC positions at health 1.6-1.75, each with its own owner.</summary>
    public static async Task OpenExtraPositionsAsync(KeeperChainFixture chain, int extra, int seed)
    {
        var random = new Random(seed);
        var collaterals = chain.Deployment.GetProperty("collaterals").EnumerateArray().ToDictionary(c => c.GetProperty("symbol").GetString()!);
        for (var i = 0; i < extra; i++)
        {
            var weth = i % 3 != 2;
            var c = collaterals[weth ? "WETH" : "WBTC"];
            // WETH 1.0 (2,000 USD, LT 85%), WBTC 0.05 (3,000 USD, LT 75%); borrow for health 1.6-1.75.
            var (amount, value, lt) = weth ? (BigInteger.Pow(10, 18), 2_000m, 0.85m) : (5 * BigInteger.Pow(10, 6), 3_000m, 0.75m);
            var borrow = value * lt / (1.6m + (decimal)random.NextDouble() * 0.15m);
            await OpenAsync(chain, c.GetProperty("token").GetString()!, (uint)c.GetProperty("id").GetUInt32(), amount, new BigInteger(borrow * 1_000_000m));
        }
    }

    private static async Task OpenAsync(KeeperChainFixture chain, string token, uint collateralId, BigInteger amount, BigInteger borrow)
    {
        var key = EthECKey.GenerateKey();
        var owner = key.GetPublicAddress();
        await chain.Rpc<object>("hardhat_setBalance", owner, new HexBigInteger(BigInteger.Pow(10, 19)).HexValue);
        await chain.Admin.Eth.GetContractTransactionHandler<Erc20.MintFunction>()
            .SendRequestAndWaitForReceiptAsync(token, new Erc20.MintFunction { To = owner, Amount = amount });
        var web3 = new Web3(new Account(key, 31337), chain.Url.ToString());
        web3.TransactionManager.UseLegacyAsDefault = false;
        await web3.Eth.GetContractTransactionHandler<Erc20.ApproveFunction>()
            .SendRequestAndWaitForReceiptAsync(token, new Erc20.ApproveFunction { Spender = chain.Address("Market"), Value = amount });
        var receipt = await web3.Eth.GetContractTransactionHandler<OpenFunction>().SendRequestAndWaitForReceiptAsync(chain.Address("Market"),
            new OpenFunction { CollateralId = collateralId, CollateralAmount = amount, BorrowAssets = borrow, Receiver = owner });
        if (receipt.Status.Value != BigInteger.One)
            throw new InvalidOperationException($"open reverted for {owner}");
    }

    /// <summary>True when no position in <paramref name="targets"/> is still liquidatable.</summary>
    public static async Task<bool> AllLiquidatedAsync(KeeperChainFixture chain, IEnumerable<(uint Id, string Owner)> targets)
    {
        var keys = targets.Select(t => new LensKey { CollateralId = t.Id, Owner = t.Owner }).ToList();
        var health = await chain.HealthAsync(keys);
        return !health.Liquidatable.Any(l => l);
    }

    /// <summary>
    /// Sum of every sample of a metric family (e.g. keeper_rpc_errors) in a /metrics text; prometheus-net's adapter
    /// prefixes the meter name (keepersuite_keeper_keeper_rpc_errors{method="..."}).
    /// </summary>
    public static double Sum(string metrics, string family) =>
        metrics.Split('\n')
            .Where(l => !l.StartsWith('#') && (l.Contains(family + "{", StringComparison.Ordinal) || l.Contains(family + " ", StringComparison.Ordinal)))
            .Select(l => SampleValue().Match(l))
            .Where(m => m.Success)
            .Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\s([0-9.eE+-]+)\s*$")]
    private static partial Regex SampleValue();
}
