using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>What the proxy did to a request (counted per kind, so a test can report and assert on them).</summary>
public enum FaultKind
{
    None,
    Drop,
    Delay,
    TooManyRequests,
    ServerError,
    BadGateway,
    Malformed,
    Truncated,
    Reset,
    BatchMissingId,
    BatchDuplicateId,
    BatchReordered,
    FrozenHead,
    Dead,
    Slow,
}

/// <summary>
/// A JSON-RPC HTTP proxy on 127.0.0.1 between the keeper and a real node that injects faults into a seeded share of
/// requests. Bounded: at most <see cref="MaxRequests"/> requests are served and no fault holds a request longer than
/// <see cref="MaxHold"/>, so a broken test cannot hang on it. The fault sequence is a function of the seed and the
/// order in which requests arrive.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    public const int MaxRequests = 500_000;
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(3);

    private static readonly FaultKind[] SingleFaults =
        [FaultKind.Drop, FaultKind.Delay, FaultKind.TooManyRequests, FaultKind.ServerError, FaultKind.BadGateway, FaultKind.Malformed, FaultKind.Truncated, FaultKind.Reset];

    private static readonly FaultKind[] BatchFaults = [FaultKind.BatchMissingId, FaultKind.BatchDuplicateId, FaultKind.BatchReordered];

    private readonly HttpListener _listener = new();
    private readonly HttpClient _upstream = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _target;
    private readonly Random _random;
    private readonly ConcurrentDictionary<FaultKind, long> _counts = new();
    private readonly ConcurrentDictionary<Task, byte> _handlers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private long _served;
    private string? _frozenHead;

    public FaultProxy(Uri target, int seed, double faultShare)
    {
        _target = target;
        _random = new Random(seed);
        FaultShare = faultShare;
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _accept = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Share of requests (0..1) that get a fault.</summary>
    public double FaultShare { get; set; }

    /// <summary>Every request fails as a refused connection would (connection reset before any answer).</summary>
    public bool Dead { get; set; }

    /// <summary>
    /// While set, the head stops moving: <c>eth_blockNumber</c> answers the block seen when it was set, and
    /// <c>eth_getBlockByNumber("latest")</c> answers that block — a node that stopped syncing but still answers.
    /// </summary>
    public bool FreezeHead
    {
        get => _frozenHead is not null || _freezeRequested;
        set
        {
            _freezeRequested = value;
            if (!value)
                _frozenHead = null;
        }
    }

    private volatile bool _freezeRequested;

    /// <summary>
    /// Requests it matches are held for <see cref="SlowBy"/> before they are forwarded: a node that takes that long
    /// for some work (e.g. simulating a large batch), not a fault of the connection.
    /// </summary>
    public Func<JsonNode, bool>? SlowWhen { get; set; }

    public TimeSpan SlowBy { get; set; } = TimeSpan.FromSeconds(2.5);

    public long Served => Interlocked.Read(ref _served);

    public long Count(FaultKind kind) => _counts.GetValueOrDefault(kind);

    public long Faulted => _counts.Where(c => c.Key is not FaultKind.None).Sum(c => c.Value);

    public string Summary() =>
        string.Join(", ", _counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")) + $" of {Served} requests";

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            if (Interlocked.Increment(ref _served) > MaxRequests)
            {
                context.Response.Abort();
                continue;
            }
            var task = Task.Run(() => HandleAsync(context));
            _handlers.TryAdd(task, 0);
            _ = task.ContinueWith(t => _handlers.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private FaultKind Pick(bool isBatch)
    {
        lock (_random)
        {
            if (_random.NextDouble() >= FaultShare)
                return FaultKind.None;
            var pool = isBatch ? [.. SingleFaults, .. BatchFaults] : SingleFaults;
            return pool[_random.Next(pool.Length)];
        }
    }

    private int NextInt(int max)
    {
        lock (_random)
            return _random.Next(max);
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(_stop.Token);
            if (Dead)
            {
                Record(FaultKind.Dead);
                response.Abort();
                return;
            }
            var request = JsonNode.Parse(body);
            var isBatch = request is JsonArray;
            if (_freezeRequested && !isBatch && await TryAnswerFrozenAsync(request!, response))
                return;
            if (SlowWhen is { } slow && !isBatch && slow(request!))
            {
                Record(FaultKind.Slow);
                await Task.Delay(SlowBy < MaxHold ? SlowBy : MaxHold, _stop.Token);
            }
            var fault = Pick(isBatch);
            Record(fault);
            switch (fault)
            {
                case FaultKind.Drop:
                    // Held past the keeper's attempt timeout, then closed without an answer.
                    await Task.Delay(MaxHold, _stop.Token);
                    response.Abort();
                    return;
                case FaultKind.Reset:
                    response.Abort();
                    return;
                case FaultKind.TooManyRequests:
                    response.Headers["Retry-After"] = "1";
                    await WriteAsync(response, 429, "{\"error\":\"rate limited\"}");
                    return;
                case FaultKind.ServerError:
                    await WriteAsync(response, 500, "internal error");
                    return;
                case FaultKind.BadGateway:
                    await WriteAsync(response, 502, "<html>bad gateway</html>");
                    return;
                case FaultKind.Malformed:
                    await WriteAsync(response, 200, "{\"jsonrpc\":\"2.0\",\"id\":,\"result\":[}");
                    return;
                case FaultKind.Delay:
                    await Task.Delay(TimeSpan.FromMilliseconds(100 + NextInt(1400)), _stop.Token);
                    break;
            }
            var answer = await ForwardAsync(body);
            answer = fault switch
            {
                // Forwarded first: the node acted on it (a sent transaction stays sent), only the answer is cut.
                FaultKind.Truncated => answer[..(answer.Length / 2)],
                FaultKind.BatchMissingId or FaultKind.BatchDuplicateId or FaultKind.BatchReordered => MangleBatch(answer, fault),
                _ => answer,
            };
            await WriteAsync(response, 200, answer);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or IOException or HttpRequestException or System.Text.Json.JsonException or ObjectDisposedException or InvalidOperationException)
        {
            try
            {
                response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private async Task<bool> TryAnswerFrozenAsync(JsonNode request, HttpListenerResponse response)
    {
        var method = request["method"]?.GetValue<string>();
        if (method is not ("eth_blockNumber" or "eth_getBlockByNumber"))
            return false;
        if (_frozenHead is null)
        {
            var head = JsonNode.Parse(await ForwardAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}"))!["result"]!.GetValue<string>();
            Interlocked.CompareExchange(ref _frozenHead, head, null);
        }
        var id = request["id"]?.ToJsonString() ?? "null";
        if (method == "eth_blockNumber")
        {
            Record(FaultKind.FrozenHead);
            await WriteAsync(response, 200, $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":\"{_frozenHead}\"}}");
            return true;
        }
        if (request["params"] is JsonArray { Count: > 0 } parameters && parameters[0]?.GetValue<string>() is "latest" or "pending")
        {
            Record(FaultKind.FrozenHead);
            parameters[0] = _frozenHead;
            await WriteAsync(response, 200, await ForwardAsync(request.ToJsonString()));
            return true;
        }
        return false;
    }

    private string MangleBatch(string answer, FaultKind fault)
    {
        if (JsonNode.Parse(answer) is not JsonArray { Count: > 0 } items)
            return answer;
        var list = items.Select(i => i!.DeepClone()).ToList();
        switch (fault)
        {
            case FaultKind.BatchMissingId:
                list.RemoveAt(NextInt(list.Count));
                break;
            case FaultKind.BatchDuplicateId:
                list.Add(list[NextInt(list.Count)]!.DeepClone());
                break;
            default:
                list.Reverse();
                break;
        }
        return new JsonArray([.. list]).ToJsonString();
    }

    private async Task<string> ForwardAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var answer = await _upstream.PostAsync(_target, content, _stop.Token);
        return await answer.Content.ReadAsStringAsync(_stop.Token);
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private void Record(FaultKind kind) => _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _accept.WaitAsync(TimeSpan.FromSeconds(5));
            await Task.WhenAll(_handlers.Keys).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
        }
        _upstream.Dispose();
        _stop.Dispose();
    }
}
