using System.Diagnostics;
using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Devnet;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;
using Fund = KeeperSuite.Contracts.InsuranceFund.ContractDefinition;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;
using Token = KeeperSuite.Contracts.RecoveryToken.ContractDefinition;

namespace KeeperSuite.Simulator.Tests;

/// <summary>
/// Small simulator runs through the command's own classes (SimulationRun: embedded chain, deploy scripts,
/// real keeper passes). Each report is compared with what the chain itself says, read here independently through
/// the pool's views and events; and the embedded chain must be gone afterwards, whether the run ended, failed or was cancelled.
/// </summary>
public sealed class SimulationTests
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static SimulationOptions Small(string scenario) => new() { Scenario = scenario, Positions = 9, Lps = 2, Blocks = 5, Seed = 7 };

    [Fact]
    public async Task Crash_run_report_matches_the_chain_and_the_chain_is_gone_afterwards()
    {
        ChainFacts? facts = null;
        KeeperBalance? keeper = null;
        var run = new SimulationRun(Small("crash"), NoProgress.Instance)
        {
            InspectChain = async (url, d) =>
            {
                facts = await ChainFacts.ReadAsync(url, d);
                keeper = await KeeperBalance.ReadAsync(url, d, SimulationAccounts.Keeper(7).GetPublicAddress());
            },
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        var report = await run.RunAsync(timeout.Token);

        Assert.True(report.ChecksPassed, string.Join("; ", report.CheckFailures));
        Assert.NotNull(facts);
        Assert.True(facts.DeficitsCreated > 0, "a -40% crash of WETH with HF 1.1-1.9 books must leave bad debt");
        Assert.Equal(facts.DeficitsCreated.ToString(Inv), report.Deficits.CreatedBaseUnits);
        Assert.Equal(facts.Rewards.ToString(Inv), report.Deficits.RewardsBaseUnits);
        Assert.Equal(facts.DeficitsCreated + facts.Rewards, BigInteger.Parse(report.Deficits.FundBaseUnits, Inv) + BigInteger.Parse(report.Deficits.AuctionBaseUnits, Inv) + BigInteger.Parse(report.Deficits.LpsBaseUnits, Inv));
        Assert.Equal(BigInteger.Zero, facts.Uncovered);
        Assert.Equal(facts.Liquidations, report.Liquidations.Liquidations);
        Assert.Equal(facts.RecoveryTokens, new BigInteger(report.Deficits.RecoveryTokensMinted * 1e18m));
        Assert.Equal(facts.WrittenOff.ToString(Inv), report.Deficits.LpsBaseUnits);
        Assert.True(report.Reaction.Samples > 0);
        ReportIdentities.AssertHold(report);
        Assert.Equal((decimal)facts.FundBalance / 1_000_000m, report.Fund.After);

        // The default keeper is a flash keeper: its debt asset moved by exactly bonus − slippage − flash fees + rewards,
        // the report's figures (oracle value − repaid − fee, and oracle value − what its sales fetched) against the chain's balance.
        Assert.NotNull(keeper);
        Assert.NotNull(report.Dex);
        Assert.Equal("flash", report.KeeperMode);
        Assert.All(report.Sales, s => Assert.True(s.Sold && s.ByKeeper));
        var slippage = BigInteger.Parse(report.Dex.KeeperSlippageBaseUnits, Inv);
        Assert.True(slippage > 0, "the sales paid at least the pool's fee");
        Assert.Equal(keeper.Latest - keeper.Funded,
            BigInteger.Parse(report.Dex.KeeperBonusBaseUnits, Inv) - slippage - BigInteger.Parse(report.Dex.FlashFeesBaseUnits, Inv) + keeper.Rewards);
        Assert.Equal(report.Dex.OracleValue - report.Dex.DexValue, report.Dex.Slippage);
        AssertGone(run.Chain!);
    }

    [Fact]
    public async Task Cancelled_run_stops_the_chain()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnStage("deploying", cancel);
        var run = new SimulationRun(Small("crash"), progress);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.RunAsync(cancel.Token));

        AssertGone(run.Chain!);
    }

    [Fact]
    public async Task Failed_run_reports_why_in_one_line_and_what_happened_and_stops_the_chain()
    {
        // No block allowed after the path: the crash's deficits cannot close, so the run fails.
        var run = new SimulationRun(Small("no-bidders") with { MaxDrainBlocks = 0 }, NoProgress.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await run.RunAsync(timeout.Token);

        Assert.NotNull(report.Failure);
        Assert.DoesNotContain('\n', report.Failure);
        Assert.Contains("did not end within 0 blocks after the path", report.Failure);
        Assert.Contains("deficits open", report.Failure);
        Assert.False(report.Succeeded);
        Assert.True(report.Deficits.Count > 0, "what happened up to the failure is in the report");
        Assert.NotEmpty(report.Series);
        AssertGone(run.Chain!);
    }

    [Fact]
    public async Task Simulate_refuses_bad_options_before_starting_anything()
    {
        using var errors = new StringWriter();
        var code = await SimulateCommand.RunAsync(["--scenario", "meteor", "--positions", "1"], errors);
        var error = errors.ToString();

        Assert.Equal(2, code);
        Assert.Contains("--scenario must be one of", error);
        Assert.Contains("--positions must be between", error);
    }

    private static void AssertGone(HardhatNode chain)
    {
        Assert.True(HardhatNode.IsPortFree(chain.Port), $"port {chain.Port} is still taken");
        try
        {
            using var process = Process.GetProcessById(chain.ProcessId);
            Assert.True(process.HasExited, $"hardhat node {chain.ProcessId} still runs");
        }
        catch (ArgumentException)
        {
            // No such process: gone.
        }
    }

    private sealed class CancelOnStage(string stage, CancellationTokenSource cancel) : ISimulationProgress
    {
        public void Stage(int seed, string text)
        {
            if (text.StartsWith(stage, StringComparison.Ordinal))
                cancel.Cancel();
        }

        public void Block(int seed, BlockSample s, string[] collaterals)
        {
        }
    }

    /// <summary>The keeper's debt-asset balance (now and at any block) and the write-off rewards the pool paid it, read from the chain.</summary>
    /// <param name="Funded">Its balance at the end of the block the seeder minted its debt asset in (nothing of the keeper's moves it before the path).</param>
    internal sealed record KeeperBalance(BigInteger Funded, BigInteger Latest, BigInteger Rewards)
    {
        public static async Task<KeeperBalance> ReadAsync(Uri url, Deployment d, string keeper)
        {
            var web3 = new Web3(new RpcClient(url));
            var from = new BlockParameter(d.DeployBlock);
            var paid = web3.Eth.GetEvent<Pool.RewardPaidEventDTO>(d.Pool);
            var rewards = (await paid.GetAllChangesAsync(paid.CreateFilterInput(from, BlockParameter.CreateLatest())))
                .Where(e => string.Equals(e.Event.To, keeper, StringComparison.OrdinalIgnoreCase))
                .Aggregate(BigInteger.Zero, (a, e) => a + e.Event.Assets);
            var transfers = web3.Eth.GetEvent<Erc20.TransferEventDTO>(d.DebtAsset.Address);
            var minted = (await transfers.GetAllChangesAsync(transfers.CreateFilterInput(from, BlockParameter.CreateLatest())))
                .Single(e => string.Equals(e.Event.To, keeper, StringComparison.OrdinalIgnoreCase) && e.Event.From == "0x0000000000000000000000000000000000000000");
            async Task<BigInteger> At(BlockParameter block) =>
                await web3.Eth.GetContractQueryHandler<Erc20.BalanceOfFunction>().QueryAsync<BigInteger>(d.DebtAsset.Address, new Erc20.BalanceOfFunction { Account = keeper }, block);
            return new KeeperBalance(await At(new BlockParameter(minted.Log.BlockNumber)), await At(BlockParameter.CreateLatest()), rewards);
        }
    }

    /// <summary>The chain's own account of the write-off: pool views (deficit ledger), pool events, token supply.</summary>
    internal sealed record ChainFacts(BigInteger DeficitsCreated, BigInteger WrittenOff, BigInteger Rewards, BigInteger Uncovered, BigInteger RecoveryTokens, BigInteger FundBalance, int Liquidations)
    {
        public static async Task<ChainFacts> ReadAsync(Uri url, Deployment d)
        {
            var web3 = new Web3(new RpcClient(url));
            var count = await web3.Eth.GetContractQueryHandler<Pool.DeficitCountFunction>().QueryAsync<BigInteger>(d.Pool, new Pool.DeficitCountFunction());
            BigInteger created = 0;
            for (var id = BigInteger.One; id <= count; id++)
            {
                var deficit = await web3.Eth.GetContractQueryHandler<Pool.DeficitFunction>()
                    .QueryDeserializingToObjectAsync<Pool.DeficitOutputDTO>(new Pool.DeficitFunction { DeficitId = id }, d.Pool);
                created += deficit.ReturnValue1.Original;
            }
            var from = new BlockParameter(d.DeployBlock);
            var written = web3.Eth.GetEvent<Pool.DeficitsWrittenOffEventDTO>(d.Pool);
            var writtenOff = (await written.GetAllChangesAsync(written.CreateFilterInput(from, BlockParameter.CreateLatest())))
                .Aggregate(BigInteger.Zero, (a, e) => a + e.Event.Assets);
            var paid = web3.Eth.GetEvent<Pool.RewardPaidEventDTO>(d.Pool);
            var rewards = (await paid.GetAllChangesAsync(paid.CreateFilterInput(from, BlockParameter.CreateLatest())))
                .Aggregate(BigInteger.Zero, (a, e) => a + e.Event.Assets);
            var liquidated = web3.Eth.GetEvent<Mkt.LiquidatedEventDTO>(d.Market);
            var liquidations = (await liquidated.GetAllChangesAsync(liquidated.CreateFilterInput(from, BlockParameter.CreateLatest()))).Count;
            return new ChainFacts(
                created,
                writtenOff,
                rewards,
                await web3.Eth.GetContractQueryHandler<Pool.UncoveredDeficitFunction>().QueryAsync<BigInteger>(d.Pool, new Pool.UncoveredDeficitFunction()),
                await web3.Eth.GetContractQueryHandler<Token.TotalSupplyFunction>().QueryAsync<BigInteger>(d.RecoveryToken, new Token.TotalSupplyFunction()),
                await web3.Eth.GetContractQueryHandler<Fund.BalanceFunction>().QueryAsync<BigInteger>(d.Fund, new Fund.BalanceFunction()),
                liquidations);
        }
    }
}
