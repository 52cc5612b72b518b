using System.Globalization;
using System.Numerics;
using Xunit.Abstractions;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// The keeper executable over many blocks of a seeded random price walk (WETH and WBTC, mean-reverting around the seed
/// price, dipping far enough to liquidate), recording its resident memory, file descriptors and threads after a
/// warm-up and at the end. <c>SOAK_BLOCKS</c> sets the length (default 150 for the test command; RELIABILITY.md has
/// the 10,000-block command).
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperSoakTests(KeeperChainFixture chain, ITestOutputHelper output)
{
    private static int Blocks => int.TryParse(Environment.GetEnvironmentVariable("SOAK_BLOCKS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 50 ? n : 150;

    [Fact]
    public async Task Keeper_stays_flat_over_a_random_price_walk()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        await chain.MintDebtAssetAsync(chain.Address("InsuranceFund"), 5_000_000m);
        await ChaosScenario.OpenExtraPositionsAsync(chain, 20, 77);
        var feeds = chain.Deployment.GetProperty("collaterals").EnumerateArray()
            .Where(c => c.GetProperty("symbol").GetString() is "WETH" or "WBTC").Select(c => c.GetProperty("aggregator").GetString()!).ToList();
        var basePrices = new List<BigInteger>();
        foreach (var feed in feeds)
            basePrices.Add((await chain.Admin.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
                .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed)).ReturnValue2);

        var random = new Random(Blocks);
        var walk = feeds.Select(_ => 1.0).ToArray();
        var warmUp = Math.Min(50, Blocks / 5);
        (double RssMiB, int Handles, int Threads) start = default;
        var lines = 0L;
        using var process = KeeperProcess.Start(keeper, _ => Interlocked.Increment(ref lines), "--Keeper:Metrics:Enabled", "false");
        try
        {
            for (var block = 0; block < Blocks; block++)
            {
                Assert.False(process.HasExited, $"the keeper exited with {(process.HasExited ? process.ExitCode : 0)} at block {block}");
                for (var i = 0; i < feeds.Count; i++)
                {
                    // Mean-reverting walk in [0.5, 1.3] of the seed price: dips below ~0.75 make positions liquidatable.
                    walk[i] = Math.Clamp(walk[i] + (random.NextDouble() - 0.5) * 0.12 + (1.0 - walk[i]) * 0.02, 0.5, 1.3);
                    var answer = basePrices[i] * new BigInteger(walk[i] * 10_000) / 10_000;
                    await chain.Admin.Eth.GetContractTransactionHandler<Agg.SetAnswerFunction>()
                        .SendRequestAndWaitForReceiptAsync(feeds[i], new Agg.SetAnswerFunction { Answer = answer });
                }
                await Task.Delay(50);
                if (block == warmUp)
                    start = KeeperProcess.Resources(process);
            }
            var end = KeeperProcess.Resources(process);
            var ledger = await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Blocks} walk steps ({Blocks * feeds.Count} price blocks + keeper's): RSS {start.RssMiB:F0} -> {end.RssMiB:F0} MiB, fds {start.Handles} -> {end.Handles}, threads {start.Threads} -> {end.Threads}; {ledger.Rows} transactions; {lines} log lines"));
            Assert.True(end.Handles <= start.Handles + 20, $"file descriptors grew {start.Handles} -> {end.Handles}");
            Assert.True(end.Threads <= start.Threads + 20, $"threads grew {start.Threads} -> {end.Threads}");
            Assert.True(end.RssMiB <= start.RssMiB * 1.5 + 50, $"RSS grew {start.RssMiB:F0} -> {end.RssMiB:F0} MiB");
        }
        finally
        {
            if (!process.HasExited)
                process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
