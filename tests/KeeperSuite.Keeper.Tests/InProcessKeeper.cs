using KeeperSuite.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KeeperSuite.Keeper.Tests;

/// <summary>
/// The keeper's Generic Host inside the test process, in the status role (every service, no worker loop), so that a
/// test drives the indexer, the scanner and the previews itself and compares them with the chain.
/// </summary>
internal sealed class InProcessKeeper(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    /// <summary>Starts one on <paramref name="chain"/> with its key in <paramref name="keyVariable"/>, its state in <paramref name="stateDirectory"/>, and <paramref name="extra"/> settings.</summary>
    public static async Task<InProcessKeeper> StartAsync(KeeperChainFixture chain, string keyVariable, string stateDirectory,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Rpc:Endpoints:0"] = chain.Url.ToString(),
            ["Keeper:DeploymentsFile"] = chain.DeploymentsFile,
            ["Keeper:Signer:PrivateKeyEnvironmentVariable"] = keyVariable,
            ["Keeper:StateDirectory"] = stateDirectory,
            ["Keeper:Confirmations"] = "0",
            ["Keeper:Metrics:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            settings[key] = value;
        var commandLine = settings.SelectMany(s => new[] { "--" + s.Key, s.Value }).ToList();
        // Unlike the status command, it works in its state folder itself: the test reads what it indexed there, and so
        // does the next one started on the folder.
        var host = KeeperHost.Build(HostRole.Status, new RunMode(true, true), null, commandLine,
            services => services.Replace(ServiceDescriptor.Singleton(new KeeperStartup(ReadOnly: true))));
        await host.StartAsync();
        return new InProcessKeeper(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
