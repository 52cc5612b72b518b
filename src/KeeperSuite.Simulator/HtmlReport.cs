using System.Globalization;
using System.Net;
using System.Text;

namespace KeeperSuite.Simulator;

/// <summary>
/// report.html: one file, no external asset (inline CSS and SVG), so it opens offline and can be attached to a risk
/// memo. A run's page: who bore the loss (shares summing to 100 %), the LP and fund ledgers, prices, health before the
/// shock, the liquidation cascade, fund, auction and share price over time. A summary: each metric's distribution with
/// VaR/CVaR and their intervals, bad debt per collateral, the sweep's metric-vs-parameter plots and a link to every run.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Units = "debt-asset units";

    public static string Render(SimulationReport r, string? backLink = null)
    {
        var html = new StringBuilder();
        Head(html, $"keeper simulate: {r.Scenario}, seed {r.Seed}");
        if (backLink is not null)
            html.Append(Inv, $"<p><a href=\"{backLink}\">← all runs</a></p>");
        html.Append(Inv, $"<h1>keeper simulate — {E(r.Scenario)} (seed {r.Seed})</h1>");
        if (r.Parameters.Count > 0)
            html.Append(Inv, $"<p>Parameters: {E(string.Join(", ", r.Parameters.Select(p => string.Create(Inv, $"{p.Key} = {p.Value:G6}"))))}</p>");
        if (r.Failure is not null)
            html.Append(Inv, $"<p class=\"bad\" id=\"failure\">RUN FAILED: {E(r.Failure)}. The figures below are what happened up to there.</p>");
        html.Append(Inv, $"<p class=\"{(r.ChecksPassed ? "ok" : "bad")}\">{(r.ChecksPassed ? "Checked against the chain: fund + auction + LPs = deficits created + keeper rewards, to the unit; the LP and fund ledgers below add up." : "CHECK FAILED: " + E(string.Join("; ", r.CheckFailures)))}</p>");
        html.Append(Inv, $"<p>{r.Positions} positions, {r.Lps} LPs, {r.PathBlocks} path blocks, {r.BlocksMined} blocks mined, {r.DurationSeconds} s. <em>{E(r.Valuation)}.</em></p>");

        var d = r.Deficits;
        html.Append("<h2>Who bore the loss</h2>");
        html.Append(LossBar(d));
        html.Append("<table>");
        Row(html, "Deficits created", $"{d.Count}: {d.Created:N2}");
        Row(html, "+ keeper rewards the pool paid and added to the debt", $"{d.Rewards:N2}");
        Row(html, "= the loss the waterfall paid (100 %)", $"{d.Paid:N2}");
        Row(html, "  insurance fund", $"{d.Fund:N2} ({d.FundShare:P2})");
        Row(html, "  debt auction", $"{d.Auction:N2} ({d.AuctionShare:P2})");
        Row(html, "  LPs (socialized)", $"{d.Lps:N2} ({d.LpShare:P2})");
        Row(html, "Auction shortfall (sent to auction, not raised)", $"{d.AuctionShortfall:N2}");
        Row(html, "Bad debt per collateral", string.Join(", ", d.ByCollateral.Select(kv => $"{kv.Key} {kv.Value:N2}")));
        Row(html, "Recovery tokens minted", $"{d.RecoveryTokensMinted:N4}");
        Row(html, "Positions liquidated / liquidations", $"{r.Liquidations.PositionsLiquidated} / {r.Liquidations.Liquidations} ({r.Liquidations.ByKeeper} by the keeper)");
        Row(html, r.Dex is null ? "Collateral seized (at the oracle price)" : "Collateral seized (at the DEX)", $"{r.Liquidations.SeizedValue:N2} ({string.Join(", ", r.Liquidations.SeizedTokens.Select(kv => $"{kv.Value:0.####} {kv.Key}"))})");
        html.Append("</table>");
        html.Append(DexSection(r));

        var lp = r.Lp;
        html.Append("<h2>LPs: what moved the share price</h2><table>");
        Row(html, "LP value (pool totalAssets) before", $"{lp.ValueBefore:N6}");
        Row(html, "− LPs' share of the loss", $"{lp.LossShare:N6} ({lp.LossFraction:P4})");
        Row(html, "+ interest earned (net of the reserve factor)", $"{lp.InterestEarned:N6} ({lp.InterestFraction:P4})");
        Row(html, "+ reserves written down", $"{lp.ReservesWrittenDown:N6}");
        Row(html, "− recovery still locked at the end", $"{lp.LockedRecoveryAtEnd:N6}");
        Row(html, "+ rounding of scaled debt", $"{lp.Rounding:N6}");
        Row(html, "= LP value after", $"{lp.ValueAfter:N6}");
        Row(html, "Haircut (share of value lost; negative: a gain)", $"{lp.HaircutFraction:P4} = loss {lp.LossFraction:P4} − interest {lp.InterestFraction:P4} − other {lp.HaircutFraction - lp.LossFraction + lp.InterestFraction:P4}");
        Row(html, "Share price before → after; loss per share", $"{lp.SharePriceBefore:0.######} → {lp.SharePriceAfter:0.######}; {lp.LossPerShare:0.########}");
        html.Append("</table>");

        var f = r.Fund;
        html.Append("<h2>Insurance fund: inflows and outflows</h2><table>");
        Row(html, "Balance before", $"{f.Before:N6}");
        Row(html, "+ deposits", $"{f.Deposits:N6}");
        Row(html, "+ reserves skimmed in", $"{f.ReservesSkimmed:N6}");
        Row(html, "− paid into the pool (its share of the loss)", $"{f.PaidOut:N6}");
        Row(html, "= balance after", $"{f.After:N6}");
        Row(html, "Largest drawdown (peak to trough)", $"{f.Drawdown:N6}");
        Row(html, "Pool reserves (owed to the fund): before + interest share + liquidation fees + flash-loan fees − written down − skimmed = after",
            $"{f.ReservesBefore:N6} + {f.InterestToReserves:N6} + {f.LiquidationFees:N6} + {f.FlashLoanFees:N6} − {f.ReservesWrittenDown:N6} − {f.ReservesSkimmed:N6} = {f.ReservesAfter:N6}");
        html.Append("</table>");

        html.Append("<h2>Keeper</h2><table>");
        Row(html, "Gas / profit", $"{r.Keeper.Transactions} transactions, {r.Keeper.GasUsed:N0} gas ({r.Keeper.GasCostEth:0.######} ETH, {r.Keeper.GasCostValue:N2}); profit {r.Keeper.Profit:N2} (liquidation gain {r.Keeper.LiquidationGain:N2} + write-off rewards {r.Keeper.WriteOffRewards:N2} − gas)");
        Row(html, "Reaction (median / p95)", $"{r.Reaction.MedianBlocks} / {r.Reaction.P95Blocks} blocks, {r.Reaction.MedianMs} / {r.Reaction.P95Ms} ms ({r.Reaction.Samples} positions)");
        Row(html, "Reverted transactions", r.KeeperReverts.Count == 0 ? "none" : string.Join("; ", r.KeeperReverts.GroupBy(x => SimulationRun.ReasonName(x.Reason)).Select(g => $"{g.Count()}× {g.First().Reason}")));
        foreach (var b in r.Bidders)
            Row(html, $"Bidder {b.Name} (≤ {b.ReservationPrice})", $"{b.Attempts} attempts, {b.Refused} refused, {b.TokensReceived:N4} tokens");
        if (r.Timings is { } t)
            Row(html, "Wall clock (s): setup (seeding within it) / path / keeper passes (within both) / write-off / report", $"{t.SetupSeconds} ({t.SeedSeconds}) / {t.PathSeconds} / {t.KeeperSeconds} / {t.WriteOffSeconds} / {t.ReportSeconds}");
        html.Append("</table>");

        if (r.Series.Count > 0)
        {
            var steps = r.Series.Select(s => (double)s.Step).ToArray();
            var shock = new List<(double, string)> { (r.PathBlocks + 0.5, "end of path") };
            html.Append(SvgChart.Line("Collateral prices", "block of the scenario", "price (relative to the start, 1 = 100 %)",
                r.Collaterals.Select((c, i) => new ChartSeries(c, steps, r.Series.Select(s => s.Prices[i] / r.Series[0].Prices[i] * PricePath0(r, i)).ToArray())).ToList(), markers: shock));
            html.Append(SvgChart.Line("Positions at risk and liquidatable", "block of the scenario", "positions",
            [
                new ChartSeries("at risk (HF < 1.1)", steps, r.Series.Select(s => (double)s.AtRisk).ToArray()),
                new ChartSeries("liquidatable (HF < 1)", steps, r.Series.Select(s => (double)s.Liquidatable).ToArray()),
                new ChartSeries("open deficits", steps, r.Series.Select(s => (double)s.OpenDeficits).ToArray()),
            ], 0, shock));
            html.Append(SvgChart.Line("Insurance fund and uncovered deficit", "block of the scenario", Units,
            [
                new ChartSeries("fund balance", steps, r.Series.Select(s => (double)s.Fund).ToArray()),
                new ChartSeries("uncovered deficit", steps, r.Series.Select(s => (double)s.OpenDeficit).ToArray()),
            ], 0, shock));
            html.Append(SvgChart.Line("Debt auction price", "block of the scenario", "debt-asset units per recovery token",
                [new ChartSeries("Dutch auction price (gaps: no live auction)", steps, r.Series.Select(s => s.AuctionPrice is { } p ? (double)p : double.NaN).ToArray(), Markers: true)], 0));
            html.Append(SvgChart.Line("LP share price", "block of the scenario", "debt-asset units per share",
                [new ChartSeries("assets per share", steps, r.Series.Select(s => (double)s.SharePrice).ToArray())]));
        }
        if (r.HealthBefore.Count > 0)
            html.Append(HealthHistogram(r));
        if (r.Cascade.Count > 0 || r.Series.Count > 0)
        {
            var last = Math.Max(r.Series.Count == 0 ? 1 : r.Series[^1].Step, 1);
            var edges = Enumerable.Range(0, last + 1).Select(i => i + 0.5).ToArray();
            var counts = new double[last];
            foreach (var c in r.Cascade.Where(c => c.Step >= 1 && c.Step <= last))
                counts[c.Step - 1] = c.Liquidations;
            html.Append(SvgChart.Bars("Liquidation cascade after the shock", "block of the scenario", "liquidations in the block", edges, [("liquidations", counts)]));
        }
        if (d.ByCollateral.Count > 0)
            html.Append(SvgChart.Bars("Bad debt per collateral", "collateral", Units, Enumerable.Range(0, d.ByCollateral.Count + 1).Select(i => (double)i).ToArray(),
                [("bad debt created", d.ByCollateral.Values.Select(v => (double)v).ToArray())], labels: [.. d.ByCollateral.Keys]));
        html.Append("</body></html>");
        return html.ToString();
    }

    public static string RenderSummary(MultiRunSummary s)
    {
        var html = new StringBuilder();
        Head(html, $"keeper simulate: {s.Scenario}, {s.Runs.Count} runs");
        html.Append(Inv, $"<h1>keeper simulate — {E(s.Scenario)}, {s.Runs.Count} runs</h1>");
        html.Append(Inv, $"<p>{s.CompleteRuns} complete runs in the distributions{(s.CompleteRuns < s.Runs.Count ? $", <span class=\"bad\">{s.Runs.Count - s.CompleteRuns} failed (listed below)</span>" : "")}. <em>{E(s.Valuation)}.</em></p>");
        html.Append(Inv, $"<p class=\"{(s.ChecksPassed ? "ok" : "bad")}\">{(s.ChecksPassed ? "Every run was checked against its chain." : "Some runs failed or did not match their chain: see the table of runs.")}</p>");
        if (s.MeanTimings is { } t)
            html.Append(Inv, $"<p>Mean wall clock per run (s): setup {t.SetupSeconds} (seeding {t.SeedSeconds}), path {t.PathSeconds} (keeper passes {t.KeeperSeconds}), write-off {t.WriteOffSeconds}, report {t.ReportSeconds}.</p>");

        html.Append("<h2>Tail risk per metric</h2><p>VaR: the 95th / 99th percentile over runs; CVaR: the mean of the runs at or beyond it. Brackets: 95 % confidence interval (order statistics for VaR, bootstrap for CVaR); <span class=\"warn\">open bracket: too few runs to bound it</span>.</p>");
        html.Append("<table><tr><th>metric (" + Units + ")</th><th>mean</th><th>median</th><th>VaR 95 %</th><th>CVaR 95 %</th><th>VaR 99 %</th><th>CVaR 99 %</th></tr>");
        foreach (var m in s.Metrics)
            html.Append(Inv, $"<tr><td>{E(m.Name)}</td><td>{m.Mean:N2}</td><td>{m.Median:N2}</td><td>{Tail(m.Tail95.VaR, m.Tail95.VaRLow, m.Tail95.VaRHigh, m.Tail95)}</td><td>{Tail(m.Tail95.CVaR, m.Tail95.CVaRLow, m.Tail95.CVaRHigh, m.Tail95)}</td><td>{Tail(m.Tail99.VaR, m.Tail99.VaRLow, m.Tail99.VaRHigh, m.Tail99)}</td><td>{Tail(m.Tail99.CVaR, m.Tail99.CVaRLow, m.Tail99.CVaRHigh, m.Tail99)}</td></tr>");
        html.Append("</table>");

        html.Append("<h2>Distributions</h2>");
        foreach (var m in s.Metrics)
        {
            var (edges, counts) = SvgChart.Histogram(m.Values);
            html.Append(SvgChart.Bars($"{m.Name}: histogram over {m.Values.Count} runs", $"{m.Name} ({m.Unit})", "runs", edges, [("runs", counts)],
                [(m.Tail95.VaR, "VaR 95 %"), (m.Tail99.VaR, "VaR 99 %")]));
            var sorted = m.Values.Order().ToArray();
            html.Append(SvgChart.Line($"{m.Name}: cumulative distribution", $"{m.Name} ({m.Unit})", "share of runs at or below",
                [new ChartSeries("empirical CDF", sorted, sorted.Select((_, i) => (i + 1.0) / sorted.Length).ToArray(), Markers: sorted.Length <= 60)], 0,
                [(m.Tail95.VaR, "VaR 95 %")]));
        }

        if (s.BadDebtByCollateral.Count > 0)
        {
            var labels = s.BadDebtByCollateral.Select(m => m.Name.Replace("bad debt ", "", StringComparison.Ordinal)).ToArray();
            var edges = Enumerable.Range(0, labels.Length + 1).Select(i => (double)i).ToArray();
            html.Append("<h2>Bad debt per collateral</h2>");
            html.Append(SvgChart.Bars("Bad debt per collateral: mean over runs", "collateral", Units, edges,
                [("mean", s.BadDebtByCollateral.Select(m => m.Mean).ToArray())], labels: labels));
            html.Append("<table><tr><th>collateral</th><th>mean</th><th>median</th><th>VaR 95 %</th><th>CVaR 95 %</th></tr>");
            foreach (var m in s.BadDebtByCollateral)
                html.Append(Inv, $"<tr><td>{E(m.Name)}</td><td>{m.Mean:N2}</td><td>{m.Median:N2}</td><td>{Tail(m.Tail95.VaR, m.Tail95.VaRLow, m.Tail95.VaRHigh, m.Tail95)}</td><td>{Tail(m.Tail95.CVaR, m.Tail95.CVaRLow, m.Tail95.CVaRHigh, m.Tail95)}</td></tr>");
            html.Append("</table>");
        }

        if (s.SweepParameter is { } parameter && s.Sweep.Count > 0)
        {
            html.Append(Inv, $"<h2>Sweep over {E(parameter)}</h2><p>{E(RiskParameters.Known.GetValueOrDefault(parameter, parameter))}; {s.Sweep[0].Runs} runs per value.</p>");
            var xs = s.Sweep.Select(p => p.Value).ToArray();
            for (var k = 0; k < MultiRunSummary.MetricDefinitions.Length; k++)
            {
                var name = MultiRunSummary.MetricDefinitions[k].Name;
                html.Append(SvgChart.Line($"{name} against {parameter}", parameter, $"{name} ({Units})",
                [
                    new ChartSeries("mean", xs, s.Sweep.Select(p => p.Metrics[k].Mean).ToArray(), Markers: true),
                    new ChartSeries("VaR 95 %", xs, s.Sweep.Select(p => p.Metrics[k].Tail95.VaR).ToArray(), Markers: true),
                    new ChartSeries("CVaR 95 %", xs, s.Sweep.Select(p => p.Metrics[k].Tail95.CVaR).ToArray(), Markers: true),
                ], 0));
            }
        }

        html.Append("<h2>Runs</h2><table><tr><th>run</th><th>bad debt</th><th>fund</th><th>auction</th><th>LPs</th><th>liquidated</th><th>slippage</th><th>s</th><th>outcome</th></tr>");
        foreach (var r in s.Runs)
        {
            var key = MultiRunSummary.RunKey(r);
            var outcome = r.Failure is { } fail ? "<span class=\"bad\">FAILED: " + E(fail) + "</span>" : r.ChecksPassed ? "checked" : "<span class=\"bad\">CHECK FAILED</span>";
            html.Append(Inv, $"<tr><td><a href=\"runs/{key}/report.html\">{E(key)}</a></td><td>{r.Deficits.Created:N2}</td><td>{r.Deficits.Fund:N2}</td><td>{r.Deficits.Auction:N2}</td><td>{r.Deficits.Lps:N2}</td><td>{r.Liquidations.SeizedValue:N2}</td><td>{(r.Dex is { } x ? x.Slippage.ToString("N2", Inv) : "oracle-valued")}</td><td>{r.DurationSeconds}</td><td>{outcome}</td></tr>");
        }
        html.Append("</table></body></html>");
        return html.ToString();
    }

    private static double PricePath0(SimulationReport r, int i) => r.Series[0].Prices[i] == 0 ? 0 : 1;

    private static string HealthHistogram(SimulationReport r)
    {
        double[] edges = [0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.2];
        var labels = Enumerable.Range(0, edges.Length - 1).Select(i => i == edges.Length - 2 ? "≥ 2.0" : string.Create(Inv, $"{edges[i]:0.0}–{edges[i + 1]:0.0}")).ToArray();
        var stacks = r.HealthBefore.Select(h => h.Collateral).Distinct().Order(StringComparer.Ordinal).Select(c =>
        {
            var counts = new double[edges.Length - 1];
            foreach (var h in r.HealthBefore.Where(h => h.Collateral == c))
            {
                var bin = Array.FindLastIndex(edges, e => h.HealthFactor >= e);
                counts[Math.Clamp(bin, 0, counts.Length - 1)]++;
            }
            return (c, counts);
        }).ToList();
        return SvgChart.Bars("Health factors before the shock", "health factor (1 = liquidatable)", "positions", edges, stacks, labels: labels);
    }

    private static string Tail(double value, double? low, double? high, TailEstimate t)
    {
        var range = string.Create(Inv, $"[{(low is { } l ? l.ToString("N2", Inv) : "?")}, {(high is { } h ? h.ToString("N2", Inv) : "?")}]");
        var warn = t.TooFewRuns ? $" <span class=\"warn\" title=\"{t.Runs} runs; about {t.RunsNeeded} needed to bound the {t.Level:P0} quantile\">too few runs (need ≈{t.RunsNeeded})</span>" : "";
        return string.Create(Inv, $"{value:N2} <small>{range}</small>{warn}");
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append(Inv, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>body{{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;color:#222}}table{{border-collapse:collapse;margin:0.5em 0 1em}}td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}}th{{background:#f5f5f5;font-weight:600}}.ok{{color:#186a1f}}.bad{{color:#b00;font-weight:bold}}.warn{{color:#a15c00;font-size:0.85em}}svg.chart{{display:block;margin:1em 0;background:#fff;border:1px solid #ddd}}</style></head><body>");

    private static void Row(StringBuilder html, string name, string value) => html.Append(Inv, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");

    /// <summary>Seized collateral at the oracle and at the DEX: totals, per collateral, each liquidation, slippage per block.</summary>
    private static string DexSection(SimulationReport r)
    {
        var html = new StringBuilder("<h2>Selling the seized collateral: oracle value and DEX value</h2>");
        if (r.Dex is not { } x)
        {
            html.Append(Inv, $"<p class=\"warn\" id=\"valuation\">{E(r.Valuation)}.</p>");
            return html.ToString();
        }
        html.Append(Inv, $"<p id=\"valuation\">{E(r.Valuation)}. The keeper ran in <strong>{E(r.KeeperMode)}</strong> mode.</p><table>");
        Row(html, "Pool depth when the path started (a sale of this value moves the price 2 %)", string.Join(", ", x.Depth.Select(kv => $"{kv.Key} {kv.Value:N0}")));
        Row(html, "Seized collateral at the oracle price", $"{x.OracleValue:N6}");
        Row(html, "− at the DEX (sold in the liquidation's transaction, or quoted)", $"{x.DexValue:N6} ({x.Sold} sold, {x.Quoted} quoted)");
        Row(html, "= slippage (price impact, pool fee, liquidity beyond the pool's range)", $"{x.Slippage:N6} ({x.SlippageFraction:P3} of the oracle value)");
        Row(html, "Slippage per collateral", string.Join(", ", x.ByCollateral.Select(kv => $"{kv.Key} {kv.Value:N2}")));
        Row(html, "Liquidation bonus at the oracle price (oracle value − repaid − fee)", $"{x.Bonus:N6}");
        Row(html, "Keeper: bonus − slippage − flash-loan fees (base units)", $"{x.KeeperBonusBaseUnits} − {x.KeeperSlippageBaseUnits} − {x.FlashFeesBaseUnits}");
        html.Append("</table>");
        if (r.Sales.Count > 0)
        {
            var steps = r.Series.Count == 0 ? 1 : Math.Max(1, r.Series[^1].Step);
            var edges = Enumerable.Range(0, steps + 1).Select(i => i + 0.5).ToArray();
            var perStep = new double[steps];
            foreach (var sale in r.Sales)
            {
                var step = r.Series.FirstOrDefault(s => s.Block >= sale.Block)?.Step ?? steps;
                if (step >= 1 && step <= steps)
                    perStep[step - 1] += (double)sale.Slippage;
            }
            html.Append(SvgChart.Bars("Slippage per block (oracle value − DEX value of what was seized)", "block of the scenario", Units, edges, [("slippage", perStep)]));
            html.Append(Inv, $"<details><summary>Each liquidation ({r.Sales.Count})</summary><table id=\"sales\"><tr><th>block</th><th>collateral</th><th>owner</th><th>seized</th><th>oracle value</th><th>DEX value</th><th>slippage</th><th>bps</th><th>how</th></tr>");
            foreach (var sale in r.Sales)
                html.Append(Inv, $"<tr><td>{sale.Block}</td><td>{E(sale.Collateral)}</td><td>{E(sale.Owner)}</td><td>{sale.Seized:0.######}</td><td>{sale.OracleValue:N2}</td><td>{sale.DexValue:N2}</td><td>{sale.Slippage:N2}</td><td>{sale.SlippageBps:0.0}</td><td>{(sale.Sold ? "sold in its transaction" : "quoted (kept)")}</td></tr>");
            html.Append("</table></details>");
        }
        return html.ToString();
    }

    private static string LossBar(DeficitSummary d)
    {
        const int width = 860, height = 78;
        var total = d.Paid == 0 ? 1m : d.Paid;
        var parts = new[] { ("insurance fund", d.Fund, SvgChart.Colors[2]), ("auction", d.Auction, SvgChart.Colors[0]), ("LPs", d.Lps, SvgChart.Colors[3]) };
        var svg = new StringBuilder(string.Create(Inv, $"<svg class=\"chart\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"who bore the loss\">"));
        svg.Append("<text x=\"4\" y=\"14\" font-size=\"13\" font-weight=\"bold\">Share of the loss paid (100 % = deficits + rewards)</text>");
        double x = 0;
        foreach (var (name, amount, color) in parts)
        {
            var w = (double)(amount / total) * width;
            svg.Append(Inv, $"<rect x=\"{x:F1}\" y=\"22\" width=\"{w:F1}\" height=\"30\" fill=\"{color}\"><title>{name}: {amount:N2}</title></rect>");
            if (w > 60)
                svg.Append(Inv, $"<text x=\"{x + 4:F1}\" y=\"42\" fill=\"white\" font-size=\"12\">{name} {amount / total:P1}</text>");
            x += w;
        }
        if (d.Paid == 0)
            svg.Append("<text x=\"4\" y=\"42\" font-size=\"12\">no loss: no deficit was created</text>");
        svg.Append(Inv, $"<text x=\"4\" y=\"70\" font-size=\"12\">loss paid {d.Paid:N2} (deficits {d.Created:N2} + rewards {d.Rewards:N2}): fund {d.FundShare:P2}, auction {d.AuctionShare:P2}, LPs {d.LpShare:P2}</text></svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
