namespace KeeperSuite.Simulator;

/// <summary>
/// How a simulated bidder treats a live debt auction (docs/simulate.md):
/// <list type="bullet">
/// <item><b>patient</b>: waits until the Dutch price is at or below its reservation price (drawn per bidder from the
/// seed, 0.55–0.95 debt-asset units per recovery token, above the 0.50 floor) and then buys as much as its budget
/// (a share of the book's debt) allows, capped by the lot and the debt left.</item>
/// <item><b>zero-price</b>: tries every block to buy at a price of zero. The auction never fills below its floor or
/// for nothing, so every attempt must fail; the report counts them and checks it got no token.</item>
/// </list>
/// </summary>
public sealed record BidderStrategy(string Name, decimal ReservationPrice, double BudgetShare)
{
    public bool IsZeroPrice => ReservationPrice == 0;

    public static IReadOnlyList<BidderStrategy> Patient(Random random, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new BidderStrategy($"patient-{i + 1}", Math.Round(0.55m + (decimal)random.NextDouble() * 0.40m, 3), 0.01))
            .ToList();

    public static BidderStrategy ZeroPrice() => new("zero-price", 0m, 0.001);
}
