using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using KeeperSuite.Core;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Core.WriteOff;
using KeeperSuite.Devnet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// One simulation on its own embedded chain: deploy and seed with the repository's scripts, run the real keeper
/// core (its services, one <see cref="KeeperPass"/> per mined block), move prices along the scenario's path, let bidders act,
/// and keep mining until the waterfall has closed every deficit. The chain is stopped whatever happens.
/// </summary>
public sealed class SimulationRun(SimulationOptions options, ISimulationProgress progress)
{
    /// <summary>Debt asset minted to the keeper and to each bidder (whole units): budgets are capped in code, not by balance.</summary>
    private const long Funding = 20_000_000;

    /// <summary>Called with the chain's URL and deployment after the report is built, before the chain stops (tests read the chain here).</summary>
    public Func<Uri, Deployment, Task>? InspectChain { get; init; }

    /// <summary>The embedded chain of the current run (tests check it is gone afterwards).</summary>
    public HardhatNode? Chain { get; private set; }

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
            Chain = await HardhatNode.StartAsync(root, cancellationToken);
            progress.Stage(options.Seed, $"deploying on {Chain.Url}");
            await HardhatProject.RunDeployScriptAsync("deploy.js", Chain.Url, work, cancellationToken, repositoryRoot: root);
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
            await HardhatProject.RunDeployScriptAsync("seed-sim.js", Chain.Url, work, cancellationToken, environment, root);
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
            host = BuildKeeperHost(settings);
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

    /// <summary>
    /// The keeper core in a host of its own, without the daemon's loop or web host: this run drives
    /// <see cref="KeeperPass"/> itself, one pass per block it mines, and several runs go side by side.
    /// </summary>
    private static IHost BuildKeeperHost(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        // The progress display is the output: the keeper's per-decision lines would drown it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKeeperCore(builder.Configuration);
        return builder.Build();
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
