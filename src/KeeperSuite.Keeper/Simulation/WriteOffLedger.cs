using System.Numerics;
using KeeperSuite.Keeper.Chain;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;
using Token = KeeperSuite.Contracts.RecoveryToken.ContractDefinition;
using Wf = KeeperSuite.Contracts.Waterfall.ContractDefinition;

namespace KeeperSuite.Keeper.Simulation;

/// <summary>Who bore the bad debt, as the chain's events and views say (debt-asset base units).</summary>
public sealed record LossSplit(
    BigInteger DeficitsCreated,
    int DeficitCount,
    BigInteger Fund,
    BigInteger Auction,
    BigInteger Lps,
    BigInteger RepaidToPool,
    BigInteger WrittenOffInPool,
    BigInteger UncoveredAtEnd,
    BigInteger RecoveryTokensMinted,
    BigInteger LossPerShareWad,
    BigInteger KeeperRewards)
{
    /// <summary>fund + auction + LPs == deficits created, to the unit, and the pool's own ledger agrees.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Fund + Auction + Lps != DeficitsCreated)
            problems.Add($"fund {Fund} + auction {Auction} + LPs {Lps} = {Fund + Auction + Lps} != deficits created {DeficitsCreated}");
        if (RepaidToPool + WrittenOffInPool != DeficitsCreated)
            problems.Add($"pool: repaid {RepaidToPool} + written off {WrittenOffInPool} != deficits created {DeficitsCreated}");
        if (RepaidToPool != Fund + Auction)
            problems.Add($"pool repaid {RepaidToPool} != fund {Fund} + auction {Auction}");
        if (UncoveredAtEnd != 0)
            problems.Add($"pool.uncoveredDeficit() is {UncoveredAtEnd} at the end");
        return problems;
    }
}

/// <summary>
/// The one place that reads the write-off from the chain: the pool's deficit ledger events (DeficitRecorded,
/// DeficitRepaid, DeficitWrittenOff) and the Waterfall's step events (Covered, AuctionTaken, Socialized), plus
/// the views that must agree. If the waterfall is reshaped (e.g. one aggregate deficit), only this class changes.
/// </summary>
public sealed class WriteOffLedger(Web3 web3, Deployment deployment)
{
    public async Task<LossSplit> ReadAsync(string keeper)
    {
        var from = new BlockParameter(deployment.DeployBlock);
        var to = BlockParameter.CreateLatest();
        var recorded = await Events<Pool.DeficitRecordedEventDTO>(deployment.Pool, from, to);
        var repaid = await Events<Pool.DeficitRepaidEventDTO>(deployment.Pool, from, to);
        var writtenOff = await Events<Pool.DeficitWrittenOffEventDTO>(deployment.Pool, from, to);
        var covered = await Events<Wf.CoveredEventDTO>(deployment.Waterfall, from, to);
        var taken = await Events<Wf.AuctionTakenEventDTO>(deployment.Waterfall, from, to);
        var socialized = await Events<Wf.SocializedEventDTO>(deployment.Waterfall, from, to);
        var started = await Events<Wf.AuctionStartedEventDTO>(deployment.Waterfall, from, to);
        var settled = await Events<Wf.AuctionSettledEventDTO>(deployment.Waterfall, from, to);

        var uncovered = await web3.Eth.GetContractQueryHandler<Pool.UncoveredDeficitFunction>()
            .QueryAsync<BigInteger>(deployment.Pool, new Pool.UncoveredDeficitFunction());
        var minted = await web3.Eth.GetContractQueryHandler<Token.TotalSupplyFunction>()
            .QueryAsync<BigInteger>(deployment.RecoveryToken, new Token.TotalSupplyFunction());

        bool Mine(string address) => string.Equals(address, keeper, StringComparison.OrdinalIgnoreCase);
        var rewards = Sum(covered.Where(e => Mine(e.Keeper)).Select(e => e.Reward))
            + Sum(started.Where(e => Mine(e.Keeper)).Select(e => e.Reward))
            + Sum(settled.Where(e => Mine(e.Keeper)).Select(e => e.Reward))
            + Sum(socialized.Where(e => Mine(e.Keeper)).Select(e => e.Reward));

        return new LossSplit(
            Sum(recorded.Select(e => e.Assets)),
            recorded.Count,
            Sum(covered.Select(e => e.Covered)),
            Sum(taken.Select(e => e.Paid)),
            Sum(socialized.Select(e => e.Assets)),
            Sum(repaid.Select(e => e.Assets)),
            Sum(writtenOff.Select(e => e.Assets)),
            uncovered,
            minted,
            Sum(socialized.Select(e => e.LossPerShareWad)),
            rewards);
    }

    private async Task<List<T>> Events<T>(string address, BlockParameter from, BlockParameter to) where T : IEventDTO, new()
    {
        var handler = web3.Eth.GetEvent<T>(address);
        var logs = await handler.GetAllChangesAsync(handler.CreateFilterInput(from, to));
        return logs.Select(l => l.Event).ToList();
    }

    private static BigInteger Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (a, b) => a + b);
}
