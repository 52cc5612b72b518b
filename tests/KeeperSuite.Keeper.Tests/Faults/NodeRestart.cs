using System.Diagnostics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>What one <see cref="NodeRestart"/> did.</summary>
public sealed record RestartReport(TimeSpan Down, int Dropped, int KeeperDropped, int BlocksMissed)
{
    public override string ToString() =>
        $"node down {Down.TotalSeconds:F1} s, mempool lost {Dropped} txs ({KeeperDropped} the keeper's), chain moved {BlocksMissed} blocks";
}

/// <summary>
/// An RPC node restart as a keeper sees it, on a Hardhat node whose chain lives only in memory (killing the process
/// would start an empty chain). Modeled: the endpoint refuses service (the proxy resets every connection) while the
/// node process is really stopped (SIGSTOP, so a request that got through before the outage waits on a frozen
/// process); on "restart" the node has lost its mempool (every pending transaction dropped, the keeper's included) and
/// the chain has moved on without it (blocks mined meanwhile). Not modeled: a process that comes back with a different
/// chain (a reorg across the restart), or state the node persisted and then loses.
/// </summary>
public sealed class NodeRestart(KeeperChainFixture chain, FaultProxy proxy)
{
    public async Task<RestartReport> RunAsync(string keeper, TimeSpan down, int blocksMissed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        proxy.Dead = true;
        chain.SuspendNode();
        try
        {
            await Task.Delay(down, cancellationToken);
        }
        finally
        {
            chain.ResumeNode();
        }
        // The proxy stays dead until the mempool is gone and the chain has moved: the keeper must not see a half-restarted node.
        var (dropped, keeperDropped) = await DropMempoolAsync(keeper);
        await chain.Rpc<object>("hardhat_mine", new HexBigInteger(blocksMissed).HexValue);
        proxy.Dead = false;
        return new RestartReport(clock.Elapsed, dropped, keeperDropped, blocksMissed);
    }

    /// <summary>
    /// Drops every pending and queued transaction (eth_pendingTransactions lists both on Hardhat). A few rounds: a
    /// send that reached the node just before it stopped is only taken in once the process runs again.
    /// </summary>
    private async Task<(int All, int Keeper)> DropMempoolAsync(string keeper)
    {
        var (all, mine) = (0, 0);
        for (var round = 0; round < 5; round++)
        {
            var pending = await chain.Rpc<Transaction[]>("eth_pendingTransactions");
            if (pending.Length == 0)
                return (all, mine);
            foreach (var tx in pending)
                await chain.Rpc<bool>("hardhat_dropTransaction", tx.TransactionHash);
            all += pending.Length;
            mine += pending.Count(t => string.Equals(t.From, keeper, StringComparison.OrdinalIgnoreCase));
            await Task.Delay(200);
        }
        throw new InvalidOperationException("transactions still pending after five rounds of dropping the mempool");
    }

    /// <summary>
    /// True when the node holds a transaction from <paramref name="keeper"/> with a nonce of at least
    /// <paramref name="minNonce"/> that is not mined yet.
    /// </summary>
    public async Task<bool> KeeperHasPendingAsync(string keeper, long minNonce = 0) =>
        (await chain.Rpc<Transaction[]>("eth_pendingTransactions"))
            .Any(t => string.Equals(t.From, keeper, StringComparison.OrdinalIgnoreCase) && (long)t.Nonce.Value >= minNonce);
}
