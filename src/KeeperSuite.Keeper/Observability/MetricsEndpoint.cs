using System.Net;
using System.Text.Json;
using KeeperSuite.Keeper.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace KeeperSuite.Keeper.Observability;

/// <summary>
/// <c>/metrics</c> (Prometheus text: the keeper's System.Diagnostics.Metrics meter via prometheus-net's adapter)
/// and <c>/healthz</c> (200 healthy or degraded, 503 unhealthy, JSON reasons) on a loopback URL.
/// </summary>
public sealed partial class MetricsEndpoint(IOptions<KeeperOptions> options, KeeperHealth health, ILogger<MetricsEndpoint> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var metrics = options.Value.Metrics;
        if (!metrics.Enabled)
            return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(metrics.Url);
        var app = builder.Build();
        app.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        app.MapGet("/healthz", async context =>
        {
            var report = health.Report();
            context.Response.StatusCode = report.State == HealthState.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.State.ToString().ToLowerInvariant(),
                reasons = report.Reasons,
                head = report.Head,
                processed = report.Processed,
            }, cancellationToken: context.RequestAborted);
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new KeeperConfigurationException(
                $"Keeper:Metrics:Url: cannot listen on {metrics.Url} ({e.Message}); choose a free port or set Keeper:Metrics:Enabled=false", e);
        }
        _app = app;
        LogListening(logger, metrics.Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "metrics on {Url}metrics, health on {Url}healthz")]
    private static partial void LogListening(ILogger logger, string url);
}
