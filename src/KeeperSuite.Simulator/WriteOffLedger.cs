using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;
using Token = KeeperSuite.Contracts.RecoveryToken.ContractDefinition;
using Wf = KeeperSuite.Contracts.Waterfall.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// Who bore the bad debt, as the chain's events and views say (debt-asset base units). The waterfall pays keeper
/// rewards from the pool and adds them to the debt it writes off, so what the fund, the auction and the LPs paid
/// together is the deficits created plus those rewards.
/// </summary>
public sealed record LossSplit(
    BigInteger DeficitsCreated,
    int DeficitCount,
    BigInteger Fund,
    BigInteger Auction,
    BigInteger Lps,
    BigInteger Rewards,
    BigInteger RepaidToPool,
    BigInteger WrittenOffInPool,
    BigInteger UncoveredAtEnd,
    BigInteger RecoveryTokensMinted,
    BigInteger LossPerShareWad,
    BigInteger KeeperRewards)
{
    /// <summary>fund + auction + LPs == deficits created + rewards, to the unit, and the pool's own ledger agrees.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Fund + Auction + Lps != DeficitsCreated + Rewards)
            problems.Add($"fund {Fund} + auction {Auction} + LPs {Lps} = {Fund + Auction + Lps} != deficits created {DeficitsCreated} + rewards {Rewards}");
        if (RepaidToPool + WrittenOffInPool != DeficitsCreated + Rewards)
            problems.Add($"pool: repaid {RepaidToPool} + written off {WrittenOffInPool} != deficits created {DeficitsCreated} + rewards {Rewards}");
        if (RepaidToPool != Fund + Auction)
            problems.Add($"pool repaid {RepaidToPool} != fund {Fund} + auction {Auction}");
        if (WrittenOffInPool != Lps)
            problems.Add($"pool written off {WrittenOffInPool} != LPs {Lps}");
        if (UncoveredAtEnd != 0)
            problems.Add($"pool.uncoveredDeficit() is {UncoveredAtEnd} at the end");
        return problems;
    }
}

/// <summary>
/// The one place that reads the write-off from the chain: the pool's ledger events (DeficitRecorded, DeficitsRepaid,
/// RewardPaid, DeficitsWrittenOff) and the Waterfall's round totals (RoundClosed: covered by the fund, raised by
/// auction, socialized), plus the views that must agree.
/// </summary>
public sealed class WriteOffLedger(Web3 web3, Deployment deployment)
{
    public async Task<LossSplit> ReadAsync(string keeper)
    {
        var from = new BlockParameter(deployment.DeployBlock);
        var to = BlockParameter.CreateLatest();
        var recorded = await Events<Pool.DeficitRecordedEventDTO>(deployment.Pool, from, to);
        var repaid = await Events<Pool.DeficitsRepaidEventDTO>(deployment.Pool, from, to);
        var rewards = await Events<Pool.RewardPaidEventDTO>(deployment.Pool, from, to);
        var writtenOff = await Events<Pool.DeficitsWrittenOffEventDTO>(deployment.Pool, from, to);
        var rounds = await Events<Wf.RoundClosedEventDTO>(deployment.Waterfall, from, to);

        var uncovered = await web3.Eth.GetContractQueryHandler<Pool.UncoveredDeficitFunction>()
            .QueryAsync<BigInteger>(deployment.Pool, new Pool.UncoveredDeficitFunction());
        var minted = await web3.Eth.GetContractQueryHandler<Token.TotalSupplyFunction>()
            .QueryAsync<BigInteger>(deployment.RecoveryToken, new Token.TotalSupplyFunction());

        return new LossSplit(
            Sum(recorded.Select(e => e.Assets)),
            recorded.Count,
            Sum(rounds.Select(e => e.Covered)),
            Sum(rounds.Select(e => e.Raised)),
            Sum(rounds.Select(e => e.Socialized)),
            Sum(rewards.Select(e => e.Assets)),
            Sum(repaid.Select(e => e.Assets)),
            Sum(writtenOff.Select(e => e.Assets)),
            uncovered,
            minted,
            Sum(rounds.Select(e => e.LossPerShareWad)),
            Sum(rewards.Where(e => string.Equals(e.To, keeper, StringComparison.OrdinalIgnoreCase)).Select(e => e.Assets)));
    }
    private async Task<List<T>> Events<T>(string address, BlockParameter from, BlockParameter to) where T : IEventDTO, new()
    {
        var handler = web3.Eth.GetEvent<T>(address);
        var logs = await handler.GetAllChangesAsync(handler.CreateFilterInput(from, to));
        return logs.Select(l => l.Event).ToList();
    }

    private static BigInteger Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (a, b) => a + b);
}
