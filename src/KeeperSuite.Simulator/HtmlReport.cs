using System.Globalization;
using System.Net;
using System.Text;

namespace KeeperSuite.Simulator;

/// <summary>
/// report.html: one file, no external asset (inline CSS and SVG), so it opens offline and can be attached to a
/// risk memo: price paths, positions at risk over time, and a bar of who bore the loss.
/// </summary>
public static class HtmlReport
{
    private static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(SimulationReport r)
    {
        var html = new StringBuilder();
        Head(html, $"keeper simulate: {r.Scenario}, seed {r.Seed}");
        html.Append(Inv, $"<h1>keeper simulate — {E(r.Scenario)} (seed {r.Seed})</h1>");
        html.Append(Inv, $"<p class=\"{(r.ChecksPassed ? "ok" : "bad")}\">{(r.ChecksPassed ? "Checked against the chain: fund + auction + LPs = deficits created + keeper rewards, to the unit." : "CHECK FAILED: " + E(string.Join("; ", r.CheckFailures)))}</p>");
        html.Append(Inv, $"<p>{r.Positions} positions, {r.Lps} LPs, {r.PathBlocks} path blocks, {r.BlocksMined} blocks mined, {r.DurationSeconds} s.</p>");

        html.Append("<h2>Who bore the loss</h2>");
        html.Append(LossBar(r.Deficits));
        html.Append("<table>");
        Row(html, "Positions liquidated / liquidations", $"{r.Liquidations.PositionsLiquidated} / {r.Liquidations.Liquidations} ({r.Liquidations.ByKeeper} by the keeper)");
        Row(html, "Collateral seized (value at the oracle)", $"{r.Liquidations.SeizedValue:N2} ({string.Join(", ", r.Liquidations.SeizedTokens.Select(kv => $"{kv.Value:0.####} {kv.Key}"))})");
        Row(html, "Deficits created", $"{r.Deficits.Count}: {r.Deficits.Created:N6}");
        Row(html, "Insurance fund / auction / LPs", $"{r.Deficits.Fund:N6} / {r.Deficits.Auction:N6} / {r.Deficits.Lps:N6}");
        Row(html, "Keeper rewards (in the three above)", $"{r.Deficits.Rewards:N6}");
        Row(html, "LP loss per share; share price before → after", $"{r.Lp.LossPerShare:0.########}; {r.Lp.SharePriceBefore:0.######} → {r.Lp.SharePriceAfter:0.######}");
        Row(html, "Fund before → after", $"{r.Fund.Before:N2} → {r.Fund.After:N2}");
        Row(html, "Recovery tokens minted", $"{r.Deficits.RecoveryTokensMinted:N4}");
        Row(html, "Keeper gas / profit", $"{r.Keeper.GasUsed:N0} gas ({r.Keeper.GasCostEth:0.######} ETH, {r.Keeper.GasCostValue:N2}); profit {r.Keeper.Profit:N2}");
        Row(html, "Reaction (median / p95)", $"{r.Reaction.MedianBlocks} / {r.Reaction.P95Blocks} blocks, {r.Reaction.MedianMs} / {r.Reaction.P95Ms} ms ({r.Reaction.Samples} liquidations)");
        foreach (var b in r.Bidders)
            Row(html, $"Bidder {E(b.Name)} (≤ {b.ReservationPrice})", $"{b.Attempts} attempts, {b.Refused} refused, {b.TokensReceived:N4} tokens");
        html.Append("</table>");

        html.Append("<h2>Prices (relative to the start)</h2>");
        html.Append(Lines(r.Series.Select(s => (double)s.Step).ToArray(),
            r.Collaterals.Select((c, i) => (c, r.Series.Select(s => s.Prices[i] / r.Series[0].Prices[i] * (r.Series[0].Prices[i] == 0 ? 0 : 1)).ToArray())).ToList()));
        html.Append("<h2>Positions at risk (HF &lt; 1.1) and liquidatable</h2>");
        html.Append(Lines(r.Series.Select(s => (double)s.Step).ToArray(),
            [("at risk", r.Series.Select(s => (double)s.AtRisk).ToArray()), ("liquidatable", r.Series.Select(s => (double)s.Liquidatable).ToArray()),
             ("open deficits", r.Series.Select(s => (double)s.OpenDeficits).ToArray())]));
        html.Append("</body></html>");
        return html.ToString();
    }

    public static string RenderSummary(MultiRunSummary s)
    {
        var html = new StringBuilder();
        Head(html, $"keeper simulate: {s.Scenario}, {s.Runs.Count} runs");
        html.Append(Inv, $"<h1>keeper simulate — {E(s.Scenario)}, {s.Runs.Count} seeds</h1><table><tr><th>metric</th><th>median</th><th>p95</th></tr>");
        foreach (var m in s.Metrics)
            html.Append(Inv, $"<tr><td>{E(m.Name)}</td><td>{m.Median:N4}</td><td>{m.P95:N4}</td></tr>");
        html.Append("</table><h2>Runs</h2><table><tr><th>seed</th><th>deficit</th><th>fund</th><th>auction</th><th>LPs</th><th>checked</th></tr>");
        foreach (var r in s.Runs)
            html.Append(Inv, $"<tr><td>{r.Seed}</td><td>{r.Deficits.Created:N2}</td><td>{r.Deficits.Fund:N2}</td><td>{r.Deficits.Auction:N2}</td><td>{r.Deficits.Lps:N2}</td><td>{(r.ChecksPassed ? "ok" : "FAILED")}</td></tr>");
        html.Append("</table></body></html>");
        return html.ToString();
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append(Inv, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>body{{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}.ok{{color:#186a1f}}.bad{{color:#b00;font-weight:bold}}svg{{background:#fafafa;border:1px solid #ddd}}</style></head><body>");

    private static void Row(StringBuilder html, string name, string value) => html.Append(Inv, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");

    private static string LossBar(DeficitSummary d)
    {
        const int width = 900, height = 60;
        var total = d.Created == 0 ? 1m : d.Created;
        var parts = new[] { ("insurance fund", d.Fund, "#2ca02c"), ("auction", d.Auction, "#1f77b4"), ("LPs", d.Lps, "#d62728") };
        var svg = new StringBuilder(string.Create(Inv, $"<svg width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        double x = 0;
        foreach (var (name, amount, color) in parts)
        {
            var w = (double)(amount / total) * width;
            svg.Append(Inv, $"<rect x=\"{x:F1}\" y=\"5\" width=\"{w:F1}\" height=\"30\" fill=\"{color}\"><title>{name}: {amount:N2}</title></rect>");
            if (w > 60)
                svg.Append(Inv, $"<text x=\"{x + 4:F1}\" y=\"25\" fill=\"white\" font-size=\"12\">{name} {amount / total:P1}</text>");
            x += w;
        }
        svg.Append(Inv, $"<text x=\"0\" y=\"52\" font-size=\"12\">deficits created {d.Created:N2}: fund {d.Fund:N2}, auction {d.Auction:N2}, LPs {d.Lps:N2}</text></svg>");
        return svg.ToString();
    }

    private static string Lines(double[] xs, List<(string Name, double[] Ys)> series)
    {
        const int width = 900, height = 260, pad = 40;
        var all = series.SelectMany(s => s.Ys).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        double minY = Math.Min(0, all.Min()), maxY = Math.Max(all.Max(), minY + 1e-9);
        double minX = xs.DefaultIfEmpty(0).Min(), maxX = Math.Max(xs.DefaultIfEmpty(1).Max(), minX + 1);
        double X(double v) => pad + (v - minX) / (maxX - minX) * (width - 2 * pad);
        double Y(double v) => height - pad - (v - minY) / (maxY - minY) * (height - 2 * pad);
        var svg = new StringBuilder(string.Create(Inv, $"<svg width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv, $"<line x1=\"{pad}\" y1=\"{height - pad}\" x2=\"{width - pad}\" y2=\"{height - pad}\" stroke=\"#888\"/><line x1=\"{pad}\" y1=\"{pad}\" x2=\"{pad}\" y2=\"{height - pad}\" stroke=\"#888\"/>");
        svg.Append(Inv, $"<text x=\"2\" y=\"{pad}\" font-size=\"11\">{maxY:0.##}</text><text x=\"2\" y=\"{height - pad}\" font-size=\"11\">{minY:0.##}</text><text x=\"{width - pad}\" y=\"{height - 8}\" font-size=\"11\">block {maxX:0}</text>");
        for (var i = 0; i < series.Count; i++)
        {
            var points = string.Join(' ', xs.Select((x, j) => string.Create(Inv, $"{X(x):F1},{Y(double.IsFinite(series[i].Ys[j]) ? series[i].Ys[j] : 0):F1}")));
            var color = Colors[i % Colors.Length];
            svg.Append(Inv, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{points}\"/>");
            svg.Append(Inv, $"<text x=\"{pad + 10 + i * 130}\" y=\"16\" font-size=\"12\" fill=\"{color}\">{E(series[i].Name)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
