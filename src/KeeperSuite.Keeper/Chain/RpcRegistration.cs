using KeeperSuite.Keeper.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Keeper.Chain;

public static class RpcRegistration
{
    public static IServiceCollection AddKeeperRpc(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Rpc:Endpoints").Get<string[]>() ?? [];
        services.AddSingleton<IClient>(_ =>
        {
            if (endpoints.Length == 0 || !Uri.TryCreate(endpoints[0], UriKind.Absolute, out var url))
                throw new KeeperConfigurationException("Rpc:Endpoints must contain at least one absolute http(s) URL");
            return new RpcClient(url);
        });
        return services;
    }
}
