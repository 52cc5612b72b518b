namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Collects typed calls and sends them as one JSON-RPC batch (one HTTP POST). Each call keeps its own result or error,
/// so one reverting call does not spoil the others.
/// </summary>
public sealed class EthRpcBatch
{
    private readonly IRpcTransport _transport;
    private readonly List<IRpcBatchSlot> _slots = [];
    private bool _executed;

    internal EthRpcBatch(IRpcTransport transport) => _transport = transport;

    /// <summary>Number of calls queued.</summary>
    public int Count => _slots.Count;

    /// <summary>Queues <paramref name="call"/>; read its result from the returned item after <see cref="ExecuteAsync"/>.</summary>
    public RpcBatchItem<T> Add<T>(RpcCall<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (_executed)
            throw new InvalidOperationException("This batch has already been executed; create a new one.");
        var item = new RpcBatchItem<T>(call);
        _slots.Add(item);
        return item;
    }

    /// <summary>Sends every queued call in one request and fills each item.</summary>
    /// <exception cref="RpcTransportException">No endpoint gave a usable batch answer (incl. <see cref="RpcBatchMismatchException"/>).</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (_executed)
            throw new InvalidOperationException("This batch has already been executed; create a new one.");
        _executed = true;
        var responses = await _transport.SendBatchAsync(_slots.Select(s => s.Request).ToList(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < _slots.Count; i++)
            _slots[i].Complete(responses[i]);
    }
}
