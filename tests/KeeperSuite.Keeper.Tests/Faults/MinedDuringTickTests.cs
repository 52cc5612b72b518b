using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// A transaction mined between the keeper's receipt look-up and its read of the confirmed nonce (found by the chaos
/// run: a liquidation of 25 positions was recorded as "superseded — signed elsewhere" although it was the keeper's
/// own, and its ledger never closed). The node here answers eth_getTransactionCount slowly, and a block is mined
/// while it does.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class MinedDuringTickTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task A_transaction_mined_while_the_nonce_is_read_is_recorded_as_mined_not_superseded()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        // Something to liquidate, so the keeper sends (its first transaction is the debt-asset approval).
        Assert.NotEmpty(await ChaosScenario.CrashWithExtraPositionsAsync(chain, 0, 5));
        await chain.Rpc<object>("evm_setAutomine", false);
        await using var proxy = new FaultProxy(chain.Url, 1, 0)
        {
            SlowWhen = r => r["method"]?.GetValue<string>() == "eth_getTransactionCount",
            SlowBy = TimeSpan.FromSeconds(1.5),
        };
        var (run, stop) = keeper.StartDaemon("--Rpc:Endpoints:0", proxy.Url.ToString(), "--Keeper:WriteOff:Enabled", "false");
        try
        {
            // The approval waits in the mempool. A block that prices it out gives the keeper a new head (so it checks its
            // transaction: no receipt, then the slow nonce read); while it reads, a cheap block mines the approval.
            await WaitAsync(async () => (await chain.Rpc<Transaction[]>("eth_pendingTransactions"))
                .Any(t => string.Equals(t.From, keeper.Address, StringComparison.OrdinalIgnoreCase)), run);
            await chain.Rpc<object>("hardhat_setNextBlockBaseFeePerGas", new HexBigInteger(BigInteger.Pow(10, 9) * 50).HexValue);
            var slowBefore = proxy.Count(FaultKind.Slow);
            await chain.MineAsync();
            await WaitAsync(() => Task.FromResult(proxy.Count(FaultKind.Slow) > slowBefore), run);
            await chain.Rpc<object>("hardhat_setNextBlockBaseFeePerGas", "0x1");
            await chain.MineAsync();
            // Only the approval's outcome is waited for: a liquidation the keeper sends after the cheap block stays in the
            // mempool (no block is mined after it), so waiting for every row to be mined timed out when it came late.
            await WaitAsync(async () => await StatusAsync(keeper) is "confirmed" or "reverted" or "superseded", run);
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            stop.Dispose();
            await chain.Rpc<object>("evm_setAutomine", true);
        }
        Assert.Equal("confirmed", await StatusAsync(keeper));
    }

    private static async Task<string?> StatusAsync(KeeperRunner keeper)
    {
        using var db = keeper.OpenDatabase();
        return await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT status FROM transactions WHERE nonce = 0";
            return command.ExecuteScalar() as string;
        }, CancellationToken.None);
    }

    private static async Task WaitAsync(Func<Task<bool>> done, Task<(int Code, string Error)> run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await done())
        {
            Assert.False(run.IsCompleted, $"the keeper exited: {(run.IsCompleted ? (await run).Error : "")}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("not within 60 s");
            await Task.Delay(50);
        }
    }
}
