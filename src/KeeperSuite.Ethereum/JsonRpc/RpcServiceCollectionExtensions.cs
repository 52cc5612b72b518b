using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Registers the resilient JSON-RPC client as Nethereum's <see cref="IClient"/>.</summary>
public static class RpcServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RpcOptions"/> from the "Rpc" section of <paramref name="configuration"/>, validates them at
    /// start-up (a bad value stops the host with a message naming the key) and registers one
    /// <see cref="ResilientRpcClient"/> singleton, also as Nethereum's <see cref="IClient"/>: resolve it and pass it to
    /// <c>new Web3(account, client)</c>.
    /// </summary>
    public static IServiceCollection AddKeeperSuiteRpc(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<RpcOptions>().Bind(configuration.GetSection(RpcOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RpcOptions>, RpcOptionsValidator>());

        // Polly owns timeouts (Rpc:AttemptTimeout), so HttpClient's own 100 s limit is switched off. The default HTTP
        // loggers are removed because they log full request URLs, and RPC URLs often embed API keys.
        services.AddHttpClient(HttpRpcChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResilientRpcClient>();
        services.TryAddSingleton<IClient>(provider => provider.GetRequiredService<ResilientRpcClient>());
        return services;
    }
}
