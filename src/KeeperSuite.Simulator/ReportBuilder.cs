using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;
using Token = KeeperSuite.Contracts.RecoveryToken.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// Builds the report from the chain: liquidations from the Market's events, the loss split from
/// <see cref="WriteOffLedger"/>, gas from the keeper's receipts, balances from views. Nothing is taken from the
/// simulation's own counters except timings (wall clock) and the price path it set.
/// </summary>
public sealed class ReportBuilder(Web3 web3, Deployment deployment, SimulationOptions options, Scenario scenario, SimulationBook book, string[] symbols, SimulationDex? dex = null,
    string? flashLiquidator = null)
{
    /// <summary>The keeper's liquidations: its own account's, and its FlashLiquidator's (the Market names the contract as liquidator).</summary>
    private bool ByKeeper(string liquidator, string keeper) =>
        string.Equals(liquidator, keeper, StringComparison.OrdinalIgnoreCase) || string.Equals(liquidator, flashLiquidator, StringComparison.OrdinalIgnoreCase);

    public async Task<SimulationReport> BuildAsync(RunRecord run)
    {
        var unit = BigInteger.Pow(10, deployment.DebtAsset.Decimals);
        decimal Units(BigInteger v) => SimulationRun.ToUnits(v, unit);
        double PriceAt(ulong block, int collateral) =>
            run.BlockPrices.Where(p => p.Key <= block).OrderByDescending(p => p.Key).Select(p => p.Value[collateral]).FirstOrDefault(
                run.BlockPrices.OrderBy(p => p.Key).First().Value[collateral]);

        var handler = web3.Eth.GetEvent<Mkt.LiquidatedEventDTO>(deployment.Market);
        var liquidated = await handler.GetAllChangesAsync(handler.CreateFilterInput(new BlockParameter(deployment.DeployBlock), BlockParameter.CreateLatest()));
        // With a DEX, seized collateral is worth what the pool pays for it (DexValuation), not the oracle price.
        var dexValues = dex is null ? null : await new DexValuation(web3, deployment, dex).ReadAsync(liquidated, l => ByKeeper(l, run.Keeper));
        var seizedTokens = new Dictionary<string, decimal>();
        decimal seizedValue = 0, repaid = 0, keeperGain = 0;
        var reactionBlocks = new List<double>();
        var reactionMs = new List<double>();
        var reacted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var log in liquidated)
        {
            var e = log.Event;
            var index = deployment.Collaterals.ToList().FindIndex(c => c.Id == e.CollateralId);
            var tokens = (decimal)e.Seized / (decimal)BigInteger.Pow(10, deployment.Collaterals[index].Decimals);
            var block = (ulong)log.Log.BlockNumber.Value;
            var value = dexValues is null ? tokens * (decimal)PriceAt(block, index) : Units(dexValues.Values[log]);
            seizedTokens[symbols[index]] = seizedTokens.GetValueOrDefault(symbols[index]) + tokens;
            seizedValue += value;
            repaid += Units(e.Repaid);
            if (ByKeeper(e.Liquidator, run.Keeper))
                keeperGain += value - Units(e.Repaid + e.Fee);
            var key = ChainObserver.Key(e.CollateralId, e.Owner);
            if (reacted.Add(key) && run.FirstLiquidatable.TryGetValue(key, out var first))
            {
                reactionBlocks.Add(block - first.Block);
                if (run.SentAtMs.TryGetValue(log.Log.TransactionHash, out var sent))
                    reactionMs.Add(Math.Max(0, sent - first.MinedMs));
            }
        }

        // A flash loan's fee is part of what the keeper paid for its liquidations.
        if (dexValues is not null)
            keeperGain -= Units(dexValues.FlashFees);

        var ledger = new WriteOffLedger(web3, deployment);
        var split = await ledger.ReadAsync(run.Keeper);
        var failures = run.Failure is null ? split.Problems().ToList() : [];
        var flows = await ledger.FlowsAsync(run.Before.Block);

        // The LPs' value: after − before == interest − LP loss + reserves written down − locked recovery + rounding.
        var lpDelta = run.After.TotalAssets - run.Before.TotalAssets;
        var explained = flows.InterestToLps - split.Lps + flows.ReservesWrittenDown - (run.After.LockedRecovery - run.Before.LockedRecovery);
        var rounding = lpDelta - explained;
        // Each liquidation and accrual rounds scaled debt once (rayMulDown/Up): a unit or two each, never more.
        var roundingBound = 2 * (flows.Events + split.DeficitCount + liquidated.Count) + 2;
        if (run.Failure is null && BigInteger.Abs(rounding) > roundingBound)
            failures.Add($"LP value moved {lpDelta} but interest {flows.InterestToLps} - LP loss {split.Lps} + reserves written down {flows.ReservesWrittenDown} - locked {run.After.LockedRecovery - run.Before.LockedRecovery} = {explained} (rounding {rounding} > {roundingBound})");
        if (run.After.TotalSupply != run.Before.TotalSupply)
            failures.Add($"LP share supply changed during the run ({run.Before.TotalSupply} -> {run.After.TotalSupply}): the haircut would mix in deposits");
        var fundExpected = run.Before.FundBalance + flows.FundDeposits + flows.ReservesSkimmed - flows.FundPaid;
        if (fundExpected != run.After.FundBalance)
            failures.Add($"fund {run.After.FundBalance} != before {run.Before.FundBalance} + deposits {flows.FundDeposits} + skimmed {flows.ReservesSkimmed} - paid {flows.FundPaid} = {fundExpected}");
        if (flows.FundPaid != split.Fund && run.Failure is null)
            failures.Add($"fund paid out {flows.FundPaid} != fund's share of the loss {split.Fund}");
        var reservesExpected = run.Before.Reserves + flows.InterestToReserves + flows.LiquidationFees + flows.FlashLoanFees - flows.ReservesWrittenDown - flows.ReservesSkimmed;
        if (reservesExpected != run.After.Reserves)
            failures.Add($"reserves {run.After.Reserves} != before {run.Before.Reserves} + interest share {flows.InterestToReserves} + fees {flows.LiquidationFees} + flash-loan fees {flows.FlashLoanFees} - written down {flows.ReservesWrittenDown} - skimmed {flows.ReservesSkimmed} = {reservesExpected}");

        // Gas of every transaction the keeper signed (replaced attempts never mined have no receipt).
        BigInteger gasUsed = 0, gasWei = 0;
        var mined = 0;
        var wethIndex = Math.Max(0, Array.IndexOf(symbols, "WETH"));
        decimal gasValue = 0;
        foreach (var hash in run.SentAtMs.Keys)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            if (receipt is null)
                continue;
            mined++;
            gasUsed += receipt.GasUsed.Value;
            var wei = receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value;
            gasWei += wei;
            gasValue += (decimal)wei / 1e18m * (decimal)PriceAt((ulong)receipt.BlockNumber.Value, wethIndex);
        }

        var bidders = new List<BidderSummary>();
        foreach (var b in run.Bidders)
        {
            var balance = await web3.Eth.GetContractQueryHandler<Token.BalanceOfFunction>()
                .QueryAsync<BigInteger>(deployment.RecoveryToken, new Token.BalanceOfFunction { Account = b.Address });
            var tokens = (decimal)balance / 1e18m;
            if (b.Strategy.IsZeroPrice && balance != 0)
                failures.Add($"zero-price bidder {b.Address} holds {tokens} recovery tokens: the auction sold below its floor");
            bidders.Add(new BidderSummary(b.Strategy.Name, b.Address, b.Strategy.ReservationPrice, b.Attempts, b.Refused, b.Sent, tokens));
        }

        var cascade = liquidated.GroupBy(l => StepOf(run.Samples, (ulong)l.Log.BlockNumber.Value))
            .Select(g => new CascadeStep(g.Key, g.Count(), g.Sum(l => Units(l.Event.Repaid)))).OrderBy(c => c.Step).ToList();
        var fundSeries = new List<decimal> { Units(run.Before.FundBalance) };
        fundSeries.AddRange(run.Samples.Select(x => x.Fund));
        fundSeries.Add(Units(run.After.FundBalance));
        decimal peak = fundSeries[0], drawdown = 0;
        foreach (var f in fundSeries)
        {
            peak = Math.Max(peak, f);
            drawdown = Math.Max(drawdown, peak - f);
        }
        var valueBefore = Units(run.Before.TotalAssets);
        var haircut = run.Before.TotalAssets == 0 ? 0m : (decimal)(run.Before.TotalAssets - run.After.TotalAssets) / (decimal)run.Before.TotalAssets;
        var sharePriceBefore = Units(run.Before.AssetsPerShare);
        var sharePriceAfter = Units(run.After.AssetsPerShare);
        // RoundClosed.lossPerShareWad: whole debt asset per whole share, WAD-scaled (docs/waterfall.md, "Loss per share").
        var lossPerShare = (decimal)split.LossPerShareWad / 1e18m;
        var rewards = Units(split.KeeperRewards);
        return new SimulationReport
        {
            Scenario = scenario.Name,
            Seed = options.Seed,
            Positions = book.Positions.Count,
            Lps = book.Lps,
            PathBlocks = scenario.Path.Blocks,
            BlocksMined = run.BlocksMined,
            DurationSeconds = Math.Round(run.Duration.TotalSeconds, 1),
            Collaterals = symbols,
            Liquidations = new LiquidationSummary(liquidated.Count, liquidated.Select(l => ChainObserver.Key(l.Event.CollateralId, l.Event.Owner)).Distinct().Count(),
                repaid, Math.Round(seizedValue, 2), seizedTokens, liquidated.Count(l => ByKeeper(l.Event.Liquidator, run.Keeper))),
            Deficits = new DeficitSummary(split.DeficitCount, Units(split.DeficitsCreated), Units(split.Fund), Units(split.Auction), Units(split.Lps),
                Text(split.DeficitsCreated), Text(split.Fund), Text(split.Auction), Text(split.Lps), (decimal)split.RecoveryTokensMinted / 1e18m,
                Units(split.Rewards), Text(split.Rewards))
            {
                ByCollateral = deployment.Collaterals.ToDictionary(c => c.Symbol, c => Units(split.CreatedByCollateral.GetValueOrDefault(c.Id))),
                AuctionShortfall = Units(BigInteger.Max(BigInteger.Zero, split.AuctionTargets - split.Auction)),
            },
            Lp = new LpSummary(sharePriceBefore, sharePriceAfter, lossPerShare, haircut)
            {
                ValueBefore = valueBefore, ValueAfter = Units(run.After.TotalAssets), LossShare = Units(split.Lps), InterestEarned = Units(flows.InterestToLps),
                ReservesWrittenDown = Units(flows.ReservesWrittenDown), LockedRecoveryAtEnd = Units(run.After.LockedRecovery - run.Before.LockedRecovery), Rounding = Units(rounding),
            },
            Fund = new FundSummary(Units(run.Before.FundBalance), Units(run.After.FundBalance), drawdown)
            {
                Deposits = Units(flows.FundDeposits), ReservesSkimmed = Units(flows.ReservesSkimmed), PaidOut = Units(flows.FundPaid),
                InterestToReserves = Units(flows.InterestToReserves), LiquidationFees = Units(flows.LiquidationFees), FlashLoanFees = Units(flows.FlashLoanFees), ReservesBefore = Units(run.Before.Reserves),
                ReservesAfter = Units(run.After.Reserves), ReservesWrittenDown = Units(flows.ReservesWrittenDown),
            },
            Keeper = new KeeperSummary(run.Keeper, mined, (decimal)gasUsed, (decimal)gasWei / 1e18m, Math.Round(gasValue, 4), Math.Round(keeperGain, 2), rewards,
                Math.Round(keeperGain + rewards - gasValue, 2)),
            Reaction = new ReactionSummary(reactionBlocks.Count, Stats.Percentile(reactionBlocks, 0.5), Stats.Percentile(reactionBlocks, 0.95),
                Math.Round(Stats.Percentile(reactionMs, 0.5), 1), Math.Round(Stats.Percentile(reactionMs, 0.95), 1)),
            Bidders = bidders,
            CheckFailures = failures,
            Series = run.Samples,
            Failure = run.Failure,
            Parameters = RiskParameters.Known.Keys.Select(k => (k, v: RiskParameters.Value(options, k))).Where(p => p.v is not null)
                .ToDictionary(p => p.k, p => p.v!.Value),
            KeeperReverts = run.Reverts,
            HealthBefore = run.HealthBefore,
            Cascade = cascade,
            Dex = dexValues?.Summary,
            Sales = dexValues?.Sales ?? [],
            KeeperMode = scenario.KeeperMode,
            Valuation = dexValues is null ? SimulationReport.OracleValuation : SimulationReport.DexValuationText(dexValues.Summary),
        };
    }

    private static int StepOf(IReadOnlyList<BlockSample> samples, ulong block) =>
        samples.FirstOrDefault(x => x.Block >= block)?.Step ?? (samples.Count == 0 ? 0 : samples[^1].Step);

    private static string Text(BigInteger v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
