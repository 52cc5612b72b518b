using System.Diagnostics.Metrics;

namespace KeeperSuite.Core.Observability;

/// <summary>
/// The keeper's metrics (System.Diagnostics.Metrics, meter <c>KeeperSuite.Keeper</c>), exported as Prometheus text
/// on <c>/metrics</c>. Gauges read the last values recorded here, so a scrape never touches the chain. An exporter
/// must listen before the keeper records anything (the daemon starts it when the host is built) and then call
/// <see cref="PublishZeros"/>: every known outcome is a series at 0 from the start, so <c>increase()</c> sees the
/// first liquidation and an alert on "reverted" has a series to watch.
/// </summary>
public sealed class KeeperMetrics : IDisposable
{
    public const string MeterName = "KeeperSuite.Keeper";
    public static readonly IReadOnlyList<string> LiquidationOutcomes =
        ["sent", "confirmed", "lost", "reverted", "simulation_failed", "skipped_unprofitable", "skipped_budget"];
    public static readonly IReadOnlyList<string> TransactionOutcomes = ["sent", "replaced", "confirmed", "reverted", "refused", "superseded"];
    private readonly Meter _meter;
    private readonly Counter<long> _liquidations;
    private readonly Counter<long> _writeOffSteps;
    private readonly Counter<long> _rpcFaults;
    private readonly Counter<long> _reorgs;
    private readonly Counter<long> _transactions;
    private readonly Counter<long> _passFailures;
    private readonly Histogram<double> _scanSeconds;
    private readonly Counter<long> _healthChecked;
    private readonly Counter<long> _healthMismatches;
    private readonly Counter<long> _previewChecked;
    private readonly Counter<long> _previewMismatches;
    private long _watched;
    private long _unhealthy;
    private long _head;
    private long _processed;
    private long _indexed;
    private long _deficitsOpen;
    private long _auctionsLive;
    private long _blindCollaterals;
    private double _debtBalance;

