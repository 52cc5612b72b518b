using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// <c>eth_subscribe("newHeads")</c> over one WebSocket (Nethereum's WebSocket client is not served here, so
/// <see cref="ClientWebSocket"/>): each announced head's number goes to <see cref="Heads"/>, latest only. Any failure
/// (refused connection, an endpoint without subscriptions, a dropped socket) clears <see cref="Subscribed"/> and is
/// retried after a delay that doubles up to <see cref="MaxReconnectDelay"/>; the caller polls meanwhile.
/// </summary>
public sealed partial class NewHeadsSubscription : IAsyncDisposable
{
    /// <summary>A head announcement is ~1.5 KB; a node sending more in one message is not speaking newHeads.</summary>
    private const int MaxMessageBytes = 1 << 20;
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(60);
    private static readonly byte[] Subscribe = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}""");

    private readonly Uri _url;
    private readonly TimeSpan _connectTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<ulong> _heads = Channel.CreateBounded<ulong>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private volatile bool _subscribed;

    public NewHeadsSubscription(Uri url, TimeSpan connectTimeout, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(url);
        _url = url;
        _connectTimeout = connectTimeout;
        _time = time;
        _logger = logger;
    }

    /// <summary>Latest head number announced (older ones unread are dropped: a pass only wants the newest).</summary>
    public ChannelReader<ulong> Heads => _heads.Reader;

    /// <summary>True while the socket is open and the subscription was accepted.</summary>
    public bool Subscribed => _subscribed;

    /// <summary>Starts the connect-subscribe-read loop (once).</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = FirstReconnectDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(cancellationToken);
                LogClosed(_logger, Describe(_url), delay);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogUnavailable(_logger, e, Describe(_url), e.Message.Split('\n')[0], delay);
            }
            // After a subscription that worked, the next failure starts the delays over.
            if (_subscribed)
                delay = FirstReconnectDelay;
            _subscribed = false;
            try
            {
                await Task.Delay(delay, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connect.CancelAfter(_connectTimeout);
            await socket.ConnectAsync(_url, connect.Token);
            await socket.SendAsync(Subscribe, WebSocketMessageType.Text, endOfMessage: true, connect.Token);
        }
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                if (buffer.WrittenCount > MaxMessageBytes)
                    throw new InvalidDataException($"a WebSocket message over {MaxMessageBytes} bytes");
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
                buffer.Advance(received.Count);
            }
            while (!received.EndOfMessage);
            if (received.MessageType == WebSocketMessageType.Close)
                return;
            Handle(buffer.WrittenMemory);
        }
    }

    /// <summary>The subscription's answer (id 1) or a head announcement; anything else is ignored.</summary>
    private void Handle(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return;
        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt32() == 1)
        {
            if (root.TryGetProperty("error", out var error))
                throw new NotSupportedException("eth_subscribe(newHeads) refused: " + (error.TryGetProperty("message", out var m) ? m.GetString() : error.ToString()));
            _subscribed = true;
            LogSubscribed(_logger, Describe(_url));
            return;
        }
        if (root.TryGetProperty("method", out var method) && method.ValueEquals("eth_subscription")
            && root.TryGetProperty("params", out var p) && p.TryGetProperty("result", out var head)
            && head.ValueKind == JsonValueKind.Object && head.TryGetProperty("number", out var number)
            && number.GetString() is { Length: > 2 } hex && hex.StartsWith("0x", StringComparison.Ordinal)
            && ulong.TryParse(hex.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n))
        {
            _heads.Writer.TryWrite(n);
        }
    }

    /// <summary>Scheme, host and port only: an endpoint's path or query may carry an API key.</summary>
    private static string Describe(Uri url) => $"{url.Scheme}://{url.Host}:{url.Port}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "newHeads subscribed over WebSocket at {Endpoint}: a pass starts when a head arrives")]
    private static partial void LogSubscribed(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "newHeads over WebSocket at {Endpoint} unavailable ({Reason}): polling the head; retrying the WebSocket in {Delay}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string endpoint, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "newHeads WebSocket at {Endpoint} closed by the node: polling the head; reconnecting in {Delay}")]
    private static partial void LogClosed(ILogger logger, string endpoint, TimeSpan delay);
}
