using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Keeper.Benchmarks;

/// <summary>Counts the HTTP requests the keeper's RPC client makes (one per JSON-RPC call or batch) and, while <see cref="Recording"/>, keeps when each started and ended and what it asked.</summary>
public sealed class RequestCounter
{
    private long _count;
    public long Count => Interlocked.Read(ref _count);
    public void Add() => Interlocked.Increment(ref _count);
    public bool Recording { get; set; }
    public ConcurrentQueue<RequestSpan> Spans { get; } = new();
}

/// <summary>One HTTP request: Stopwatch ticks at send and at the answer's headers, and its JSON-RPC methods (eth_call named by selector).</summary>
public sealed record RequestSpan(long Start, long End, string What);

public sealed class CountingHandler(RequestCounter counter, Func<string, string> describe) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Add();
        if (!counter.Recording || request.Content is null)
            return await base.SendAsync(request, cancellationToken);
        var body = await request.Content.ReadAsStringAsync(cancellationToken);
        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        counter.Spans.Enqueue(new RequestSpan(start, Stopwatch.GetTimestamp(), describe(body)));
        return response;
    }
}

/// <summary>One captured log line: when (Stopwatch ticks), which event, the formatted message.</summary>
public sealed record Captured(long Ticks, string Category, string Event, string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

/// <summary>Keeps every log line of Information and above in memory, with a Stopwatch timestamp (no console I/O).</summary>
public sealed class CaptureLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<Captured> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CaptureLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CaptureLogger(CaptureLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var ticks = Stopwatch.GetTimestamp();
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Lines.Enqueue(new Captured(ticks, category, eventId.Name ?? "", formatter(state, exception), values));
        }
    }
}

/// <summary>
/// The keeper's real Generic Host (KeeperHost.Build, the daemon's services) without its worker loop: the benchmark
/// calls KeeperPass and the services itself, at the blocks it chooses.
/// </summary>
public sealed class KeeperInstance : IAsyncDisposable
{
    private readonly IHost _host;

    private KeeperInstance(IHost host, RequestCounter requests, CaptureLoggerProvider logs)
    {
        _host = host;
        Requests = requests;
        Logs = logs;
    }

    public RequestCounter Requests { get; }
    public CaptureLoggerProvider Logs { get; }
    public IServiceProvider Services => _host.Services;
    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<KeeperInstance> StartAsync(IReadOnlyDictionary<string, string?> settings, Func<string, string>? describe = null)
    {
        var requests = new RequestCounter();
        var logs = new CaptureLoggerProvider();
        // Status role: the same services as the daemon, minus the worker loop and the metrics endpoint.
        var commandLine = settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}").ToList();
        var host = KeeperHost.Build(HostRole.Status, new RunMode(false, false), null, commandLine, services =>
        {
            // The status role loads no key (a view-only account); the benchmark signs and sends like the daemon.
            services.AddSingleton(new KeeperSuite.Core.Configuration.KeeperStartup(WaitForRpc: false));
            // "KeeperSuite.Rpc" = HttpRpcChannel.HttpClientName (internal): the named client every endpoint uses.
            services.AddHttpClient("KeeperSuite.Rpc").AddHttpMessageHandler(() => new CountingHandler(requests, describe ?? (_ => "")));
            services.AddLogging(b =>
            {
                b.ClearProviders();
                b.AddProvider(logs);
                b.SetMinimumLevel(LogLevel.Information);
            });
        });
        await host.StartAsync();
        return new KeeperInstance(host, requests, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
