using Nethereum.Signer;
using Nethereum.Util;

namespace KeeperSuite.Simulator;

/// <summary>
/// Keys of the simulated keeper and bidders, derived from the seed (keccak of a label): a rerun with the same seed
/// has the same addresses, so shard hashing and event order repeat. Local-chain keys only, never funded elsewhere.
/// </summary>
public static class SimulationAccounts
{
    /// <summary>Hardhat's published account #0: deployer, owner of the mock feeds.</summary>
    public const string DeployerKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    public static EthECKey Keeper(int seed) => Derive(seed, "keeper");

    public static EthECKey Bidder(int seed, int index) => Derive(seed, $"bidder:{index}");

    /// <summary>The DEX arbitrageur that brings each pool back to the oracle price after a price post.</summary>
    public static EthECKey Arbitrageur(int seed) => Derive(seed, "arbitrageur");

    private static EthECKey Derive(int seed, string role) =>
        new(Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes($"keepersuite-sim:{seed}:{role}")), true);
}
