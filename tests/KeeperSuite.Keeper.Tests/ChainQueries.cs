using System.Numerics;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using LensKey = KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey;

namespace KeeperSuite.Keeper.Tests;

/// <summary>Reads chain state and events straight from the node with Nethereum, independently of the keeper's own code.</summary>
public static class ChainQueries
{
    public static async Task<List<LensKey>> PositionKeysAsync(KeeperChainFixture chain)
    {
        var handler = chain.Admin.Eth.GetEvent<BorrowedEventDTO>(chain.Address("Market"));
        var events = await handler.GetAllChangesAsync(handler.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        return events.Select(e => (e.Event.CollateralId, Owner: e.Event.Owner.ToLowerInvariant())).Distinct()
            .Select(k => new LensKey { CollateralId = k.CollateralId, Owner = k.Owner }).ToList();
    }

    public static async Task<List<EventLog<TEvent>>> EventsAsync<TEvent>(KeeperChainFixture chain, string contract, ulong fromBlock = 0) where TEvent : IEventDTO, new()
    {
        var handler = chain.Admin.Eth.GetEvent<TEvent>(chain.Address(contract));
        return await handler.GetAllChangesAsync(handler.CreateFilterInput(new BlockParameter(fromBlock), BlockParameter.CreateLatest()));
    }

    public static async Task<KeeperSuite.Contracts.Waterfall.ContractDefinition.State> WaterfallAsync(KeeperChainFixture chain) =>
        (await chain.Admin.Eth.GetContractQueryHandler<WaterfallStateFunction>()
            .QueryDeserializingToObjectAsync<WaterfallStateOutputDTO>(new WaterfallStateFunction(), chain.Address("Waterfall"))).St;

    public static Task<BigInteger> BalanceAsync(KeeperChainFixture chain, string token, string owner) =>
        chain.Admin.Eth.ERC20.GetContractService(token).BalanceOfQueryAsync(owner);

    public static Task<BigInteger> AllowanceAsync(KeeperChainFixture chain, string token, string owner, string spender) =>
        chain.Admin.Eth.ERC20.GetContractService(token).AllowanceQueryAsync(owner, spender);

    public static async Task<BigInteger> NonceAsync(KeeperChainFixture chain, string address) =>
        (await chain.Admin.Eth.Transactions.GetTransactionCount.SendRequestAsync(address, BlockParameter.CreateLatest())).Value;
}
