using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>
/// A transaction the node lost (a node restart empties its mempool, <see cref="NodeRestart"/>) while the keeper's fees
/// are already at <c>Keeper:Fees:MaxFeePerGasGwei</c>: a replacement is impossible, so before the fix nothing was ever
/// sent again and every later nonce waited behind it for good.
/// </summary>
[Collection(KeeperChain.Name)]
public sealed class DroppedAtCapTests(KeeperChainFixture chain)
{
    [Fact]
    public async Task A_dropped_transaction_at_the_fee_cap_is_broadcast_again_and_mined()
    {
        await chain.ResetAsync();
        using var keeper = new KeeperRunner(chain);
        await chain.FundAsync(keeper.Address, 1_000_000m);
        // Something to liquidate, so the keeper sends (its first transaction is the debt-asset approval).
        Assert.NotEmpty(await ChaosScenario.CrashWithExtraPositionsAsync(chain, 0, 5));
        await chain.Rpc<object>("evm_setAutomine", false);
        // 15 wei: the seeded chain's base fee is single-digit wei, so the first send (2 × base + tip) is already at the cap.
        var (run, stop) = keeper.StartDaemon(
            "--Keeper:Fees:MaxFeePerGasGwei", "0.000000015", "--Keeper:Fees:MaxPriorityFeePerGasGwei", "0.000000001",
            "--Keeper:Fees:ReplaceAfterBlocks", "1");
        try
        {
            // The keeper's first transaction (the debt-asset approval) waits in the mempool; the node loses it.
            var pending = await WaitForAsync(async () =>
                (await chain.Rpc<Transaction[]>("eth_pendingTransactions")).FirstOrDefault(t => string.Equals(t.From, keeper.Address, StringComparison.OrdinalIgnoreCase)),
                run, TimeSpan.FromSeconds(60));
            Assert.True(await chain.Rpc<bool>("hardhat_dropTransaction", pending.TransactionHash));
            await WaitForAsync(async () =>
            {
                await chain.MineAsync();
                await Task.Delay(300);
                return await ChainQueries.NonceAsync(chain, keeper.Address) > 0 ? "mined" : null;
            }, run, TimeSpan.FromSeconds(60));
            var receipt = await chain.Admin.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(pending.TransactionHash);
            Assert.NotNull(receipt); // the very same signed bytes: the fee could not be raised
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            stop.Dispose();
            await chain.Rpc<object>("evm_setAutomine", true);
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, Task<(int Code, string Error)> run, TimeSpan limit)
        where T : class
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(run.IsCompleted, $"the keeper exited: {(run.IsCompleted ? (await run).Error : "")}");
            if (await probe() is { } found)
                return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"not within {limit}");
    }
}
