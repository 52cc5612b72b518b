using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;

namespace KeeperSuite.Core.Chain;

/// <summary>One <c>eth_call</c> of a batch: the decoded output, or why there is none.</summary>
public readonly record struct CallOutcome<TOutput>(TOutput? Output, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Many read-only contract calls in one JSON-RPC batch (one HTTP request), all pinned to the same block so the
/// answers describe one state of the chain. A call that fails or whose answer cannot be decoded is reported, not thrown.
/// </summary>
public static class BatchCaller
{
    public static async Task<IReadOnlyList<CallOutcome<TOutput>>> CallAsync<TFunction, TOutput>(
        IClient client, string to, IReadOnlyList<TFunction> calls, BlockParameter block, string? from = null)
        where TFunction : FunctionMessage, new()
        where TOutput : IFunctionOutputDTO, new()
    {
        ArgumentNullException.ThrowIfNull(calls);
        var raw = await CallRawAsync(client, [.. calls.Select(c => (to, Data(c)))], block, from);
        return [.. raw.Select(Decode<TOutput>)];
    }

    /// <summary>
    /// Calls to different contracts and functions (call data as hex, e.g. <c>Data(new XFunction())</c>) in one JSON-RPC
    /// batch at one block: the raw answers (hex), decoded by
    /// the caller with <see cref="Decode{TOutput}(CallOutcome{string})"/>.
    /// </summary>
    public static async Task<IReadOnlyList<CallOutcome<string>>> CallRawAsync(IClient client, IReadOnlyList<(string To, string Data)> calls, BlockParameter block,
        string? from = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
            return [];
        var ethCall = new EthCall(client);
        var batch = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        var items = new List<RpcRequestResponseBatchItem<EthCall, string>>(calls.Count);
        for (var i = 0; i < calls.Count; i++)
        {
            var item = ethCall.CreateBatchItem(new CallInput(calls[i].Data, calls[i].To) { From = from }, block, i + 1);
            items.Add(item);
            batch.BatchItems.Add(item);
        }
        await client.SendBatchRequestAsync(batch);
        return items.Select(item => item.HasError ? new CallOutcome<string>(null, item.RpcError?.Message ?? "error")
            : string.IsNullOrEmpty(item.Response) || item.Response == "0x" ? new CallOutcome<string>(null, "empty answer")
            : new CallOutcome<string>(item.Response, null)).ToList();
    }

    /// <summary>A typed function's call data as hex, for <see cref="CallRawAsync"/>.</summary>
    public static string Data<TFunction>(TFunction call) where TFunction : FunctionMessage, new() => call.GetCallData().ToHex(true);

    /// <summary>Decodes one raw answer of <see cref="CallRawAsync"/>; an error stays an error.</summary>
    public static CallOutcome<TOutput> Decode<TOutput>(CallOutcome<string> raw) where TOutput : IFunctionOutputDTO, new() =>
        raw.Ok ? Decode<TOutput>(raw.Output!) : new(default, raw.Error);

    /// <summary>Decodes one raw answer with a hand-written decoder (which throws FormatException on a bad answer); an error stays an error.</summary>
    public static CallOutcome<TOutput> Decode<TOutput>(CallOutcome<string> raw, Func<string, TOutput> decode)
    {
        ArgumentNullException.ThrowIfNull(decode);
        if (!raw.Ok)
            return new(default, raw.Error);
        try
        {
            return new(decode(raw.Output!), null);
        }
        catch (FormatException e)
        {
            return new(default, "undecodable answer: " + e.Message);
        }
    }

    private static CallOutcome<TOutput> Decode<TOutput>(string hex) where TOutput : IFunctionOutputDTO, new()
    {
        try
        {
            return new(AbiOutputBounds.Decode<TOutput>(hex), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(default, "undecodable answer: " + (e is FormatException ? e.Message : e.GetType().Name));
        }
    }
}