    public KeeperMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _liquidations = _meter.CreateCounter<long>("keeper_liquidations", description: "Liquidations by outcome: sent, confirmed, lost, reverted, skipped_unprofitable");
        _writeOffSteps = _meter.CreateCounter<long>("keeper_writeoff_steps", description: "Write-off steps by step and outcome");
        _rpcFaults = _meter.CreateCounter<long>("keeper_rpc_errors", description: "RPC calls that failed after the client's retries, by method");
        _reorgs = _meter.CreateCounter<long>("keeper_reorgs", description: "Reorgs the index rewound");
        _transactions = _meter.CreateCounter<long>("keeper_transactions", description: "Transactions by outcome: sent, replaced, confirmed, reverted");
        _passFailures = _meter.CreateCounter<long>("keeper_pass_failures", description: "Passes abandoned on an error (retried at the next head), by exception type");
        _healthChecked = _meter.CreateCounter<long>("keeper_health_crosschecked", description: "Locally computed health factors compared with MarketLens");
        _healthMismatches = _meter.CreateCounter<long>("keeper_health_mismatches", description: "Local health factors that differed from MarketLens (the position is re-read)");
        _previewChecked = _meter.CreateCounter<long>("keeper_preview_crosschecked", description: "Locally computed liquidation previews compared with MarketLens");
        _previewMismatches = _meter.CreateCounter<long>("keeper_preview_mismatches", description: "Local liquidation previews that differed from MarketLens (logged with both)");
        _scanSeconds = _meter.CreateHistogram<double>("keeper_scan_duration", unit: "s", description: "Health scan of every watched position");
        _meter.CreateObservableGauge("keeper_positions_watched", () => Interlocked.Read(ref _watched), description: "Open positions with debt this shard watches");
        _meter.CreateObservableGauge("keeper_positions_unhealthy", () => Interlocked.Read(ref _unhealthy), description: "Watched positions below health factor 1 at the last scan");
        _meter.CreateObservableGauge("keeper_head_block", () => Interlocked.Read(ref _head), description: "Chain head the keeper last saw");
        _meter.CreateObservableGauge("keeper_processed_block", () => Interlocked.Read(ref _processed), description: "Last block fully processed");
        _meter.CreateObservableGauge("keeper_head_lag_blocks", () => Math.Max(0, Interlocked.Read(ref _head) - Interlocked.Read(ref _processed)), description: "Blocks between the head and the last processed block");
        _meter.CreateObservableGauge("keeper_indexed_block", () => Interlocked.Read(ref _indexed), description: "Last block in the position index");
        _meter.CreateObservableGauge("keeper_deficits_open", () => Interlocked.Read(ref _deficitsOpen), description: "Deficits not yet closed by the waterfall");
        _meter.CreateObservableGauge("keeper_auctions_live", () => Interlocked.Read(ref _auctionsLive), description: "Debt auctions live");
        _meter.CreateObservableGauge("keeper_oracles_invalid", () => Interlocked.Read(ref _blindCollaterals), description: "Collaterals whose oracle is invalid: their positions cannot be judged");
        _meter.CreateObservableGauge("keeper_debt_asset_balance", () => Volatile.Read(ref _debtBalance), description: "Keeper's debt-asset balance (its liquidation budget), whole units");
    }

    /// <summary>
    /// Adds 0 to every known label set, so each series exists before its first event (and, added again after each
    /// pass, is never dropped as idle by an exporter that forgets quiet series).
    /// </summary>
    public void PublishZeros()
    {
        foreach (var outcome in LiquidationOutcomes)
            Liquidation(outcome, 0);
        foreach (var outcome in TransactionOutcomes)
            _transactions.Add(0, new KeyValuePair<string, object?>("outcome", outcome));
        _reorgs.Add(0);
    }

    public void Liquidation(string outcome, int count = 1) => _liquidations.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public void WriteOffStep(string step, string outcome) =>
        _writeOffSteps.Add(1, new KeyValuePair<string, object?>("step", step), new KeyValuePair<string, object?>("outcome", outcome));

    public void RpcFault(string method) => _rpcFaults.Add(1, new KeyValuePair<string, object?>("method", method));

    public void PassFailed(string type) => _passFailures.Add(1, new KeyValuePair<string, object?>("type", type));

    public void Reorg() => _reorgs.Add(1);

    public void Transaction(string outcome) => _transactions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Scanned(int watched, int unhealthy, int blindCollaterals, TimeSpan elapsed)
    {
        Interlocked.Exchange(ref _watched, watched);
        Interlocked.Exchange(ref _unhealthy, unhealthy);
        Interlocked.Exchange(ref _blindCollaterals, blindCollaterals);
        _scanSeconds.Record(elapsed.TotalSeconds);
    }

    public void HealthCrossChecked(int compared, int mismatches)
    {
        _healthChecked.Add(compared);
        if (mismatches > 0)
            _healthMismatches.Add(mismatches);
    }

    public void PreviewCrossChecked(int compared, int mismatches)
    {
        _previewChecked.Add(compared);
        if (mismatches > 0)
            _previewMismatches.Add(mismatches);
    }

    public void Head(ulong head) => Interlocked.Exchange(ref _head, (long)head);

    public void Processed(ulong block) => Interlocked.Exchange(ref _processed, (long)block);

    public void IndexedBlock(ulong block, int positions) => Interlocked.Exchange(ref _indexed, (long)block);

    public void WaterfallSeen(int deficitsOpen, int auctionsLive)
    {
        Interlocked.Exchange(ref _deficitsOpen, deficitsOpen);
        Interlocked.Exchange(ref _auctionsLive, auctionsLive);
    }

    public void DebtBalance(double wholeUnits) => Volatile.Write(ref _debtBalance, wholeUnits);

    public void Dispose() => _meter.Dispose();
}
