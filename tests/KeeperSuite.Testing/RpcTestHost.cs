using System.Globalization;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KeeperSuite.Testing;

/// <summary>
/// An <see cref="EthJsonRpcClient"/> wired exactly as production wires it (configuration section "Rpc" →
/// <c>AddKeeperSuiteRpc</c>), for the given endpoints and optional extra "Rpc:*" settings.
/// </summary>
public sealed class RpcTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    private RpcTestHost(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<EthJsonRpcClient>();
        Transport = services.GetRequiredService<IRpcTransport>();
    }

    /// <summary>The typed client.</summary>
    public EthJsonRpcClient Client { get; }

    /// <summary>The resilient transport under the client.</summary>
    public IRpcTransport Transport { get; }

    /// <summary>Builds the client; <paramref name="settings"/> keys are relative to "Rpc", e.g. ("RetryCount", "0").</summary>
    public static RpcTestHost Create(IEnumerable<Uri> endpoints, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>();
        var index = 0;
        foreach (var endpoint in endpoints)
            values[$"Rpc:Endpoints:{index++.ToString(CultureInfo.InvariantCulture)}"] = endpoint.ToString();
        foreach (var (key, value) in settings)
            values[$"Rpc:{key}"] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddKeeperSuiteRpc(configuration).BuildServiceProvider(validateScopes: true);
        return new RpcTestHost(services);
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
