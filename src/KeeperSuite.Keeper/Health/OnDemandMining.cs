using KeeperSuite.Core.Chain;
using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Keeper.Health;

/// <summary>
/// Whether the node mines only when a transaction arrives (Hardhat's and Anvil's automine): there a head that does
/// not move is a quiet chain, not a stalled node, and <c>/healthz</c> must not call it stale while the node answers.
/// Asked with <c>hardhat_getAutomine</c> (Anvil answers it too, and <c>anvil_getAutomine</c>); a production node
/// does not know the method, which means "no". Asked when the daemon's loop starts, then again at most once a
/// minute while the head looks stale: a test or an operator may switch automine off.
/// </summary>
public sealed class OnDemandMining(ChainConnection connection, TimeProvider time)
{
    private static readonly TimeSpan AskEvery = TimeSpan.FromMinutes(1);
    private static readonly string[] Methods = ["hardhat_getAutomine", "anvil_getAutomine"];
    private DateTimeOffset _askedAt = DateTimeOffset.MinValue;
    private volatile bool _onDemand;

    public bool IsOnDemand => _onDemand;

    public async Task RefreshAsync()
    {
        if (time.GetUtcNow() - _askedAt < AskEvery)
            return;
        _askedAt = time.GetUtcNow();
        foreach (var method in Methods)
        {
            try
            {
                _onDemand = await connection.Context.Client.SendRequestAsync<bool>(new RpcRequest(1, method));
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not a development node (or not this one's method name): try the next, else "no".
            }
        }
        _onDemand = false;
    }
}
