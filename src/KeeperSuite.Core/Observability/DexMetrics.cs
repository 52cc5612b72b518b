using System.Diagnostics.Metrics;

namespace KeeperSuite.Core.Observability;

/// <summary>
/// Metrics of DEX-priced liquidation, on the keeper's meter (<see cref="KeeperMetrics.MeterName"/>): how positions
/// were liquidated (flash or inventory), the slippage each quote showed, and the inventory's sales.
/// </summary>
public sealed class DexMetrics
{
    private readonly Counter<long> _byMode;
    private readonly Histogram<double> _slippage;
    private readonly Counter<long> _sales;
    private readonly Counter<long> _thin;

    public DexMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(KeeperMetrics.MeterName);
        _byMode = meter.CreateCounter<long>("keeper_liquidations_by_mode", description: "Positions sent for liquidation, by mode: flash or inventory");
        _slippage = meter.CreateHistogram<double>("keeper_dex_slippage", unit: "bps", description: "DEX quote below the oracle value of the collateral sold, basis points, per quote");
        _sales = meter.CreateCounter<long>("keeper_inventory_sales", description: "Inventory sales of seized collateral into the debt asset, by outcome: sent, confirmed, reverted, skipped_slippage");
        _thin = meter.CreateCounter<long>("keeper_liquidations_thin_pool", description: "Positions deferred because the DEX pool was too thin for their sale");
    }

    public void Sent(string mode, int count) => _byMode.Add(count, new KeyValuePair<string, object?>("mode", mode));

    public void Slippage(uint collateralId, int bps) => _slippage.Record(bps, new KeyValuePair<string, object?>("collateral", collateralId));

    public void InventorySale(string outcome) => _sales.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void DeferredThin(int count) => _thin.Add(count);
}
