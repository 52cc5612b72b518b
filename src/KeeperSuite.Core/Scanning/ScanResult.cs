using System.Numerics;
using KeeperSuite.Core.Indexing;

namespace KeeperSuite.Core.Scanning;

/// <summary>
/// One position's health at the scanned block. <see cref="Known"/> is false when its chunk's call failed.
/// A health factor that fits 128 bits (every one but "no debt") is kept as a <see cref="UInt128"/>, so a scan of every
/// position allocates nothing per position; <see cref="HealthFactor"/> makes the <see cref="BigInteger"/> on demand.
/// </summary>
public readonly record struct PositionHealth
{
    // The max uint256 of every position without debt, boxed once.
    private static readonly object NoDebt = Scanning.HealthMath.MaxUint256;
    private readonly UInt128 _narrow;
    private readonly object? _wide; // a boxed BigInteger beyond 128 bits: the array of a scan stays 48 bytes a position

    public PositionHealth(PositionKey key, BigInteger healthFactor, bool liquidatable, bool oracleValid, bool known)
    {
        Key = key;
        if (healthFactor.Sign >= 0 && healthFactor <= UInt128.MaxValue)
            _narrow = (UInt128)healthFactor;
        else
            _wide = healthFactor == Scanning.HealthMath.MaxUint256 ? NoDebt : healthFactor;
        Liquidatable = liquidatable;
        OracleValid = oracleValid;
        Known = known;
    }

    public PositionHealth(PositionKey key, UInt128 healthFactor, bool liquidatable, bool oracleValid, bool known)
    {
        Key = key;
        _narrow = healthFactor;
        Liquidatable = liquidatable;
        OracleValid = oracleValid;
        Known = known;
    }

    public PositionKey Key { get; }

    public BigInteger HealthFactor => _wide is BigInteger wide ? wide : (BigInteger)_narrow;

    public bool Liquidatable { get; }

    public bool OracleValid { get; }

    public bool Known { get; }
}

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
