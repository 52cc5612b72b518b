using System.Text.Json.Nodes;
using KeeperSuite.Contracts.Market.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// A node that needs longer than <c>Rpc:AttemptTimeout</c> to simulate a large liquidation batch (found by the chaos
/// run on a loaded machine: the estimate of a 25-position batch timed out every time, was backed off, retried at the
/// same size, and nothing was ever liquidated).
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class SlowSimulationTests(KeeperChainFixture chain)
{
    // 4-byte selector, the offset and length words of the orders array, then 3 words (192 hex chars) per order.
    private const int MaxFastOrders = 3;
    private const int FastDataLength = 2 + 8 + 128 + MaxFastOrders * 192;

    [Fact]
    public async Task A_batch_whose_simulation_times_out_is_split_until_the_halves_go_through()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, 8, 11);
        Assert.True(targets.Count > 2 * MaxFastOrders, $"{targets.Count} liquidatable positions");
        var start = await chain.BlockNumberAsync();
        await using var proxy = new FaultProxy(chain.Url, 1, 0)
        {
            SlowWhen = r => r["method"]?.GetValue<string>() == "eth_estimateGas"
                && r["params"] is JsonArray { Count: > 0 } p && p[0]?["data"]?.GetValue<string>() is { Length: > FastDataLength },
            SlowBy = FaultProxy.MaxHold,
        };

        var (code, error) = await keeper.RunOnceAsync(
            "--Rpc:Endpoints:0", proxy.Url.ToString(), "--Rpc:AttemptTimeout", "00:00:02", "--Rpc:RetryCount", "1",
            "--Keeper:Liquidation:MaxInFlight", "16", "--Keeper:WriteOff:Enabled", "false");

        Assert.True(code == 0, error);
        Assert.True(proxy.Count(FaultKind.Slow) > 0, "a batch estimate was slow");
        var liquidated = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToHashSet();
        Assert.True(targets.IsSubsetOf(liquidated), $"liquidated {liquidated.Count} of {targets.Count} in one pass");
    }
}
