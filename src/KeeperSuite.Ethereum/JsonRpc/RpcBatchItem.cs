namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>One call's slot in an <see cref="EthRpcBatch"/>; holds its result or its own error after the batch ran.</summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class RpcBatchItem<T> : IRpcBatchSlot
{
    private readonly RpcCall<T> _call;
    private T? _value;
    private Exception? _failure;

    internal RpcBatchItem(RpcCall<T> call) => _call = call;

    /// <summary>True once the batch has run.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The JSON-RPC error this call got, or null.</summary>
    public RpcError? Error { get; private set; }

    /// <summary>True when the batch ran and this call got a well-formed result.</summary>
    public bool Succeeded => IsCompleted && _failure is null;

    /// <summary>The result; throws this call's <see cref="RpcErrorException"/> (or malformed-result exception) if it failed.</summary>
    public T Result
    {
        get
        {
            if (!IsCompleted)
                throw new InvalidOperationException($"{_call.Request.Method}: the batch has not been executed yet; await ExecuteAsync first.");
            return _failure is null ? _value! : throw _failure;
        }
    }

    RpcRequest IRpcBatchSlot.Request => _call.Request;

    void IRpcBatchSlot.Complete(RpcResponse response)
    {
        IsCompleted = true;
        Error = response.Error;
        if (response.Error is { } error)
        {
            _failure = new RpcErrorException(error, _call.Request.Method, response.Endpoint);
            return;
        }
        try
        {
            _value = _call.ReadResult(response.Result, response.Endpoint);
        }
        catch (RpcTransportException e)
        {
            _failure = e;
        }
    }
}

/// <summary>The untyped view of a batch slot.</summary>
internal interface IRpcBatchSlot
{
    RpcRequest Request { get; }

    void Complete(RpcResponse response);
}
