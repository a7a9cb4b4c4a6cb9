using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Ocop.Features.Insights;

public sealed record ChartBar(string Label, long Value);
public sealed record ChartSeries(string Name, IReadOnlyList<long> Values);

/// <summary>
/// Charts drawn on the server as inline SVG: no script, readable on a phone (the viewBox scales to the
/// width; labels sit above or beside the bars), printable, and accessible (role="img" with title and
/// desc; every chart is followed on the page by a table of the same figures). Colours come from CSS
/// classes so print and high-contrast styles can change them.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(long v) => v.ToString("N0", Vi);

    /// <summary>Horizontal bars, one per row, label above the bar so long Vietnamese names fit a phone.</summary>
    public static IHtmlContent Bars(string id, string title, string desc, IReadOnlyList<ChartBar> bars, Func<long, string>? format = null)
    {
        format ??= Number;
        const int row = 44, top = 8;
        var height = top + Math.Max(1, bars.Count) * row + 8;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var sb = Open(id, title, desc, height);
        if (bars.Count == 0) sb.Append($"<text x=\"0\" y=\"30\" class=\"chart-label\">{E("Chưa có số liệu.")}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + i * row;
            var w = (int)Math.Round((Width - 120) * (double)bars[i].Value / max);
            sb.Append($"<text x=\"0\" y=\"{y + 14}\" class=\"chart-label\">{E(bars[i].Label)}</text>");
            sb.Append($"<rect x=\"0\" y=\"{y + 20}\" width=\"{Math.Max(w, bars[i].Value > 0 ? 2 : 0)}\" height=\"16\" rx=\"2\" class=\"chart-bar\"/>");
            sb.Append($"<text x=\"{w + 6}\" y=\"{y + 33}\" class=\"chart-value\">{E(format(bars[i].Value))}</text>");
        }
        return Close(sb);
    }

    /// <summary>One line per series over the same x labels (e.g. quarters), with a value axis starting at zero.</summary>
    public static IHtmlContent Lines(string id, string title, string desc, IReadOnlyList<string> x, IReadOnlyList<ChartSeries> series, Func<long, string>? format = null)
    {
        format ??= Number;
        const int left = 78, right = 16, top = 12, plot = 200;
        var legendRows = (series.Count + 1) / 2;
        var height = top + plot + 34 + legendRows * 22;
        var max = NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var sb = Open(id, title, desc, height);
        double X(int i) => x.Count <= 1 ? left + (Width - left - right) / 2.0 : left + i * (Width - left - right) / (double)(x.Count - 1);
        double Y(long v) => top + plot - plot * (double)v / max;
        for (var g = 0; g <= 4; g++)
        {
            var v = max * g / 4;
            var y = Y(v).ToString("F1", CultureInfo.InvariantCulture);
            sb.Append($"<line x1=\"{left}\" x2=\"{Width - right}\" y1=\"{y}\" y2=\"{y}\" class=\"chart-grid\"/>");
            sb.Append($"<text x=\"{left - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\" class=\"chart-axis\">{E(format(v))}</text>");
        }
        var step = Math.Max(1, (int)Math.Ceiling(x.Count / 6.0));
        for (var i = 0; i < x.Count; i += step)
            sb.Append($"<text x=\"{F(X(i))}\" y=\"{top + plot + 20}\" text-anchor=\"middle\" class=\"chart-axis\">{E(x[i])}</text>");
        for (var s = 0; s < series.Count; s++)
        {
            var pts = string.Join(' ', series[s].Values.Select((v, i) => $"{F(X(i))},{F(Y(v))}"));
            sb.Append($"<polyline points=\"{pts}\" class=\"chart-line chart-s{s % 6}\" fill=\"none\"/>");
            for (var i = 0; i < series[s].Values.Count; i++)
                sb.Append($"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(series[s].Values[i]))}\" r=\"3.5\" class=\"chart-dot chart-s{s % 6}\"/>");
            var ly = top + plot + 44 + s / 2 * 22;
            var lx = s % 2 == 0 ? left : left + (Width - left) / 2;
            sb.Append($"<rect x=\"{lx}\" y=\"{ly - 10}\" width=\"14\" height=\"4\" class=\"chart-key chart-s{s % 6}\"/>");
            sb.Append($"<text x=\"{lx + 20}\" y=\"{ly - 4}\" class=\"chart-label\">{E(series[s].Name)}</text>");
        }
        return Close(sb);
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten at or above the largest value, so gridlines fall on round numbers.</summary>
    public static long NiceMax(long value)
    {
        if (value <= 4) return 4;
        var magnitude = (long)Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var m in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
            if (m * magnitude >= value && (long)(m * magnitude) % 4 == 0) return (long)(m * magnitude);
        return 10 * magnitude;
    }

    private static StringBuilder Open(string id, string title, string desc, int height) => new StringBuilder()
        .Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">")
        .Append($"<title id=\"{id}-t\">{E(title)}</title><desc id=\"{id}-d\">{E(desc)}</desc>");

    private static HtmlString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());
    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string F(double d) => d.ToString("F1", CultureInfo.InvariantCulture);
}
