using System.Numerics;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace KeeperSuite.Simulator;

/// <summary>
/// Reads the book's health at each block independently of the keeper (MarketLens.healthFactors on every seeded
/// position): positions at risk over time, and the first block each position became liquidatable — the start of the
/// keeper's reaction time.
/// </summary>
public sealed class ChainObserver(Web3 web3, Deployment deployment, SimulationBook book)
{
    /// <summary>HF below this (and debt open) counts as "at risk" in the report.</summary>
    private static readonly BigInteger AtRiskHf = BigInteger.Parse("1100000000000000000", System.Globalization.CultureInfo.InvariantCulture);
    private readonly List<PositionKey> _keys = book.Positions.Select(p => new PositionKey { CollateralId = p.CollateralId, Owner = p.Owner }).ToList();

    /// <summary>Position (collateralId:owner, lower case) → first block seen liquidatable, and when that block was mined (ms since start).</summary>
    public Dictionary<string, (ulong Block, double MinedMs)> FirstLiquidatable { get; } = new(StringComparer.Ordinal);

    public static string Key(uint collateralId, string owner) => $"{collateralId}:{owner.ToLowerInvariant()}";

    /// <summary>Every seeded position's health factor at <paramref name="block"/> (the histogram before the shock).</summary>
    public async Task<IReadOnlyList<PositionHealthReading>> HealthFactorsAsync(ulong block)
    {
        var health = await web3.Eth.GetContractQueryHandler<HealthFactorsFunction>().QueryDeserializingToObjectAsync<HealthFactorsOutputDTO>(
            new HealthFactorsFunction { Keys = _keys }, deployment.Lens, new BlockParameter(block));
        var symbols = deployment.Collaterals.ToDictionary(c => c.Id, c => c.Symbol);
        return _keys.Select((k, i) => new PositionHealthReading(symbols.GetValueOrDefault(k.CollateralId, "?"),
            health.Hfs[i] > BigInteger.Pow(10, 30) ? 1e12 : (double)health.Hfs[i] / 1e18)).ToList();
    }

    public async Task<(int AtRisk, int Liquidatable)> ObserveAsync(ulong block, double minedMs)
    {
        var health = await web3.Eth.GetContractQueryHandler<HealthFactorsFunction>().QueryDeserializingToObjectAsync<HealthFactorsOutputDTO>(
            new HealthFactorsFunction { Keys = _keys }, deployment.Lens, new BlockParameter(block));
        int atRisk = 0, liquidatable = 0;
        for (var i = 0; i < _keys.Count; i++)
        {
            if (health.Liquidatable[i])
            {
                liquidatable++;
                FirstLiquidatable.TryAdd(Key(_keys[i].CollateralId, _keys[i].Owner), (block, minedMs));
            }
            if (health.Hfs[i] < AtRiskHf)
                atRisk++;
        }
        return (atRisk, liquidatable);
    }
}

/// <summary>One position's collateral type and health factor (1e12 stands for "no debt").</summary>
public sealed record PositionHealthReading(string Collateral, double HealthFactor);
