using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KeeperSuite.Testing.Http;

/// <summary>How a <see cref="ScriptedHttpServer"/> delivers one answer.</summary>
public enum Delivery
{
    /// <summary>Status line, headers, Content-Length and the body; the connection stays open.</summary>
    Normal,
    /// <summary>Content-Length promises more than is sent, then the connection closes.</summary>
    Truncated,
    /// <summary>The body in small pieces with pauses (slower than the client's attempt timeout when the pauses add up).</summary>
    Slow,
    /// <summary>A chunked body that never ends on its own: repeated until the client hangs up or <see cref="ScriptedHttpServer.MaxEndlessBytes"/>.</summary>
    Endless,
    /// <summary>The connection closes without any answer.</summary>
    Close,
    /// <summary>No Content-Length: the body runs until the connection closes (HTTP/1.0 style).</summary>
    UntilClose,
}

/// <summary>One scripted HTTP answer: status, extra headers, body, and how it is delivered.</summary>
public sealed record Reply(int Status, string ContentType, byte[] Body, Delivery Delivery = Delivery.Normal, string? ExtraHeader = null, TimeSpan Pause = default);

/// <summary>
/// A bounded HTTP/1.1 server on 127.0.0.1 written on raw sockets, so an answer can be anything a broken node, proxy or
/// gateway sends — a wrong Content-Length, a body cut mid-way, a body that never ends, a trickle — which a framework
/// server would refuse to produce. Each request's body goes to <see cref="Responder"/>; what it returns is sent.
/// Bounded: headers and bodies read are capped, an endless body stops at <see cref="MaxEndlessBytes"/>, pauses are
/// capped at <see cref="MaxPause"/>, so a client that does not give up cannot hang the test on this server.
/// </summary>
public sealed class ScriptedHttpServer : IAsyncDisposable
{
    public const int MaxEndlessBytes = 256 * 1024 * 1024;
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxRequestBytes = 16 * 1024 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private readonly List<Task> _connections = [];

    public ScriptedHttpServer()
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accept = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Answers a request body (the JSON-RPC payload); set per case.</summary>
    public Func<string, Reply> Responder { get; set; } = _ => new Reply(500, "text/plain", []);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            socket.NoDelay = true;
            lock (_connections)
            {
                _connections.RemoveAll(t => t.IsCompleted);
                _connections.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var buffer = new List<byte>(4096);
        var chunk = new byte[16 * 1024];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var body = await ReadRequestAsync(stream, buffer, chunk);
                if (body is null)
                    return;
                var reply = Responder(body);
                if (!await WriteAsync(stream, reply))
                    return;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidDataException)
        {
            // The client hung up (it gave up on a slow or endless answer): nothing to do.
        }
    }

    /// <summary>Reads one request (headers, then Content-Length bytes); null when the client closed the connection.</summary>
    private async Task<string?> ReadRequestAsync(NetworkStream stream, List<byte> buffer, byte[] chunk)
    {
        int end;
        while ((end = HeaderEnd(buffer)) < 0)
        {
            if (buffer.Count > MaxHeaderBytes)
                throw new InvalidDataException("request headers too long");
            var n = await stream.ReadAsync(chunk, _stop.Token);
            if (n == 0)
                return null;
            buffer.AddRange(chunk.AsSpan(0, n));
        }
        var headers = Encoding.ASCII.GetString(buffer.GetRange(0, end).ToArray());
        var length = 0;
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        if (length > MaxRequestBytes)
            throw new InvalidDataException("request body too long");
        var start = end + 4;
        while (buffer.Count < start + length)
        {
            var n = await stream.ReadAsync(chunk, _stop.Token);
            if (n == 0)
                return null;
            buffer.AddRange(chunk.AsSpan(0, n));
        }
        var body = Encoding.UTF8.GetString(buffer.GetRange(start, length).ToArray());
        buffer.RemoveRange(0, start + length);
        return body;
    }

    private static int HeaderEnd(List<byte> buffer)
    {
        for (var i = 3; i < buffer.Count; i++)
        {
            if (buffer[i - 3] == '\r' && buffer[i - 2] == '\n' && buffer[i - 1] == '\r' && buffer[i] == '\n')
                return i - 3;
        }
        return -1;
    }

    /// <summary>Writes the reply; false when the connection must close afterwards.</summary>
    private async Task<bool> WriteAsync(NetworkStream stream, Reply reply)
    {
        if (reply.Delivery == Delivery.Close)
            return false;
        var head = new StringBuilder()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"HTTP/1.1 {reply.Status} Scripted\r\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {reply.ContentType}\r\n");
        if (reply.ExtraHeader is not null)
            head.Append(reply.ExtraHeader).Append("\r\n");
        var pause = reply.Pause > MaxPause ? MaxPause : reply.Pause;
        switch (reply.Delivery)
        {
            case Delivery.Endless:
                head.Append("Transfer-Encoding: chunked\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                var piece = reply.Body.Length > 0 ? reply.Body : "[{\"jsonrpc\":\"2.0\"},"u8.ToArray();
                var framed = Encoding.ASCII.GetBytes($"{piece.Length:x}\r\n").Concat(piece).Concat("\r\n"u8.ToArray()).ToArray();
                for (long sent = 0; sent < MaxEndlessBytes; sent += piece.Length)
                    await stream.WriteAsync(framed, _stop.Token);
                return false;
            case Delivery.UntilClose:
                head.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()).Concat(reply.Body).ToArray(), _stop.Token);
                return false;
            case Delivery.Truncated:
                head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {reply.Body.Length + 1 + reply.Body.Length / 2}\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()).Concat(reply.Body).ToArray(), _stop.Token);
                return false;
            case Delivery.Slow:
                head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {reply.Body.Length}\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                var pieces = 4;
                var size = Math.Max(1, (reply.Body.Length + pieces - 1) / pieces);
                for (var at = 0; at < reply.Body.Length; at += size)
                {
                    await Task.Delay(pause / pieces, _stop.Token);
                    await stream.WriteAsync(reply.Body.AsMemory(at, Math.Min(size, reply.Body.Length - at)), _stop.Token);
                }
                return true;
            default:
                head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {reply.Body.Length}\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()).Concat(reply.Body).ToArray(), _stop.Token);
                return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] open;
        lock (_connections)
            open = [.. _connections];
        try
        {
            await Task.WhenAll([_accept, .. open]).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException or SocketException)
        {
        }
        _listener.Dispose();
        _stop.Dispose();
    }
}
