using System.Numerics;
using System.Text.Json;

namespace KeeperSuite.Simulator;

/// <summary>What deploy-scripts/seed-sim.js opened: the positions to watch, and the book's debt (base units).</summary>
public sealed record SimulationBook(IReadOnlyList<(uint CollateralId, string Owner)> Positions, BigInteger TotalDebt, int Lps, BigInteger FundDeposit)
{
    public static SimulationBook Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var positions = root.GetProperty("positions").EnumerateArray()
            .Select(p => (p.GetProperty("collateralId").GetUInt32(), p.GetProperty("owner").GetString()!)).ToList();
        return new SimulationBook(positions, BigInteger.Parse(root.GetProperty("totalDebt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            root.GetProperty("lps").GetArrayLength(), BigInteger.Parse(root.GetProperty("fundDeposit").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>One mined block as the simulation saw it after the keeper's pass.</summary>
public sealed record BlockSample(
    int Step,
    ulong Block,
    double[] Prices,
    int AtRisk,
    int Liquidatable,
    int LiquidationsSent,
    int WriteOffSteps,
    int OpenDeficits,
    decimal OpenDeficit,
    decimal Fund,
    decimal? AuctionPrice,
    double ElapsedMs)
{
    /// <summary>Assets per whole LP share after the block (whole debt-asset units).</summary>
    public decimal SharePrice { get; init; }
}
