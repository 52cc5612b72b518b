using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Fund = KeeperSuite.Contracts.InsuranceFund.ContractDefinition;
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
    /// <summary>Deficits created per collateral id (base units).</summary>
    public IReadOnlyDictionary<uint, BigInteger> CreatedByCollateral { get; init; } = new Dictionary<uint, BigInteger>();

    /// <summary>What auctions were started to raise (AuctionStarted.target), base units.</summary>
    public BigInteger AuctionTargets { get; init; }

    /// <summary>What the fund, the auction and the LPs paid together: the deficits plus the rewards the pool paid on top.</summary>
    public BigInteger Paid => DeficitsCreated + Rewards;

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

/// <summary>The pool's and the fund's flows over a run (base units); <see cref="Events"/> bounds the rounding of scaled-debt math.</summary>
public sealed record Flows(
    BigInteger InterestToLps,
    BigInteger InterestToReserves,
    BigInteger LiquidationFees,
    BigInteger ReservesWrittenDown,
    BigInteger ReservesSkimmed,
    BigInteger FundDeposits,
    BigInteger FundPaid,
    int Events)
{
    /// <summary>Flash-loan fees (FlashLoan.fee): credited to reserves like a liquidation fee.</summary>
    public BigInteger FlashLoanFees { get; init; }
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
        var auctions = await Events<Wf.AuctionStartedEventDTO>(deployment.Waterfall, from, to);

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
            Sum(rewards.Where(e => string.Equals(e.To, keeper, StringComparison.OrdinalIgnoreCase)).Select(e => e.Assets)))
        {
            CreatedByCollateral = recorded.GroupBy(e => e.CollateralId).ToDictionary(g => g.Key, g => Sum(g.Select(e => e.Assets))),
            AuctionTargets = Sum(auctions.Select(e => e.Target)),
        };
    }

    /// <summary>
    /// The pool's and the fund's flows between two blocks (exclusive of <paramref name="afterBlock"/>'s predecessor state):
    /// interest and its reserve share, liquidation and flash-loan fees, reserves written down and skimmed, fund deposits and payments.
    /// </summary>
    public async Task<Flows> FlowsAsync(ulong afterBlock)
    {
        var from = new BlockParameter(afterBlock + 1);
        var to = BlockParameter.CreateLatest();
        var accrued = await Events<Pool.InterestAccruedEventDTO>(deployment.Pool, from, to);
        var repaid = await Events<Pool.RepaidEventDTO>(deployment.Pool, from, to);
        var writtenDown = await Events<Pool.ReservesWrittenDownEventDTO>(deployment.Pool, from, to);
        var skimmed = await Events<Pool.ReservesSkimmedEventDTO>(deployment.Pool, from, to);
        var deposited = await Events<Fund.DepositedEventDTO>(deployment.Fund, from, to);
        var paid = await Events<Fund.PaidEventDTO>(deployment.Fund, from, to);
        var flashLoans = await Events<Pool.FlashLoanEventDTO>(deployment.Pool, from, to);
        var interest = Sum(accrued.Select(e => e.Interest));
        var toReserves = Sum(accrued.Select(e => e.ToReserves));
        return new Flows(interest - toReserves, toReserves, Sum(repaid.Select(e => e.Fee)), Sum(writtenDown.Select(e => e.Assets)),
            Sum(skimmed.Select(e => e.Assets)), Sum(deposited.Select(e => e.Assets)), Sum(paid.Select(e => e.Assets)),
            accrued.Count + repaid.Count)
        {
            FlashLoanFees = Sum(flashLoans.Select(e => e.Fee)),
        };
    }
    private async Task<List<T>> Events<T>(string address, BlockParameter from, BlockParameter to) where T : IEventDTO, new()
    {
        var handler = web3.Eth.GetEvent<T>(address);
        var logs = await handler.GetAllChangesAsync(handler.CreateFilterInput(from, to));
        return logs.Select(l => l.Event).ToList();
    }

    private static BigInteger Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (a, b) => a + b);
}
