using System.Numerics;
using KeeperSuite.Core.Indexing;

namespace KeeperSuite.Core.Scanning;

/// <summary>One position's health at the scanned block. <see cref="Known"/> is false when its chunk's call failed.</summary>
public readonly record struct PositionHealth(PositionKey Key, BigInteger HealthFactor, bool Liquidatable, bool OracleValid, bool Known);

/// <summary>A collateral type's oracle and price at the scanned block (WAD price, debt asset per whole token).</summary>
public sealed record CollateralStatus(uint Id, string Symbol, byte Decimals, BigInteger Price, bool OracleValid);

/// <summary>Everything one scan learnt, all read at <see cref="Block"/>.</summary>
public sealed record ScanResult(
    ulong Block,
    IReadOnlyList<PositionHealth> Positions,
    IReadOnlyDictionary<uint, CollateralStatus> Collaterals,
    int FailedChunks,
    TimeSpan Elapsed)
{
    /// <summary>Positions whose locally computed health factor was compared with the lens's in this scan.</summary>
    public int CrossChecked { get; init; }

    /// <summary>Positions whose local and lens health factors differed (logged, counted, re-read).</summary>
    public IReadOnlyList<PositionKey> Mismatched { get; init; } = [];

    public IEnumerable<PositionHealth> Liquidatable => Positions.Where(p => p.Known && p.Liquidatable);

    /// <summary>Collaterals whose oracle is invalid: the scan cannot tell whether their positions are healthy.</summary>
    public IReadOnlyList<CollateralStatus> Blind => Collaterals.Values.Where(c => !c.OracleValid).ToList();

    /// <summary>"All healthy" may be said only when nothing was blind and every chunk answered.</summary>
    public bool Complete => FailedChunks == 0 && Blind.Count == 0;
}
