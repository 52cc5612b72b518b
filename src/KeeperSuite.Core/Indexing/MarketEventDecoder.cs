using KeeperSuite.Contracts.Market.ContractDefinition;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Indexing;

/// <summary>
/// Turns Market logs into <see cref="PositionEvent"/>s. Every position event is indexed by (collateralId, owner),
/// so the key comes from the topics; only Borrowed/Repaid data is decoded (the position's new scaled debt).
/// </summary>
public static class MarketEventDecoder
{
    private static readonly string Deposited = Topic<CollateralDepositedEventDTO>();
    private static readonly string Withdrawn = Topic<CollateralWithdrawnEventDTO>();
    private static readonly string Borrowed = Topic<BorrowedEventDTO>();
    private static readonly string Repaid = Topic<RepaidEventDTO>();
    private static readonly string Liquidated = Topic<LiquidatedEventDTO>();
    private static readonly string Closed = Topic<PositionClosedEventDTO>();

    /// <summary>topic0 of every event the index reads, for the log filter.</summary>
    public static IReadOnlyList<string> Topics { get; } = [Deposited, Withdrawn, Borrowed, Repaid, Liquidated, Closed];

    /// <summary>The event, or null for a log that is not a position event (or malformed: a node's answer is not trusted).</summary>
    public static PositionEvent? Decode(FilterLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        // A null topic or data (a broken node or proxy) would surface as a NullReferenceException inside Nethereum's decoder.
        if (log.Topics is not { Length: >= 3 } topics || topics.Any(t => t is null) || log.Data is null || log.BlockNumber is null || log.LogIndex is null)
            return null;
        var topic0 = topics[0]?.ToString()?.ToLowerInvariant();
        PositionEventKind kind;
        var hasDebt = false;
        try
        {
            if (topic0 == Deposited || topic0 == Withdrawn)
                kind = PositionEventKind.CollateralChanged;
            else if (topic0 == Borrowed)
                (kind, hasDebt) = (PositionEventKind.DebtChanged, log.DecodeEvent<BorrowedEventDTO>().Event.ScaledDebt > 0);
            else if (topic0 == Repaid)
                (kind, hasDebt) = (PositionEventKind.DebtChanged, log.DecodeEvent<RepaidEventDTO>().Event.ScaledDebt > 0);
            else if (topic0 == Liquidated)
                kind = PositionEventKind.Liquidated;
            else if (topic0 == Closed)
                kind = PositionEventKind.Closed;
            else
                return null;
            var id = (uint)new System.Numerics.BigInteger(Convert.FromHexString(Hex(topics[1])), isUnsigned: true, isBigEndian: true);
            var owner = "0x" + Hex(topics[2])[^40..];
            return new PositionEvent((ulong)log.BlockNumber.Value, (ulong)log.LogIndex.Value, PositionKey.Of(id, owner), kind, hasDebt);
        }
        // Nethereum's decoder raises NullReferenceException on some malformed topics (e.g. a number where a hex string belongs).
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or IndexOutOfRangeException or InvalidOperationException or NullReferenceException)
        {
            return null;
        }
    }

    private static string Hex(object? topic)
    {
        var text = topic?.ToString() ?? "";
        text = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return text.Length == 64 ? text : throw new FormatException("topic is not 32 bytes");
    }

    private static string Topic<T>() where T : IEventDTO, new() =>
        "0x" + ABITypedRegistry.GetEvent<T>().Sha3Signature.ToLowerInvariant();
}
