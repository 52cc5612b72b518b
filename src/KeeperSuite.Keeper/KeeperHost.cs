using KeeperSuite.Ethereum.Accounts;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Keeper.Chain;
using KeeperSuite.Keeper.Configuration;
using KeeperSuite.Keeper.Indexing;
using KeeperSuite.Keeper.Liquidation;
using KeeperSuite.Keeper.Observability;
using KeeperSuite.Keeper.Scanning;
using KeeperSuite.Keeper.State;
using KeeperSuite.Keeper.Transactions;
using KeeperSuite.Keeper.WriteOff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper;

/// <summary>What a command needs from the host: the daemon, or only the parts <c>status</c> reads with.</summary>
public enum HostRole
{
    Daemon,
    Status,

    /// <summary>
    /// The daemon's services without its loop or metrics listener: <c>simulate</c> drives
    /// <see cref="KeeperPass"/> itself, one pass per block it mines, and runs several chains side by side.
    /// </summary>
    Simulation,
}

/// <summary>
/// Builds the keeper's Generic Host: configuration (appsettings.json, <c>--config</c> file, environment variables,
/// command-line settings, in that order), logging, validated options, and the services — each one job, wired here.
/// </summary>
public static class KeeperHost
{
    public static IHost Build(HostRole role, RunMode mode, string? configFile, IReadOnlyDictionary<string, string?> overrides,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
                throw new KeeperConfigurationException($"--config: file '{configFile}' does not exist");
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
            builder.Configuration.AddEnvironmentVariables();
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        // status prints tables and simulate a progress display: the keeper's per-decision lines would drown them.
        if (role is HostRole.Status or HostRole.Simulation)
            builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(mode);
        services.AddOptions<KeeperOptions>().Bind(builder.Configuration.GetSection(KeeperOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeeperOptions>, KeeperOptionsValidator>();
        services.AddKeeperSuiteRpc(builder.Configuration);
        services.AddSingleton<KeeperAccountLoader>();
        services.AddMetrics();

        services.AddSingleton<ChainConnection>();
        services.AddSingleton<KeeperDatabaseHolder>();
        services.AddSingleton<KeeperMetrics>();
        services.AddSingleton<HeadTracker>();
        services.AddSingleton<KeeperHealth>();
        services.AddSingleton<PositionIndex>();
        services.AddSingleton<LogIndexer>();
        services.AddSingleton<HealthScanner>();
        services.AddSingleton<BackoffBook>();
        services.AddSingleton<Liquidator>();
        services.AddSingleton<WaterfallReader>();
        services.AddSingleton<WriteOffDriver>();
        services.AddSingleton<FeeEstimator>();
        services.AddSingleton<TransactionStore>();
        services.AddSingleton<TransactionManager>();
        services.AddSingleton<DebtAssetApprovals>();
        services.AddSingleton<KeeperPass>();
        services.AddSingleton<Cli.StatusReporter>();

        // Start-up checks first: no worker starts against an unchecked chain or key.
        services.AddHostedService<StartupChecks>();
        if (role == HostRole.Daemon)
        {
            services.AddHostedService<MetricsEndpoint>();
            services.AddHostedService<KeeperWorker>();
        }
        configureServices?.Invoke(services);
        return builder.Build();
    }
}
