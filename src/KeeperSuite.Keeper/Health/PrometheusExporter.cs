using System.Diagnostics.Metrics;
using KeeperSuite.Core.Observability;
using Prometheus;

namespace KeeperSuite.Keeper.Health;

/// <summary>
/// The daemon's Prometheus registry, listening from the moment the host is built. prometheus-net's default registry
/// starts its .NET-meter adapter only at the first collection — the first scrape — so what the keeper counted before
/// it (a start-up pass that liquidated) was lost; its adapter also forgets a series that has not changed for five
/// minutes, which makes a quiet counter vanish. This registry listens at once, keeps a quiet series for a day (the
/// adapter's longest; the worker re-adds 0 to every known outcome after each pass, which keeps those for good), and
/// takes only this host's meters (and the runtime's), so several hosts in one process never count into each other.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private readonly IDisposable _adapter;

    public PrometheusExporter(IMeterFactory meterFactory, KeeperMetrics keeper, DexMetrics dex)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        ArgumentNullException.ThrowIfNull(dex); // resolved so that its instruments exist before the listener starts
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        _adapter = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = Metrics.WithCustomRegistry(Registry),
            InstrumentFilterPredicate = i => ReferenceEquals(i.Meter.Scope, meterFactory) || i.Meter.Name == "System.Runtime",
            MetricsExpireAfter = TimeSpan.FromDays(1),
        });
        keeper.PublishZeros();
    }

    public CollectorRegistry Registry { get; }

    public void Dispose() => _adapter.Dispose();
}
