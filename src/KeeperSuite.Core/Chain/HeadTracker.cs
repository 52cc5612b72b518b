using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using KeeperSuite.Ethereum.JsonRpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client.RpcMessages;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// The chain head as the keeper last saw it, and whether it is stale: a node that stops producing heads must not
/// make the keeper bump fees against it or report itself healthy. When the head is stale and there are several
/// endpoints, each is asked its head; the ones behind are demoted (tried last) for 5 × <c>StaleHeadAfter</c>, since an
/// endpoint that answers but stopped syncing never trips a circuit breaker (a stopped node rarely recovers quickly).
/// </summary>
public sealed partial class HeadTracker(ChainConnection connection, IOptions<KeeperOptions> options, KeeperMetrics metrics, TimeProvider time, ILogger<HeadTracker> logger)
{
    private ulong _head;
    private DateTimeOffset _movedAt = time.GetUtcNow();
    private DateTimeOffset _comparedAt = DateTimeOffset.MinValue;
    private bool _seen;

    public ulong Head => _head;

    public bool IsStale => _seen && time.GetUtcNow() - _movedAt > options.Value.StaleHeadAfter;

    /// <summary>Last successful read of the head (any endpoint answering).</summary>
    public DateTimeOffset? LastRead { get; private set; }

    /// <summary>Last read of the head that no endpoint answered; later than <see cref="LastRead"/> while the RPC is down.</summary>
    public DateTimeOffset? LastFailure { get; private set; }

    public async Task<ulong> ReadAsync(CancellationToken cancellationToken = default)
    {
        var number = await ReadHeadAsync();
        if (IsStale && number == _head && await DemoteEndpointsBehindAsync(cancellationToken))
            number = await ReadHeadAsync();
        return Record(number);
    }

    /// <summary>A head the node announced (newHeads): recorded like a read, without a request.</summary>
    public ulong Observe(ulong number)
    {
        LastRead = time.GetUtcNow();
        return Record(number);
    }

    private ulong Record(ulong number)
    {
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

    private async Task<ulong> ReadHeadAsync()
    {
        ulong number;
        try
        {
            number = (ulong)(await connection.Context.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counted here, where every poll passes: with the only endpoint down no pass runs, and nothing else counts.
            LastFailure = time.GetUtcNow();
            metrics.RpcFault("eth_blockNumber");
            throw;
        }
        LastRead = time.GetUtcNow();
        return number;
    }

    /// <summary>Compares every endpoint's head (at most once per <c>StaleHeadAfter</c>); true when one was demoted.</summary>
    private async Task<bool> DemoteEndpointsBehindAsync(CancellationToken cancellationToken)
    {
        var window = options.Value.StaleHeadAfter;
        var demotion = window * 5;
        if (connection.Context.Client is not ResilientRpcClient client || client.EndpointNames.Count < 2 || time.GetUtcNow() - _comparedAt < window)
            return false;
        _comparedAt = time.GetUtcNow();
        var answers = await client.SendToEachEndpointAsync(new RpcRequestMessage(1, "eth_blockNumber"), cancellationToken);
        var heads = answers
            .Where(a => a.Answer is { Error: null, Result: not null })
            .Select(a => (a.Endpoint, Head: (ulong)new HexBigInteger(a.Answer!.GetResult<string>()).Value))
            .ToList();
        if (heads.Count == 0)
            return false;
        var best = heads.Max(h => h.Head);
        var demoted = false;
        foreach (var (endpoint, head) in heads.Where(h => h.Head < best))
        {
            client.DemoteEndpoint(endpoint, demotion);
            LogDemoted(logger, endpoint, head, best, demotion);
            demoted = true;
        }
        return demoted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "endpoint {Endpoint} is behind (head {Head}, best {Best}): tried last for {Window}")]
    private static partial void LogDemoted(ILogger logger, string endpoint, ulong head, ulong best, TimeSpan window);
}
