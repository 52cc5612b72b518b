using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace KeeperSuite.Keeper.Health;

/// <summary>
/// The daemon's two routes on its one web host: <c>/metrics</c> (Prometheus text: the keeper's
/// System.Diagnostics.Metrics meter via <see cref="PrometheusExporter"/>) and <c>/healthz</c> (HealthChecks: 200 healthy or
/// degraded, 503 unhealthy, JSON with the reasons, the head and the last processed block).
/// </summary>
public static class KeeperWebEndpoints
{
    public static IEndpointRouteBuilder MapKeeperEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            var exporter = context.RequestServices.GetRequiredService<PrometheusExporter>();
            await exporter.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var keeper = report.Entries.Values.FirstOrDefault();
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            reasons = keeper.Data?.GetValueOrDefault("reasons") ?? Array.Empty<string>(),
            head = keeper.Data?.GetValueOrDefault("head"),
            processed = keeper.Data?.GetValueOrDefault("processed"),
        }, cancellationToken: context.RequestAborted);
    }
}
