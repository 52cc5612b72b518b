using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Hex.HexTypes;

namespace KeeperSuite.Keeper.Tests;

[Collection(KeeperChain.Name)]
public sealed class KeeperConcurrencyTests(KeeperChainFixture chain)
{
    private async Task<HashSet<(uint, string)>> CrashAsync()
    {
        var keys = await ChainQueries.PositionKeysAsync(chain);
        await chain.CrashAsync(45m, "WETH", "WBTC");
        var health = await chain.HealthAsync(keys);
        return keys.Where((k, i) => health.Liquidatable[i]).Select(k => (k.CollateralId, k.Owner.ToLowerInvariant())).ToHashSet();
    }

    [Fact]
    public async Task Two_keepers_liquidate_every_position_exactly_once_and_the_loser_carries_on()
    {
        await chain.ResetAsync();
        using var a = new KeeperRunner(chain);
        using var b = new KeeperRunner(chain);
        await chain.FundAsync(a.Address, 1_000_000m);
        await chain.FundAsync(b.Address, 1_000_000m);
        var unhealthy = await CrashAsync();
        var start = await chain.BlockNumberAsync();

        var results = await Task.WhenAll(a.RunOnceAsync("--Keeper:WriteOff:Enabled", "false"), b.RunOnceAsync("--Keeper:WriteOff:Enabled", "false"));

        Assert.All(results, r => Assert.True(r.Code == 0, r.Error));
        var liquidated = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start);
        var keys = liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.True(unhealthy.SetEquals(keys));
    }

    [Fact]
    public async Task Two_shards_together_cover_every_position_once()
    {
        await chain.ResetAsync();
        using var zero = new KeeperRunner(chain);
        using var one = new KeeperRunner(chain);
        await chain.FundAsync(zero.Address, 1_000_000m);
        await chain.FundAsync(one.Address, 1_000_000m);
        var unhealthy = await CrashAsync();
        var start = await chain.BlockNumberAsync();

        var r0 = await zero.RunOnceAsync("--Keeper:Shard", "0/2", "--Keeper:WriteOff:Enabled", "false");
        var r1 = await one.RunOnceAsync("--Keeper:Shard", "1/2", "--Keeper:WriteOff:Enabled", "false");

        Assert.True(r0.Code == 0, r0.Error);
        Assert.True(r1.Code == 0, r1.Error);
        Assert.True(ShardSpec.TryParse("0/2", out var shard0));
        var liquidated = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start);
        Assert.True(unhealthy.SetEquals(liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant()))));
        Assert.Equal(liquidated.Count, liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).Distinct().Count());
        foreach (var e in liquidated)
        {
            var owner = shard0.Owns(e.Event.CollateralId, e.Event.Owner) ? zero.Address : one.Address;
            Assert.Equal(owner.ToLowerInvariant(), e.Event.Liquidator.ToLowerInvariant());
        }
    }

    [Fact]
    public async Task Stuck_transaction_is_replaced_with_higher_fees_and_confirmed_once()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        var (code, error) = await keeper.RunOnceAsync(); // approvals mined while automine is on
        Assert.True(code == 0, error);
        var unhealthy = await CrashAsync();
        var start = await chain.BlockNumberAsync();
        await chain.Rpc<object>("evm_setAutomine", false);
        var (run, stop) = keeper.StartDaemon("--Keeper:Fees:ReplaceAfterBlocks", "2", "--Keeper:WriteOff:Enabled", "false");
        try
        {
            // Wait until the keeper has broadcast its liquidation, then price it out of the next blocks.
            var nonce = await ChainQueries.NonceAsync(chain, keeper.Address);
            await WaitUntilAsync(async () => await PendingAttemptsAsync(keeper) >= 1, TimeSpan.FromSeconds(60));
            await chain.Rpc<object>("hardhat_setNextBlockBaseFeePerGas", new HexBigInteger(BigInteger.Pow(10, 9) * 50).HexValue);
            await WaitUntilAsync(async () =>
            {
                await chain.MineAsync();
                await Task.Delay(400);
                return await ChainQueries.NonceAsync(chain, keeper.Address) > nonce;
            }, TimeSpan.FromSeconds(90));
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            stop.Dispose();
            await chain.Rpc<object>("evm_setAutomine", true);
        }

        using var db = keeper.OpenDatabase();
        var (attempts, status, mined, first) = await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM tx_attempts a WHERE a.nonce = t.nonce), t.status, t.mined_hash,
                       (SELECT hash FROM tx_attempts a WHERE a.nonce = t.nonce ORDER BY sent_block, rowid LIMIT 1)
                FROM transactions t WHERE t.role = 'Liquidation' ORDER BY t.nonce LIMIT 1
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
        }, CancellationToken.None);
        Assert.True(attempts >= 2, $"{attempts} attempts");
        Assert.Equal("confirmed", status);
        Assert.NotEqual(first, mined);
        var liquidated = await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start);
        Assert.True(unhealthy.SetEquals(liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant()))));
        Assert.Equal(liquidated.Count, liquidated.Select(e => (e.Event.CollateralId, e.Event.Owner)).Distinct().Count());
    }

    [Fact]
    public async Task Daemon_serves_metrics_and_health_on_loopback()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        var url = $"http://127.0.0.1:{FreePort.Next()}/";
        var (run, stop) = keeper.StartDaemon("--Keeper:Metrics:Enabled", "true", "--Keeper:Metrics:Url", url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            string? health = null;
            await WaitUntilAsync(async () =>
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(url + "healthz"));
                    health = await response.Content.ReadAsStringAsync();
                    return response.IsSuccessStatusCode && health.Contains("\"processed\":", StringComparison.Ordinal) && !health.Contains("\"processed\":0", StringComparison.Ordinal);
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(60));
            Assert.Contains("\"status\":\"healthy\"", health, StringComparison.Ordinal);
            var metrics = await http.GetStringAsync(new Uri(url + "metrics"));
            Assert.Contains("keeper_positions_watched", metrics, StringComparison.Ordinal);
            Assert.Contains("keeper_head_block", metrics, StringComparison.Ordinal);
            Assert.Contains("keeper_oracles_invalid", metrics, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            var (code, error) = await run;
            stop.Dispose();
            Assert.True(code == 0, error);
        }
    }

    private static async Task<long> PendingAttemptsAsync(KeeperRunner keeper)
    {
        if (!File.Exists(Path.Combine(keeper.StateDirectory, "keeper.db")))
            return 0;
        using var db = keeper.OpenDatabase();
        return await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM transactions WHERE role = 'Liquidation'";
            return (long)command.ExecuteScalar()!;
        }, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"condition not met within {limit}");
            await Task.Delay(250);
        }
    }
}
