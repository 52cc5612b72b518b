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

    /// <summary>Runs on a chain of its own, started and stopped here (one run; tests).</summary>
    public async Task<SimulationReport> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryLocator.Find();
        SimulationChain? chain = null;
        try
        {
            chain = await SimulationChain.StartAsync(root, stage => progress.Stage(options.Seed, stage), cancellationToken, node => Chain = node);
            Chain = chain.Node;
            return await RunAsync(chain, cancellationToken);
        }
        finally
        {
            if (chain is not null)
                await chain.DisposeAsync();
        }
    }

    /// <summary>
    /// Runs on <paramref name="chain"/> from its fresh deployment (evm_revert): seeds this seed's book, then the path and
    /// the write-off. A run that cannot finish returns a report of what happened with <see cref="SimulationReport.Failure"/> set.
    /// </summary>
    public async Task<SimulationReport> RunAsync(SimulationChain chain, CancellationToken cancellationToken)
    {
        var root = RepositoryLocator.Find();
        Chain = chain.Node;
        var work = chain.RunFolder(options.Seed);
        var keyVariable = "KEEPER_SIM_KEY_" + Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        var timings = new RunTimings();
        IHost? host = null;
        try
        {
            await chain.ResetAsync();
            var url = chain.Node.Url;
            var deployment = chain.Deployment;
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
            await chain.SeedAsync(environment, cancellationToken);
            timings.Seed = clock.Elapsed;
            var book = SimulationBook.Load(Path.Combine(work, "book.json"));

            var driver = await ChainDriver.ConnectAsync(url, deployment);
            var decoder = new RevertDecoder(root);
            await RiskParameters.ApplyAsync(driver, deployment, options, decoder, cancellationToken);
            // The DEX (when deployed) at the scenario's depth, and its arbitrageur: every price post below is followed by arbitrage.
            var dex = await driver.AttachDexAsync(url, deployment, chain.DeploymentsFile, SimulationAccounts.Arbitrageur(options.Seed), scenario.DexDepth, cancellationToken);

            // All 64 hex digits: GetPrivateKey drops leading zero bytes (1 seed in 256), which the keeper's key check refuses.
            Environment.SetEnvironmentVariable(keyVariable, "0x" + Convert.ToHexStringLower(keeperKey.GetPrivateKeyAsBytes()).PadLeft(64, '0'));
            var settings = new Dictionary<string, string?>
            {
                ["Rpc:Endpoints:0"] = url.ToString(),
                ["Keeper:DeploymentsFile"] = chain.DeploymentsFile,
                ["Keeper:Signer:PrivateKeyEnvironmentVariable"] = keyVariable,
                ["Keeper:StateDirectory"] = Path.Combine(work, "keeper-state"),
                ["Keeper:Confirmations"] = "0",
                ["Keeper:Metrics:Enabled"] = "false",
                ["Keeper:Liquidation:Mode"] = scenario.KeeperMode,
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
            // A flash keeper deploys its FlashLiquidator on first need and waits for the receipt: mid-path, with automine
            // off and this loop mining only after the pass, it would wait forever. It deploys now, as it would before its first crash.
            string? flashLiquidator = null;
            if (scenario.KeeperMode != "inventory" && dex is not null)
                flashLiquidator = await host.Services.GetRequiredService<KeeperSuite.Core.Liquidation.FlashLiquidatorProvider>().AddressAsync(cancellationToken);
            // After the deployment above (its own send, outside the transaction manager), so the manager starts from the node's nonce.
            await transactions.RecoverAsync(cancellationToken);

            var unit = BigInteger.Pow(10, deployment.DebtAsset.Decimals);
            var bidders = scenario.Bidders.Select((s, i) => new Bidder(s, bidderKeys[i].GetPrivateKey(), url, deployment,
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
            var observer = new ChainObserver(driver.Admin, deployment, book);
            // Interest booked up to now, so "before" is the LPs' value at the start of the path (and the ledger's interest item starts here).
            await driver.AccrueAsync(deployment);
            var before = await PoolSnapshot.ReadAsync(driver.Admin, deployment);
            var healthBefore = await observer.HealthFactorsAsync(await driver.BlockNumberAsync());
            timings.Setup = clock.Elapsed;

            progress.Stage(options.Seed, $"running {scenario.Name}");
            var sentAt = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            var samples = new List<BlockSample>();
            var reverts = new List<KeeperRevert>();
            var blockPrices = new Dictionary<ulong, double[]>();
            WaterfallSnapshot? last = null;
            string? failure = null;
            var liquidatableNow = 0;
            var keeperTime = TimeSpan.Zero;
            await driver.SetAutomineAsync(false);
            for (var step = 1; ; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var draining = step > scenario.Path.Blocks;
                if (step == scenario.Path.Blocks + 1)
                    timings.Path = clock.Elapsed - timings.Setup;
                if (step > scenario.Path.Blocks + options.MaxDrainBlocks)
                {
                    failure = DrainFailure(options.MaxDrainBlocks, last, liquidatableNow, transactions.InFlight.Count, reverts);
                    break;
                }
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

                var passStarted = clock.Elapsed;
                var summary = await pass.RunAsync(block, cancellationToken);
                keeperTime += clock.Elapsed - passStarted;
                foreach (var tx in transactions.InFlight)
                    foreach (var attempt in tx.Attempts)
                        sentAt.TryAdd(attempt.Hash, clock.Elapsed.TotalMilliseconds);
                await CollectRevertsAsync(driver, decoder, block, sentAt, reverts);
                var (atRisk, liquidatable) = await observer.ObserveAsync(block, minedMs);
                liquidatableNow = liquidatable;
                last = await waterfall.ReadAsync();
                var auctionPrice = last.Auctions.Count > 0 ? (decimal)(double)last.Auctions[0].Price / 1e18m / (decimal)(double)unit : (decimal?)null;
                var sample = new BlockSample(step, block, prices, atRisk, liquidatable, summary.LiquidationsSent, summary.WriteOffSteps, last.OpenDeficits,
                    ToUnits(last.UncoveredDeficit, unit), ToUnits(last.FundBalance, unit), auctionPrice, clock.Elapsed.TotalMilliseconds)
                {
                    SharePrice = await PoolSnapshot.SharePriceAsync(driver.Admin, deployment, unit),
                };
                samples.Add(sample);
                progress.Block(options.Seed, sample, symbols);
                if (draining && last.OpenDeficits == 0 && transactions.InFlight.Count == 0 && liquidatable == 0)
                    break;
            }
            timings.Path ??= clock.Elapsed - timings.Setup;
            await driver.SetAutomineAsync(true);
            // Recoveries reach the share price over the pool's unlock period, which ends at the end of the recovery's
            // epoch plus the period (recoveryUnlockEnd): wait for it so "after" is the LPs' final loss.
            var unlockEnd = await driver.RecoveryUnlockEndAsync(deployment);
            var now = await driver.TimestampAsync();
            if (unlockEnd > now)
                await driver.IncreaseTimeAsync((long)(unlockEnd - now) + 1);
            await driver.MineAsync();
            await driver.AccrueAsync(deployment);
            timings.WriteOff = clock.Elapsed - timings.Setup - timings.Path.Value;

            progress.Stage(options.Seed, failure is null ? "checking the report against the chain" : "writing the report of a failed run");
            var after = await PoolSnapshot.ReadAsync(driver.Admin, deployment);
            var builder = new ReportBuilder(driver.Admin, deployment, options, scenario, book, symbols, dex, flashLiquidator);
            var reportStarted = clock.Elapsed;
            var report = await builder.BuildAsync(new RunRecord(context.KeeperAddress, before, after, samples, blockPrices, sentAt, observer.FirstLiquidatable, bidders,
                clock.Elapsed, samples.Count, reverts, healthBefore, failure));
            timings.Report = clock.Elapsed - reportStarted;
            timings.Keeper = keeperTime;
            if (InspectChain is not null)
                await InspectChain(url, deployment);
            return report with { Timings = timings.ToSummary(), DurationSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1) };
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
                    // Stopping is best effort; the chain is reset by the next run or stopped by its owner.
                }
                host.Dispose();
            }
            SimulationChain.TryDelete(work);
        }
    }

    /// <summary>One line that says what held the run, not only that it did not close.</summary>
    private static string DrainFailure(int maxDrain, WaterfallSnapshot? last, int liquidatable, int inFlight, List<KeeperRevert> reverts)
    {
        var reasons = reverts.GroupBy(r => ReasonName(r.Reason)).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()}x {g.Key}").ToList();
        var revertText = reverts.Count == 0 ? "no keeper transaction reverted" : $"{reverts.Count} keeper transactions reverted ({string.Join(", ", reasons)}; last: {reverts[^1].Reason})";
        return $"the run did not end within {maxDrain} blocks after the path: {liquidatable} positions still liquidatable, {last?.OpenDeficits ?? 0} deficits open, " +
            $"{inFlight} keeper transactions in flight; {revertText}";
    }

    internal static string ReasonName(string reason) => reason.Split('(')[0];

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
        // The default console lifetime takes over SIGINT/SIGTERM to stop this host gracefully, so Ctrl-C and a kill
        // never reached the simulator itself (its runs went on). The simulator owns the signals; this host none.
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        return builder.Build();
    }

    /// <summary>A lifetime that waits for nothing and registers no signal handler.</summary>
    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The keeper's transactions mined in <paramref name="block"/> that reverted, with their decoded reason.</summary>
    private static async Task CollectRevertsAsync(ChainDriver driver, RevertDecoder decoder, ulong block, IReadOnlyDictionary<string, double> sentAt, List<KeeperRevert> reverts)
    {
        var mined = await driver.BlockAsync(block);
        foreach (var hash in mined.TransactionHashes.Where(sentAt.ContainsKey))
        {
            var receipt = await driver.Admin.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            if (receipt?.Status?.Value == 0)
            {
                var reason = await decoder.ReasonAsync(driver.Admin.Client, hash);
                reverts.Add(new KeeperRevert(block, hash, reason));
            }
        }
    }

    internal static decimal ToUnits(BigInteger amount, BigInteger unit) => (decimal)amount / (decimal)unit;
}

/// <summary>A keeper transaction that reverted when mined, and why (decoded revert data).</summary>
public sealed record KeeperRevert(ulong Block, string Hash, string Reason);

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
    int BlocksMined,
    IReadOnlyList<KeeperRevert> Reverts,
    IReadOnlyList<PositionHealthReading> HealthBefore,
    string? Failure);

/// <summary>Wall-clock split of one run (the chain's start and deployment are paid once per chain, outside it).</summary>
public sealed class RunTimings
{
    public TimeSpan Setup { get; set; }
    public TimeSpan Seed { get; set; }
    public TimeSpan? Path { get; set; }
    public TimeSpan WriteOff { get; set; }
    public TimeSpan Keeper { get; set; }
    public TimeSpan Report { get; set; }

    public TimingSummary ToSummary() => new(Math.Round(Setup.TotalSeconds, 2), Math.Round((Path ?? TimeSpan.Zero).TotalSeconds, 2),
        Math.Round(Keeper.TotalSeconds, 2), Math.Round(WriteOff.TotalSeconds, 2), Math.Round(Report.TotalSeconds, 2))
    {
        SeedSeconds = Math.Round(Seed.TotalSeconds, 2),
    };
}
