using System.Globalization;
using System.Net;
using System.Text;

namespace KeeperSuite.Simulator;

/// <summary>One line of a line chart; NaN values are gaps (e.g. blocks with no live auction).</summary>
public sealed record ChartSeries(string Name, double[] Xs, double[] Ys, bool Markers = false, bool Dashed = false);

/// <summary>
/// Inline SVG charts for the report (no script, no external asset): axes with titles and units, "nice" ticks with
/// gridlines, a legend, and colour-blind-safe colours whose lines differ in dash and width so none hides another.
/// </summary>
public static class SvgChart
{
    public static readonly string[] Colors = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const int Width = 860, Height = 300, Left = 78, Right = 20, Top = 34, Bottom = 52;

    public static string Line(string title, string xTitle, string yTitle, IReadOnlyList<ChartSeries> series, double? yMin = null, IReadOnlyList<(double X, string Label)>? markers = null)
    {
        var xs = series.SelectMany(s => s.Xs).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var ys = series.SelectMany(s => s.Ys).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var (x0, x1) = Range(xs.Min(), xs.Max(), false);
        var (y0, y1) = Range(yMin ?? ys.Min(), ys.Max(), yMin is not null);
        var svg = Frame(title, xTitle, yTitle, x0, x1, y0, y1, out var X, out var Y);
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var color = Colors[i % Colors.Length];
            var dash = Dashes[i % Dashes.Length];
            var path = new StringBuilder();
            var pen = false;
            for (var j = 0; j < s.Xs.Length; j++)
            {
                if (!double.IsFinite(s.Ys[j]))
                {
                    pen = false;
                    continue;
                }
                path.Append(Inv, $"{(pen ? 'L' : 'M')}{X(s.Xs[j]):F1},{Y(s.Ys[j]):F1} ");
                pen = true;
                if (s.Markers)
                    svg.Append(Inv, $"<circle cx=\"{X(s.Xs[j]):F1}\" cy=\"{Y(s.Ys[j]):F1}\" r=\"3.5\" fill=\"{color}\"><title>{E(s.Name)}: {s.Xs[j]:G6} → {s.Ys[j]:G6}</title></circle>");
            }
            svg.Append(Inv, $"<path d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{(i == 0 ? 2.5 : 2)}\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
        }
        foreach (var (x, label) in markers ?? [])
            VerticalLine(svg, X(x), label);
        Legend(svg, series.Select(s => s.Name).ToList(), rect: false);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Bars over [edge_i, edge_i+1), stacked when several series; vertical marker lines (e.g. VaR) on top.</summary>
    public static string Bars(string title, string xTitle, string yTitle, double[] edges, IReadOnlyList<(string Name, double[] Counts)> stacks,
        IReadOnlyList<(double X, string Label)>? markers = null, string[]? labels = null)
    {
        var totals = Enumerable.Range(0, edges.Length - 1).Select(b => stacks.Sum(s => s.Counts[b])).ToArray();
        var (x0, x1) = labels is null ? (edges[0], edges[^1]) : (0.0, edges.Length - 1.0);
        var (y0, y1) = Range(0, totals.DefaultIfEmpty(0).Max(), true);
        var svg = Frame(title, xTitle, yTitle, x0, x1, y0, y1, out var X, out var Y, labels);
        for (var b = 0; b < edges.Length - 1; b++)
        {
            double bottom = 0;
            var left = labels is null ? X(edges[b]) : X(b);
            var right = labels is null ? X(edges[b + 1]) : X(b + 1);
            for (var i = 0; i < stacks.Count; i++)
            {
                var h = stacks[i].Counts[b];
                if (h <= 0)
                    continue;
                svg.Append(Inv, $"<rect x=\"{left + 1:F1}\" y=\"{Y(bottom + h):F1}\" width=\"{Math.Max(1, right - left - 2):F1}\" height=\"{Y(bottom) - Y(bottom + h):F1}\" fill=\"{Colors[i % Colors.Length]}\" opacity=\"0.85\"><title>{E(stacks[i].Name)}: {h:G6}</title></rect>");
                bottom += h;
            }
        }
        foreach (var (x, label) in markers ?? [])
            VerticalLine(svg, X(x), label);
        if (stacks.Count > 1 || stacks[0].Name.Length > 0)
            Legend(svg, stacks.Select(s => s.Name).ToList(), rect: true);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Equal-width bins over the values (Freedman–Diaconis width, 5–30 bins); edges and counts.</summary>
    public static (double[] Edges, double[] Counts) Histogram(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return ([0, 1], [0]);
        var min = values.Min();
        var max = values.Max();
        if (max - min < 1e-12)
            return ([min - 0.5, max + 0.5], [values.Count]);
        var iqr = Stats.Percentile(values, 0.75) - Stats.Percentile(values, 0.25);
        var width = iqr > 0 ? 2 * iqr / Math.Cbrt(values.Count) : (max - min) / 10;
        var bins = Math.Clamp((int)Math.Ceiling((max - min) / width), 5, 30);
        var edges = Enumerable.Range(0, bins + 1).Select(i => min + (max - min) * i / bins).ToArray();
        var counts = new double[bins];
        foreach (var v in values)
            counts[Math.Min(bins - 1, (int)((v - min) / (max - min) * bins))]++;
        return (edges, counts);
    }

    private static StringBuilder Frame(string title, string xTitle, string yTitle, double x0, double x1, double y0, double y1,
        out Func<double, double> X, out Func<double, double> Y, string[]? categories = null)
    {
        X = v => Left + (v - x0) / (x1 - x0) * (Width - Left - Right);
        Y = v => Height - Bottom - (v - y0) / (y1 - y0) * (Height - Top - Bottom);
        var x = X;
        var y = Y;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"chart\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(title)}\">");
        svg.Append(Inv, $"<text x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{E(title)}</text>");
        foreach (var t in Ticks(y0, y1))
            svg.Append(Inv, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(t):F1}\" y2=\"{y(t):F1}\" stroke=\"#e3e3e3\"/><text x=\"{Left - 6}\" y=\"{y(t) + 4:F1}\" text-anchor=\"end\" font-size=\"11\">{Label(t)}</text>");
        if (categories is null)
            foreach (var t in Ticks(x0, x1))
                svg.Append(Inv, $"<line x1=\"{x(t):F1}\" x2=\"{x(t):F1}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#eeeeee\"/><text x=\"{x(t):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Label(t)}</text>");
        else
            for (var i = 0; i < categories.Length; i++)
                svg.Append(Inv, $"<text x=\"{x(i + 0.5):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{E(categories[i])}</text>");
        svg.Append(Inv, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        svg.Append(Inv, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\" font-size=\"12\">{E(xTitle)}</text>");
        svg.Append(Inv, $"<text transform=\"translate(16,{(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">{E(yTitle)}</text>");
        return svg;
    }

    private static void VerticalLine(StringBuilder svg, double x, string label) =>
        svg.Append(Inv, $"<line x1=\"{x:F1}\" x2=\"{x:F1}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#b00020\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/><text x=\"{x + 4:F1}\" y=\"{Top + 12}\" font-size=\"11\" fill=\"#b00020\">{E(label)}</text>");

    private static void Legend(StringBuilder svg, List<string> names, bool rect)
    {
        var x = Width - Right - 10 - names.Max(n => n.Length) * 7 - 30;
        svg.Append(Inv, $"<rect x=\"{x - 6}\" y=\"{Top + 4}\" width=\"{Width - Right - x}\" height=\"{names.Count * 16 + 6}\" fill=\"white\" opacity=\"0.85\" stroke=\"#ccc\"/>");
        for (var i = 0; i < names.Count; i++)
        {
            var y = Top + 16 + i * 16;
            var color = Colors[i % Colors.Length];
            svg.Append(rect
                ? string.Create(Inv, $"<rect x=\"{x}\" y=\"{y - 9}\" width=\"20\" height=\"10\" fill=\"{color}\"/>")
                : string.Create(Inv, $"<line x1=\"{x}\" x2=\"{x + 20}\" y1=\"{y - 4}\" y2=\"{y - 4}\" stroke=\"{color}\" stroke-width=\"2.5\"{(Dashes[i % Dashes.Length].Length > 0 ? $" stroke-dasharray=\"{Dashes[i % Dashes.Length]}\"" : "")}/>"));
            svg.Append(Inv, $"<text x=\"{x + 26}\" y=\"{y}\" font-size=\"11\">{E(names[i])}</text>");
        }
    }

    private static (double, double) Range(double min, double max, bool fromZero)
    {
        if (fromZero)
            min = Math.Min(0, min);
        if (max - min < 1e-12)
            return (min - (Math.Abs(min) > 0 ? Math.Abs(min) * 0.1 : 1), max + (Math.Abs(max) > 0 ? Math.Abs(max) * 0.1 : 1));
        var pad = (max - min) * 0.05;
        return (fromZero && min >= 0 ? min : min - pad, max + pad);
    }

    private static IEnumerable<double> Ticks(double min, double max)
    {
        var raw = (max - min) / 6;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        for (var t = Math.Ceiling(min / step) * step; t <= max + step * 1e-9; t += step)
            yield return Math.Abs(t) < step * 1e-9 ? 0 : t;
    }

    private static string Label(double v) => Math.Abs(v) >= 1e6 ? (v / 1e6).ToString("0.##", Inv) + "M"
        : Math.Abs(v) >= 1e4 ? (v / 1e3).ToString("0.##", Inv) + "k"
        : v.ToString("0.####", Inv);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
