using KeeperSuite.Core;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Keeper.Health;
using KeeperSuite.Keeper.Status;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KeeperSuite.Keeper;

/// <summary>What a command needs from the host: the daemon, or only the parts <c>status</c> reads with.</summary>
public enum HostRole
{
    Daemon,
    Status,
}

/// <summary>
/// Builds the keeper's Generic Host: configuration (appsettings.json, <c>--config</c> file, environment variables,
/// command-line settings, in that order), logging, the keeper core, and for the daemon its worker and — unless
/// <c>Keeper:Metrics:Enabled</c> is false — one web host serving <c>/metrics</c> and <c>/healthz</c>.
/// </summary>
public static class KeeperHost
{
    /// <param name="commandLine">Settings given on the command line, <c>--Section:Key value</c> or <c>--Section:Key=value</c>.</param>
    /// <param name="statusAddress">For <c>status</c>: the account to report on (it loads no key).</param>
    public static IHost Build(HostRole role, RunMode mode, string? configFile, IReadOnlyList<string> commandLine,
        Action<IServiceCollection>? configureServices = null, string? statusAddress = null)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (configFile is not null && !File.Exists(configFile))
            throw new KeeperConfigurationException($"--config: file '{configFile}' does not exist");
        KnownSettings.CheckCommandLine(commandLine);
        var web = role == HostRole.Daemon && MetricsEnabled(configFile, commandLine);
        var contentRoot = Directory.GetCurrentDirectory();
        WebApplicationBuilder? webBuilder = null;
        IHostApplicationBuilder builder = web
            ? webBuilder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = contentRoot })
            : Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = contentRoot });
        AddKeeperSources(builder.Configuration, configFile, commandLine);
        KnownSettings.Check((IConfigurationRoot)builder.Configuration);
        builder.Logging.ClearProviders();
        // Defaults first, so that Logging:Console:FormatterOptions:* (bound when the console logger is added) override them.
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        // Under systemd: sd_notify READY once started (Type=notify), STOPPING on SIGTERM, and the "systemd" console
        // formatter (journald priorities) — unless Logging:Console:FormatterName names one (the unit asks for json):
        // AddSystemd sets its formatter after the configuration was bound, so the setting is applied again after it.
        // Elsewhere a no-op.
        if (role is HostRole.Daemon)
        {
            builder.Services.AddSystemd();
            var configuration = builder.Configuration;
            builder.Services.PostConfigure<ConsoleLoggerOptions>(o =>
            {
                if (configuration["Logging:Console:FormatterName"] is { Length: > 0 } formatter)
                    o.FormatterName = formatter;
            });
        }
        // The console logger with its formatter chosen by Logging:Console:FormatterName (simple by default; json for
        // journald and log shippers, one object per line); AddSimpleConsole would pin "simple" over the setting.
        builder.Logging.AddConsole();
        // "Application started. Press Ctrl+C to shut down." belongs to a daemon, not to a command that ends by itself.
        if (mode.Once || role is HostRole.Status)
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        // A scrape every few seconds is not news: Kestrel's per-request lines would drown the keeper's decisions.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A start-up failure reaches the command line, which prints one line for a refused setting and the whole
        // exception otherwise: the host's own "Hosting failed to start" and its stack trace would come first.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // status prints tables: the keeper's per-decision lines would drown them.
        if (role is HostRole.Status)
            builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(mode);
        services.TryAddSingleton(role is HostRole.Status
            ? new KeeperStartup(ReadOnly: true, Address: statusAddress, CopyState: true)
            : new KeeperStartup(WaitForRpc: !mode.Once));
        services.AddKeeperCore(builder.Configuration);
        services.AddSingleton<StatusReporter>();
        services.AddSingleton<DebtAssetBalance>();
        services.AddSingleton<OnDemandMining>();
        if (role == HostRole.Daemon)
            services.AddHostedService<KeeperWorker>();
        configureServices?.Invoke(services);
        if (webBuilder is null)
            return ((HostApplicationBuilder)builder).Build();

        services.AddHealthChecks().AddCheck<KeeperHealth>("keeper");
        services.AddSingleton<PrometheusExporter>();
        webBuilder.WebHost.UseUrls(builder.Configuration[$"{KeeperOptions.Section}:Metrics:Url"] ?? new MetricsOptions().Url);
        var app = webBuilder.Build();
        // Listening before anything runs: what the first pass does is counted, whenever the first scrape comes.
        app.Services.GetRequiredService<PrometheusExporter>();
        app.MapKeeperEndpoints();
        return app;
    }

    /// <summary>The sources after the host's defaults (appsettings.json, environment): the <c>--config</c> file, the environment again (it outranks the file), the command line.</summary>
    private static void AddKeeperSources(IConfigurationBuilder configuration, string? configFile, IReadOnlyList<string> commandLine)
    {
        if (configFile is not null)
        {
            configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
            configuration.AddEnvironmentVariables();
        }
        configuration.AddCommandLine([.. commandLine]);
    }

    /// <summary>Whether the daemon listens at all: read before the host is built, since a disabled endpoint means no web host.</summary>
    private static bool MetricsEnabled(string? configFile, IReadOnlyList<string> commandLine)
    {
        var probe = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        AddKeeperSources(probe, configFile, commandLine);
        return probe.Build().GetValue($"{KeeperOptions.Section}:Metrics:Enabled", true);
    }
}
