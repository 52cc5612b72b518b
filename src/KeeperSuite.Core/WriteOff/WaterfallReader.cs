using System.Numerics;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Transactions;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.WriteOff;

/// <summary>A waterfall step that is due now, ready to send.</summary>
public sealed record DueStep(PreparedWriteOffStep Intent, string Description, string CallData);

/// <summary>A live auction a bidder may take from (price in debt-asset base units × 1e18 per whole token).</summary>
public sealed record LiveAuction(BigInteger AuctionId, BigInteger Price, BigInteger Floor, BigInteger LotLeft, BigInteger DebtLeft, ulong Deadline);

/// <summary>The waterfall as <c>waterfallState()</c> shows it, reduced to what the keeper acts on.</summary>
public sealed record WaterfallSnapshot(
    BigInteger UncoveredDeficit,
    BigInteger FundBalance,
    int OpenDeficits,
    IReadOnlyList<DueStep> Due,
    IReadOnlyList<LiveAuction> Auctions);

/// <summary>
/// Reads <c>Waterfall.waterfallState()</c> and says which step is due, exactly as its <c>next</c> field says: the
/// keeper never decides the order itself. The waterfall works on the aggregate deficit, so at most one step is
/// due at a time, whatever the number of deficits.
/// </summary>
public sealed class WaterfallReader(ChainConnection connection)
{
    private const byte StepCover = 1, StepStartAuction = 2, StepSettle = 4, StepSocialize = 5;

    public async Task<WaterfallSnapshot> ReadAsync()
    {
        var context = connection.Context;
        var state = (await context.Web3.Eth.QueryAsync<WaterfallStateFunction, WaterfallStateOutputDTO>(
            new WaterfallStateFunction(), context.Deployment.Waterfall, BlockParameter.CreateLatest())).St;
        var round = state.RoundId;
        var debt = context.Deployment.DebtAsset;
        var amount = Observability.Amounts.Units(state.NextAmount, debt.Decimals, debt.Symbol);
        DueStep? due = state.Next switch
        {
            StepCover => new(new(WriteOffStep.Cover, round), $"cover {amount} of round {round} from the insurance fund", Data(new CoverFunction())),
            StepStartAuction => new(new(WriteOffStep.StartAuction, round), $"start the auction of round {round} for {amount}", Data(new StartAuctionFunction())),
            StepSettle => new(new(WriteOffStep.Settle, state.Auction.AuctionId), $"settle auction {state.Auction.AuctionId} of round {round}", Data(new SettleFunction())),
            StepSocialize => new(new(WriteOffStep.Socialize, round), $"socialize {amount} of round {round} across the LPs", Data(new SocializeFunction())),
            _ => null,
        };
        var auctions = state.Auction is { AuctionId: var id, CanSell: true } a && id > 0
            ? [new LiveAuction(a.AuctionId, a.Price, a.Floor, a.LotLeft, a.DebtLeft, a.Deadline)]
            : new List<LiveAuction>();
        // Deficits of the open round: ids from its first to the last recorded, until the round closes.
        var open = state.UncoveredDeficit > 0 && state.Round.FirstDeficitId > 0
            ? (int)(state.DeficitCount - state.Round.FirstDeficitId + 1)
            : 0;
        return new WaterfallSnapshot(state.UncoveredDeficit, state.FundBalance, open, due is null ? [] : [due], auctions);
    }
    /// <summary>Call data of a bid: up to <paramref name="maxTokens"/> at no more than <paramref name="maxPrice"/>.</summary>
    public static string TakeData(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, string receiver) =>
        Data(new TakeFunction { AuctionId = auctionId, MaxTokens = maxTokens, MaxPrice = maxPrice, Receiver = receiver });

    private static string Data<TFunction>(TFunction message) where TFunction : FunctionMessage, new() => message.GetCallData().ToHex(true);
}
