using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers JSON-RPC posts from a script, to produce the faults a healthy node
/// never shows (hangs, 429/500, garbage, wrong ids). Counts every hit per method.
/// </summary>
public sealed class ScriptedRpcServer : IDisposable
{
    /// <summary>What the server sends back.</summary>
    public sealed record Reply(int Status, string Body, string? RetryAfter = null);

    /// <summary>Decides the reply to a request; <c>hit</c> counts calls of that request's method from 1.</summary>
    public delegate Task<Reply> Script(JsonElement request, string method, int hit, CancellationToken serverStopping);

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly Script _script;
    private int _totalHits;

    public ScriptedRpcServer(Script script)
    {
        _script = script;
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>HTTP posts received (a batch counts once).</summary>
    public int TotalHits => Volatile.Read(ref _totalHits);

    public int HitsFor(string method) => _hits.GetValueOrDefault(method);

    /// <summary>A server that answers every call with the same reply builder.</summary>
    public static ScriptedRpcServer Always(Func<JsonElement, Reply> reply) =>
        new((request, _, _, _) => Task.FromResult(reply(request)));

    public static Reply Result(JsonElement request, string resultJson) =>
        new(200, $$"""{"jsonrpc":"2.0","id":{{request.GetProperty("id").GetRawText()}},"result":{{resultJson}}}""");

    public static Reply Error(JsonElement request, long code, string message, string? dataJson = null)
    {
        var data = dataJson is null ? "" : ",\"data\":" + dataJson;
        var id = request.GetProperty("id").GetRawText();
        return new(200, $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}{data}}}}}");
    }

    public static Task<Reply> HangAsync(CancellationToken serverStopping) =>
        Task.Delay(Timeout.Infinite, serverStopping).ContinueWith(_ => new Reply(200, ""), TaskScheduler.Default);

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
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
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            Interlocked.Increment(ref _totalHits);
            using var document = await JsonDocument.ParseAsync(context.Request.InputStream);
            var root = document.RootElement;
            var method = root.ValueKind == JsonValueKind.Array ? "batch" : root.GetProperty("method").GetString()!;
            var hit = _hits.AddOrUpdate(method, 1, (_, n) => n + 1);
            var reply = await _script(root, method, hit, _stopping.Token);
            if (_stopping.IsCancellationRequested)
            {
                context.Response.Abort();
                return;
            }
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.RetryAfter is not null)
                context.Response.Headers["Retry-After"] = reply.RetryAfter;
            var body = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The client gave up (timeout) or the server is stopping; nothing to answer.
        }
    }
}
