using KeeperSuite.Ethereum.JsonRpc;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Contracts.Services;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Chain;

/// <summary>
/// View calls whose answer is decoded against the ABI. A result that does not decode (hex garbage, a word too large
/// for its type, an offset past the end, no result at all) comes from a node or proxy that garbled the answer, so it is
/// raised as the client's <see cref="RpcResultFormatException"/> — the keeper's "bad RPC answer" — instead of the
/// FormatException, OverflowException, InvalidOperationException or NullReferenceException Nethereum's decoder throws.
/// </summary>
public static class ContractReads
{
    public static async Task<TOutput> QueryAsync<TFunction, TOutput>(this IEthApiContractService eth, TFunction function, string address, BlockParameter block)
        where TFunction : FunctionMessage, new()
        where TOutput : IFunctionOutputDTO, new()
    {
        ArgumentNullException.ThrowIfNull(eth);
        var hex = await eth.GetContractQueryHandler<TFunction>().QueryRawAsync(address, function, block);
        try
        {
            // Bounds first, as BatchCaller does: a garbled array length must not hold the decoder for seconds.
            return AbiOutputBounds.Decode<TOutput>(hex);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw new RpcResultFormatException(typeof(TOutput), e);
        }
    }

    public static async Task<TValue> QueryValueAsync<TFunction, TValue>(this IEthApiContractService eth, TFunction function, string address, BlockParameter? block = null)
        where TFunction : FunctionMessage, new()
    {
        ArgumentNullException.ThrowIfNull(eth);
        try
        {
            return await eth.GetContractQueryHandler<TFunction>().QueryAsync<TValue>(address, function, block ?? BlockParameter.CreateLatest());
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw new RpcResultFormatException(typeof(TValue), e);
        }
    }

    private static bool IsDecodingFailure(Exception e) =>
        e is FormatException or OverflowException or InvalidOperationException or NullReferenceException or ArgumentException or IndexOutOfRangeException;
}
