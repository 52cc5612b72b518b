using KeeperSuite.Core.Configuration;
using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// When the daemon's next pass starts: at a new head, announced over WebSocket (<c>eth_subscribe("newHeads")</c>) where
/// the endpoint offers it, found by polling <c>eth_blockNumber</c> every <c>Keeper:PollInterval</c> otherwise. While the
/// subscription delivers, the head is still polled every 10 s (or half of <c>Keeper:StaleHeadAfter</c>, if shorter): a socket can stall without closing,
/// and the poll also keeps <see cref="HeadTracker"/>'s stale-head check and endpoint demotion working.
/// </summary>
public sealed class HeadSource(HeadTracker head, IOptions<KeeperOptions> options, IOptions<RpcOptions> rpc, TimeProvider time, ILogger<NewHeadsSubscription> logger) : IAsyncDisposable
{
    private static readonly TimeSpan MaxWatchdog = TimeSpan.FromSeconds(10);
    private NewHeadsSubscription? _subscription;
    private bool _started;
    private DateTimeOffset _polledAt = DateTimeOffset.MinValue;

    /// <summary>
    /// How often the head is polled while the subscription delivers: often enough that a quiet chain's answering node
    /// is never judged silent by the stale-head check (<c>Keeper:StaleHeadAfter</c>), at most every 10 s.
    /// </summary>
    private TimeSpan Watchdog => TimeSpan.FromTicks(Math.Min(MaxWatchdog.Ticks, options.Value.StaleHeadAfter.Ticks / 2));

    /// <summary>True while heads arrive over the WebSocket.</summary>
    public bool Subscribed => _subscription?.Subscribed == true;

    /// <summary>The WebSocket newHeads is read from, or null when <c>Keeper:Heads:Source</c> is poll or no ws(s) URL follows from the settings.</summary>
    public Uri? WebSocketUrl => WebSocketUrlFor(options.Value.Heads, rpc.Value.Endpoints);

    /// <summary>
    /// The next head differing from <paramref name="last"/> (the current head at once when <paramref name="last"/> is
    /// null). Heads announced while a pass ran are not queued: only the newest is returned.
    /// </summary>
    public async Task<ulong> NextAsync(ulong? last, CancellationToken cancellationToken)
    {
        Start();
        if (last is null)
            return await PollAsync(cancellationToken);
        var interval = options.Value.PollInterval;
        while (true)
        {
            ulong number;
            if (await AnnouncedAsync(interval, cancellationToken) is { } announced)
                number = head.Observe(announced);
            else if (!Subscribed || time.GetUtcNow() - _polledAt >= Watchdog)
                number = await PollAsync(cancellationToken);
            else
                continue;
            if (number != last)
                return number;
        }
    }

    private async Task<ulong> PollAsync(CancellationToken cancellationToken)
    {
        _polledAt = time.GetUtcNow();
        return await head.ReadAsync(cancellationToken);
    }

    private async Task<ulong?> AnnouncedAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_subscription is null)
        {
            await Task.Delay(wait, time, cancellationToken);
            return null;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            return await _subscription.Heads.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void Start()
    {
        if (_started)
            return;
        _started = true;
        if (WebSocketUrl is { } url)
        {
            _subscription = new NewHeadsSubscription(url, rpc.Value.AttemptTimeout, time, logger);
            _subscription.Start();
        }
    }

    /// <summary><c>Keeper:Heads:WebSocketUrl</c>, or the first RPC endpoint with http(s) turned into ws(s) (Hardhat, anvil and geth serve both on one port).</summary>
    public static Uri? WebSocketUrlFor(HeadOptions heads, IList<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(endpoints);
        if (heads.Source == HeadSourceMode.Poll)
            return null;
        if (!string.IsNullOrWhiteSpace(heads.WebSocketUrl))
            return Uri.TryCreate(heads.WebSocketUrl, UriKind.Absolute, out var configured) ? configured : null;
        if (endpoints.Count == 0 || !Uri.TryCreate(endpoints[0], UriKind.Absolute, out var http))
            return null;
        var scheme = http.Scheme == Uri.UriSchemeHttps ? "wss" : http.Scheme == Uri.UriSchemeHttp ? "ws" : null;
        return scheme is null ? null : new UriBuilder(http) { Scheme = scheme }.Uri;
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
            await _subscription.DisposeAsync();
    }
}
