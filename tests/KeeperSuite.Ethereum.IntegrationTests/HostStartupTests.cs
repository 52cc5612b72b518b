using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>AddKeeperSuiteRpc inside a Generic Host, as the keeper daemon uses it.</summary>
[Collection(SharedHardhatNode.Name)]
public sealed class HostStartupTests(HardhatNodeFixture node)
{
    [Fact]
    public async Task A_host_without_rpc_endpoints_refuses_to_start_and_says_which_key_to_fix()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Rpc:RetryCount"] = "2" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Rpc:Endpoints must contain at least one absolute http(s) URL", e.Message);
    }

    [Fact]
    public async Task The_registered_nethereum_client_reaches_the_node_through_a_dead_first_endpoint()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["Rpc:Endpoints:0"] = $"http://127.0.0.1:{FreePort.Next()}/",
            ["Rpc:Endpoints:1"] = node.Url.ToString(),
            ["Rpc:RetryCount"] = "1",
            ["Rpc:BackoffBase"] = "00:00:00.010",
        });
        await host.StartAsync();

        var client = host.Services.GetRequiredService<IClient>();
        Assert.IsType<ResilientRpcClient>(client);
        Assert.Same(client, host.Services.GetRequiredService<IClient>());
        Assert.Equal(HardhatNodeFixture.ChainId, (ulong)(await new Web3(client).Eth.ChainId.SendRequestAsync()).Value);

        await host.StopAsync();
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKeeperSuiteRpc(builder.Configuration);
        return builder.Build();
    }
}
