using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Inventory;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.State;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Core.WriteOff;
using KeeperSuite.Ethereum.Accounts;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Core;

/// <summary>
/// Wires the keeper core into a host: validated options (sections <c>Keeper</c> and <c>Rpc</c>), the resilient RPC
/// client, the key loader, the metrics, each one-job service, <see cref="KeeperPass"/>, and <see cref="StartupChecks"/>
/// as the first hosted service (nothing runs against an unchecked chain or key). The daemon and the simulator call it
/// and add their own loop.
/// </summary>
public static class KeeperCoreServices
{
    public static IServiceCollection AddKeeperCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton(KeeperStartup.Signing);
        services.AddOptions<KeeperOptions>().Bind(configuration.GetSection(KeeperOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeeperOptions>, KeeperOptionsValidator>();
        services.AddSingleton<IValidateOptions<KeeperOptions>, LiquidationModeValidator>();
        services.AddKeeperSuiteRpc(configuration);
        services.AddSingleton<KeeperAccountLoader>();
        services.AddMetrics();

        services.AddSingleton<ChainConnection>();
        services.AddSingleton<KeeperDatabaseHolder>();
        services.AddSingleton<KeeperMetrics>();
        services.AddSingleton<PassProgress>();
        services.AddSingleton<HeadTracker>();
        services.AddSingleton<HeadSource>();
        services.AddSingleton<PositionIndex>();
        services.AddSingleton<LogIndexer>();
        services.AddSingleton<HealthScanner>();
        services.AddSingleton<BackoffBook>();
        services.AddSingleton<Liquidator>();
        services.AddSingleton<LiquidationSender>();
        services.AddSingleton<LiquidationPreviews>();
        services.AddSingleton<FundedOverride>();
        services.AddSingleton<DexMetrics>();
        services.AddSingleton<DexQuotes>();
        services.AddSingleton<FlashLiquidatorProvider>();
        services.AddSingleton<InventorySeller>();
        services.AddSingleton<WaterfallReader>();
        services.AddSingleton<WriteOffDriver>();
        services.AddSingleton<FeeEstimator>();
        services.AddSingleton<TransactionStore>();
        services.AddSingleton<TransactionManager>();
        services.AddSingleton<DebtAssetApprovals>();
        services.AddSingleton<KeeperPass>();
        services.AddHostedService<StartupChecks>();
        return services;
    }
}
