using System.Numerics;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Keeper.Chain;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Keeper.WriteOff;

/// <summary>A waterfall step that is due now, ready to send. <see cref="Subject"/> identifies it for de-duplication.</summary>
public sealed record DueStep(string Step, string Subject, string Description, string CallData);

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
/// Reads <c>Waterfall.waterfallState()</c> and says which step is due, exactly as the contract's <c>next</c> field
/// says: the keeper never decides the order itself, so it follows whatever shape the waterfall takes.
/// </summary>
public sealed class WaterfallReader(ChainConnection connection)
{
    private const byte StepCover = 1, StepStartAuction = 2, StepSettle = 4, StepSocialize = 5;

    public async Task<WaterfallSnapshot> ReadAsync()
    {
        var context = connection.Context;
        var state = (await context.Web3.Eth.GetContractQueryHandler<WaterfallStateFunction>()
            .QueryDeserializingToObjectAsync<WaterfallStateOutputDTO>(new WaterfallStateFunction(), context.Deployment.Waterfall, BlockParameter.CreateLatest())).ReturnValue1;
        var due = new List<DueStep>();
        foreach (var d in state.Deficits)
        {
            var id = d.DeficitId;
            switch (d.Next)
            {
                case StepCover:
                    due.Add(new("cover", $"cover {id}", $"cover deficit {id}", Data(new CoverFunction { DeficitId = id })));
                    break;
                case StepStartAuction:
                    due.Add(new("startAuction", $"startAuction {id}", $"start the auction of deficit {id}", Data(new StartAuctionFunction { DeficitId = id })));
                    break;
                case StepSettle:
                    due.Add(new("settle", $"settle {d.AuctionId}", $"settle auction {d.AuctionId} of deficit {id}", Data(new SettleFunction { AuctionId = d.AuctionId })));
                    break;
                case StepSocialize:
                    due.Add(new("socialize", $"socialize {id}", $"socialize deficit {id}", Data(new SocializeFunction { DeficitId = id })));
                    break;
            }
        }
        var auctions = state.Auctions.Where(a => a.CanSell)
            .Select(a => new LiveAuction(a.AuctionId, a.Price, a.Floor, a.LotLeft, a.DebtLeft, a.Deadline)).ToList();
        return new WaterfallSnapshot(state.UncoveredDeficit, state.FundBalance, state.Deficits.Count, due, auctions);
    }

    /// <summary>Call data of a bid: up to <paramref name="maxTokens"/> at no more than <paramref name="maxPrice"/>.</summary>
    public static string TakeData(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, string receiver) =>
        Data(new TakeFunction { AuctionId = auctionId, MaxTokens = maxTokens, MaxPrice = maxPrice, Receiver = receiver });

    private static string Data<TFunction>(TFunction message) where TFunction : FunctionMessage, new() => message.GetCallData().ToHex(true);
}
