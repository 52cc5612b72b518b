using KeeperSuite.Keeper.Configuration;
using KeeperSuite.Keeper.Observability;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Keeper.Chain;

/// <summary>
/// The chain head as the keeper last saw it, and whether it is stale: a node that stops producing heads must not
/// make the keeper bump fees against it or report itself healthy.
/// </summary>
public sealed class HeadTracker(ChainConnection connection, IOptions<KeeperOptions> options, KeeperMetrics metrics, TimeProvider time)
{
    private ulong _head;
    private DateTimeOffset _movedAt = time.GetUtcNow();
    private bool _seen;

    public ulong Head => _head;

    public bool IsStale => _seen && time.GetUtcNow() - _movedAt > options.Value.StaleHeadAfter;

    /// <summary>Last successful read of the head (any endpoint answering).</summary>
    public DateTimeOffset? LastRead { get; private set; }

    public async Task<ulong> ReadAsync()
    {
        var number = (ulong)(await connection.Context.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        LastRead = time.GetUtcNow();
        if (!_seen || number != _head)
        {
            // A lower number is a reorg or a node that fell behind; either way it moved.
            _head = number;
            _movedAt = time.GetUtcNow();
            _seen = true;
        }
        metrics.Head(number);
        return number;
    }
}
