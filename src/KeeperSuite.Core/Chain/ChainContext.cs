using System.Numerics;
using KeeperSuite.Core.Configuration;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Accounts;
using Nethereum.Web3;

namespace KeeperSuite.Core.Chain;

/// <summary>Everything the services share once start-up checks passed: the chain, our contracts, the signer (a view-only account for <c>status</c>).</summary>
public sealed record ChainContext(
    Web3 Web3,
    IClient Client,
    IAccount Account,
    Deployment Deployment,
    ShardSpec Shard)
{
    public string KeeperAddress => Account.Address;

    public BigInteger DebtUnit => BigInteger.Pow(10, Deployment.DebtAsset.Decimals);
}

/// <summary>Holds the <see cref="ChainContext"/> that <see cref="StartupChecks"/> builds before any worker starts.</summary>
public sealed class ChainConnection
{
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ChainContext? _context;

    public ChainContext Context => _context ?? throw new InvalidOperationException("The keeper has not connected yet (start-up checks did not run).");

    /// <summary>Completes once the start-up checks have passed; a daemon's web host answers before that, its worker waits.</summary>
    public Task WhenConnectedAsync(CancellationToken cancellationToken) => _connected.Task.WaitAsync(cancellationToken);

    internal void Set(ChainContext context)
    {
        _context = context;
        _connected.TrySetResult();
    }
}
