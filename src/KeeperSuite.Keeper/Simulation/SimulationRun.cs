using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using KeeperSuite.Keeper.Chain;
using KeeperSuite.Keeper.Transactions;
using KeeperSuite.Keeper.WriteOff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nethereum.Hex.HexConvertors.Extensions;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Keeper.Simulation;

/// <summary>
/// One simulation on its own embedded chain: deploy and seed with the repository's scripts, run the real keeper
/// (its host, one <see cref="KeeperPass"/> per mined block), move prices along the scenario's path, let bidders act,
/// and keep mining until the waterfall has closed every deficit. The chain is stopped whatever happens.
/// </summary>
public sealed class SimulationRun(SimulationOptions options, ISimulationProgress progress)
{
    /// <summary>Debt asset minted to the keeper and to each bidder (whole units): budgets are capped in code, not by balance.</summary>
    private const long Funding = 20_000_000;

    /// <summary>Called with the chain's URL and deployment after the report is built, before the chain stops (tests read the chain here).</summary>
    public Func<Uri, Deployment, Task>? InspectChain { get; init; }

    /// <summary>The embedded chain of the current run (tests check it is gone afterwards).</summary>
    public EmbeddedChain? Chain { get; private set; }

    public async Task<SimulationReport> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryLocator.Find();
        var work = Directory.CreateTempSubdirectory("keeper-sim-").FullName;
        var keyVariable = "KEEPER_SIM_KEY_" + Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        IHost? host = null;
        try
        {
            progress.Stage(options.Seed, "starting the embedded chain");
            Chain = await EmbeddedChain.StartAsync(root, cancellationToken);
            progress.Stage(options.Seed, $"deploying on {Chain.Url}");
            await HardhatScript.RunAsync(root, "deploy.js", Chain.Url, work, new Dictionary<string, string>(), cancellationToken);
            var deployment = Deployment.Load(Path.Combine(work, "custom.json"));
            var symbols = deployment.Collaterals.Select(c => c.Symbol).ToArray();
            var scenario = Scenario.Build(options, symbols);

            var keeperKey = SimulationAccounts.Keeper(options.Seed);
            var bidderKeys = scenario.Bidders.Select((_, i) => SimulationAccounts.Bidder(options.Seed, i)).ToList();
            progress.Stage(options.Seed, $"seeding {options.Positions} positions, {options.Lps} LPs");
            var environment = new Dictionary<string, string>
            {
                ["SIM_SEED"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                ["SIM_POSITIONS"] = options.Positions.ToString(CultureInfo.InvariantCulture),
                ["SIM_LPS"] = options.Lps.ToString(CultureInfo.InvariantCulture),
                ["SIM_UTILIZATION"] = scenario.Utilization.ToString(CultureInfo.InvariantCulture),
                ["SIM_KEEPER"] = $"{keeperKey.GetPublicAddress()}:{Funding}",
                ["SIM_BIDDERS"] = string.Join(',', bidderKeys.Select(k => $"{k.GetPublicAddress()}:{Funding}")),
                ["SIM_OUT"] = Path.Combine(work, "book.json"),
            };
            if (options.Fund is { } fund)
                environment["SIM_FUND"] = fund.ToString(CultureInfo.InvariantCulture);
            await HardhatScript.RunAsync(root, "seed-sim.js", Chain.Url, work, environment, cancellationToken);
            var book = SimulationBook.Load(Path.Combine(work, "book.json"));

            Environment.SetEnvironmentVariable(keyVariable, keeperKey.GetPrivateKey());
            var settings = new Dictionary<string, string?>
            {
                ["Rpc:Endpoints:0"] = Chain.Url.ToString(),
                ["Keeper:DeploymentsFile"] = Path.Combine(work, "custom.json"),
                ["Keeper:Signer:PrivateKeyEnvironmentVariable"] = keyVariable,
                ["Keeper:StateDirectory"] = Path.Combine(work, "keeper-state"),
                ["Keeper:Confirmations"] = "0",
                ["Keeper:Metrics:Enabled"] = "false",
            };
            // A key given with a null value binds as 0, so the cap is only set when the scenario congests blocks.
            if (scenario.CongestedSteps.Count > 0)
                settings["Keeper:Fees:MaxFeePerGasGwei"] = Scenario.CongestedFeeCapGwei.ToString(CultureInfo.InvariantCulture);
            host = KeeperHost.Build(HostRole.Simulation, new RunMode(false, false), null, settings);
            await host.StartAsync(cancellationToken);
            var context = host.Services.GetRequiredService<ChainConnection>().Context;
            var pass = host.Services.GetRequiredService<KeeperPass>();
            var transactions = host.Services.GetRequiredService<TransactionManager>();
            var waterfall = host.Services.GetRequiredService<WaterfallReader>();
            await transactions.RecoverAsync(cancellationToken);

            var driver = await ChainDriver.ConnectAsync(Chain.Url, deployment);
            var unit = BigInteger.Pow(10, deployment.DebtAsset.Decimals);
            var bidders = scenario.Bidders.Select((s, i) => new Bidder(s, bidderKeys[i].GetPrivateKey(), Chain.Url, deployment,
                new BigInteger(s.BudgetShare * 1_000_000) * book.TotalDebt / 1_000_000)).ToList();
            foreach (var bidder in bidders)
                await bidder.ApproveAsync();
            var initialPrices = new double[symbols.Length];
            for (var i = 0; i < symbols.Length; i++)
            {
                var price = await driver.Admin.Eth.GetContractQueryHandler<Mkt.CollateralPriceFunction>().QueryDeserializingToObjectAsync<Mkt.CollateralPriceOutputDTO>(
                    new Mkt.CollateralPriceFunction { CollateralId = deployment.Collaterals[i].Id }, deployment.Market);
                initialPrices[i] = (double)price.Price / 1e18;
            }
            var before = await PoolSnapshot.ReadAsync(driver.Admin, deployment);

            progress.Stage(options.Seed, $"running {scenario.Name}");
            var observer = new ChainObserver(driver.Admin, deployment, book);
            var sentAt = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            var samples = new List<BlockSample>();
            var blockPrices = new Dictionary<ulong, double[]>();
            WaterfallSnapshot? last = null;
            await driver.SetAutomineAsync(false);
            for (var step = 1; ; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var draining = step > scenario.Path.Blocks;
                if (step > scenario.Path.Blocks + options.MaxDrainBlocks)
                    throw new SimulationException($"the waterfall did not close every deficit within {options.MaxDrainBlocks} blocks after the path ({last?.OpenDeficits} open)");
                // After the path, a live auction nobody takes needs time, not blocks: its Dutch price falls per minute.
                await driver.IncreaseTimeAsync(draining && last is { Auctions.Count: > 0 } ? Scenario.AuctionJumpSeconds : scenario.BlockSeconds);
                var multipliers = scenario.Path.At(step);
                await driver.PostPricesAsync(multipliers, cancellationToken);
                if (last is not null)
                    foreach (var bidder in bidders)
                        await bidder.ActAsync(last.Auctions, cancellationToken);
                if (scenario.CongestedSteps.Contains(step))
                    await driver.CongestNextBlockAsync(Scenario.CongestionBaseFee);
                var block = await driver.MineAsync();
                var minedMs = clock.Elapsed.TotalMilliseconds;
                var prices = initialPrices.Select((p, i) => p * multipliers[i]).ToArray();
                blockPrices[block] = prices;

                var summary = await pass.RunAsync(block, cancellationToken);
                foreach (var tx in transactions.InFlight)
                    foreach (var attempt in tx.Attempts)
                        sentAt.TryAdd(attempt.Hash, clock.Elapsed.TotalMilliseconds);
                var (atRisk, liquidatable) = await observer.ObserveAsync(block, minedMs);
                last = await waterfall.ReadAsync();
                var auctionPrice = last.Auctions.Count > 0 ? (decimal)(double)last.Auctions[0].Price / 1e18m / (decimal)(double)unit : (decimal?)null;
                var sample = new BlockSample(step, block, prices, atRisk, liquidatable, summary.LiquidationsSent, summary.WriteOffSteps, last.OpenDeficits,
                    ToUnits(last.UncoveredDeficit, unit), ToUnits(last.FundBalance, unit), auctionPrice, clock.Elapsed.TotalMilliseconds);
                samples.Add(sample);
                progress.Block(options.Seed, sample, symbols);
                if (draining && last.OpenDeficits == 0 && transactions.InFlight.Count == 0 && liquidatable == 0)
                    break;
            }
            await driver.SetAutomineAsync(true);
            // Recoveries reach the share price over the pool's unlock period: let it pass so "after" is the LPs' final loss.
            var unlock = await driver.Admin.Eth.GetContractQueryHandler<Pool.RecoveryUnlockPeriodFunction>()
                .QueryAsync<BigInteger>(deployment.Pool, new Pool.RecoveryUnlockPeriodFunction());
            await driver.IncreaseTimeAsync((long)unlock + 1);
            await driver.MineAsync();

            progress.Stage(options.Seed, "checking the report against the chain");
            var after = await PoolSnapshot.ReadAsync(driver.Admin, deployment);
            var builder = new ReportBuilder(driver.Admin, deployment, options, scenario, book, symbols);
            var report = await builder.BuildAsync(new RunRecord(context.KeeperAddress, before, after, samples, blockPrices, sentAt, observer.FirstLiquidatable, bidders,
                clock.Elapsed, samples.Count));
            if (InspectChain is not null)
                await InspectChain(Chain.Url, deployment);
            return report;
        }
        finally
        {
            Environment.SetEnvironmentVariable(keyVariable, null);
            if (host is not null)
            {
                try
                {
                    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await host.StopAsync(stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
                {
                    // Stopping is best effort; the chain below goes regardless.
                }
                host.Dispose();
            }
            if (Chain is not null)
                await Chain.DisposeAsync();
            TryDelete(work);
        }
    }

    internal static decimal ToUnits(BigInteger amount, BigInteger unit) => (decimal)amount / (decimal)unit;

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>What a run collected for the report besides what the chain holds.</summary>
public sealed record RunRecord(
    string Keeper,
    PoolSnapshot Before,
    PoolSnapshot After,
    IReadOnlyList<BlockSample> Samples,
    IReadOnlyDictionary<ulong, double[]> BlockPrices,
    IReadOnlyDictionary<string, double> SentAtMs,
    IReadOnlyDictionary<string, (ulong Block, double MinedMs)> FirstLiquidatable,
    IReadOnlyList<Bidder> Bidders,
    TimeSpan Duration,
    int BlocksMined);
