using System.Globalization;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Testing;

/// <summary>
/// The resilient Nethereum client wired exactly as production wires it (configuration section "Rpc" →
/// <c>AddKeeperSuiteRpc</c>), for the given endpoints and optional extra "Rpc:*" settings.
/// </summary>
public sealed class RpcTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    private RpcTestHost(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<ResilientRpcClient>();
        if (!ReferenceEquals(Client, services.GetRequiredService<IClient>()))
            throw new InvalidOperationException("AddKeeperSuiteRpc must register the resilient client as the IClient singleton.");
    }

    /// <summary>The resilient client (also the registered Nethereum <see cref="IClient"/>).</summary>
    public ResilientRpcClient Client { get; }

    /// <summary>A read-only Web3 over the resilient client.</summary>
    public Web3 Web3() => new(Client);

    /// <summary>A Web3 that signs with <paramref name="account"/> (offline, EIP-1559 by default) over the resilient client.</summary>
    public Web3 Web3(Account account) => new(account, Client);

    /// <summary>Builds the client; <paramref name="settings"/> keys are relative to "Rpc", e.g. ("RetryCount", "0").</summary>
    public static RpcTestHost Create(IEnumerable<Uri> endpoints, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(settings);
        var values = new Dictionary<string, string?>();
        var index = 0;
        foreach (var endpoint in endpoints)
            values[$"Rpc:Endpoints:{index++.ToString(CultureInfo.InvariantCulture)}"] = endpoint.ToString();
        foreach (var (key, value) in settings)
            values[$"Rpc:{key}"] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddKeeperSuiteRpc(configuration).BuildServiceProvider(validateScopes: true);
        try
        {
            // Resolving the options runs the validator, as ValidateOnStart does in a host.
            _ = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KeeperSuite.Ethereum.Resilience.RpcOptions>>().Value;
            return new RpcTestHost(services);
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
