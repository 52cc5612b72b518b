using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// The real <c>keeper</c> executable as a child process, SIGKILLed at seeded random moments and restarted, on a chain
/// that mines every 300 ms (so transactions are often in flight when the process dies). SQLite must stay intact, no
/// action may be sent twice, in-flight transactions must be picked up after a restart, and the end state must be the
/// uninterrupted run's: every eligible position liquidated once, every deficit covered.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class KeeperCrashTests(KeeperChainFixture chain, ITestOutputHelper output)
{
    private const int Kills = 20;
    private const int Seed = 2026;

    [Fact]
    public async Task Keeper_killed_20_times_at_random_points_never_corrupts_state_or_sends_twice()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        // A deep insurance fund: every deficit closes by `cover`, so the end state needs no clock games.
        await chain.MintDebtAssetAsync(chain.Address("InsuranceFund"), 5_000_000m);
        var targets = await ChaosScenario.CrashWithExtraPositionsAsync(chain, 12, Seed);
        var start = await chain.BlockNumberAsync();
        await chain.Rpc<object>("evm_setAutomine", false);
        var random = new Random(Seed);
        var recovered = 0;
        try
        {
            for (var kill = 0; kill < Kills; kill++)
            {
                using var process = KeeperProcess.Start(keeper, line => { if (line.Contains("recovered in-flight", StringComparison.Ordinal)) Interlocked.Increment(ref recovered); });
                if (kill == 0)
                {
                    // The first kill is not left to chance: no block is mined until the keeper has signed, persisted and
                    // broadcast a transaction, so it dies with that transaction in flight and a restart must pick it up.
                    var wait = DateTime.UtcNow + TimeSpan.FromSeconds(60);
                    while (PendingTransactions(keeper.StateDirectory) == 0 && !process.HasExited)
                    {
                        Assert.True(DateTime.UtcNow < wait, "the keeper sent nothing within 60 s");
                        await Task.Delay(100);
                    }
                }
                else
                {
                    var until = DateTime.UtcNow + TimeSpan.FromMilliseconds(400 + random.Next(2600));
                    while (DateTime.UtcNow < until && !process.HasExited)
                        await MineAndWaitAsync();
                }
                Assert.False(process.HasExited, $"the keeper exited with {(process.HasExited ? process.ExitCode : 0)} before kill {kill}");
                process.Kill(); // SIGKILL: no shutdown code runs
                await process.WaitForExitAsync();
                Assert.Equal("ok", IntegrityCheck(keeper.StateDirectory));
            }

            // The last run is not interrupted: it must finish what the killed ones left.
            using var last = KeeperProcess.Start(keeper, line => { if (line.Contains("recovered in-flight", StringComparison.Ordinal)) Interlocked.Increment(ref recovered); });
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
            while (!await DoneAsync(keeper, targets))
            {
                Assert.False(last.HasExited, "the keeper exited");
                Assert.True(DateTime.UtcNow < deadline, "the keeper did not finish within 120 s after the last restart");
                await MineAndWaitAsync();
            }
            last.Kill();
            await last.WaitForExitAsync();
        }
        finally
        {
            await chain.Rpc<object>("evm_setAutomine", true);
        }

        Assert.Equal("ok", IntegrityCheck(keeper.StateDirectory));
        var liquidated = (await ChainQueries.EventsAsync<LiquidatedEventDTO>(chain, "Market", start))
            .Select(e => (e.Event.CollateralId, e.Event.Owner.ToLowerInvariant())).ToList();
        Assert.True(targets.SetEquals(liquidated), "every eligible position liquidated");
        Assert.Equal(liquidated.Count, liquidated.Distinct().Count());
        var ledger = await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address);
        Assert.True(ledger.Contiguous, ledger.ToString());
        Assert.Equal(0, ledger.Reverted);
        output.WriteLine($"{Kills} kills; in-flight transactions recovered after restarts: {recovered}; ledger {ledger}");
        Assert.True(recovered > 0, "some kill left a transaction in flight, and a restart picked it up");
    }

    private async Task<bool> DoneAsync(KeeperRunner keeper, HashSet<(uint, string)> targets)
    {
        if (!await ChaosScenario.AllLiquidatedAsync(chain, targets))
            return false;
        var state = await ChainQueries.WaterfallAsync(chain);
        return state.UncoveredDeficit == BigInteger.Zero
            && (await KeeperLedger.ReadAsync(chain, keeper.StateDirectory, keeper.Address)).Contiguous;
    }

    private static long PendingTransactions(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "keeper.db");
        if (!File.Exists(path))
            return 0;
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'transactions'";
        if ((long)command.ExecuteScalar()! == 0)
            return 0;
        command.CommandText = "SELECT COUNT(*) FROM transactions WHERE status = 'pending'";
        return (long)command.ExecuteScalar()!;
    }

    private async Task MineAndWaitAsync()
    {
        await chain.MineAsync();
        await Task.Delay(300);
    }

    private static string IntegrityCheck(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "keeper.db");
        if (!File.Exists(path))
            return "ok";
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
