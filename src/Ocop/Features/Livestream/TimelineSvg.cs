using System.Globalization;
using System.Net;
using System.Text;

namespace Ocop.Features.Livestream;

/// <summary>One minute of a session: orders placed and concurrent viewers on our page.</summary>
public sealed record TimelinePoint(int Minute, int Orders, int Viewers);

/// <summary>
/// The report's per-minute chart as server-rendered SVG (no script, prints as is): orders as bars,
/// viewers as a line on their own scale, time along the bottom in Vietnam time.
/// </summary>
public static class TimelineSvg
{
    private const int Width = 720, Height = 220, Left = 40, Right = 40, Top = 16, Bottom = 28;

    public static IReadOnlyList<TimelinePoint> Points(DateTime start, int minutes, IEnumerable<DateTime> orders, IEnumerable<LiveMinute> viewers)
    {
        var counts = new int[Math.Max(1, minutes)];
        foreach (var at in orders)
        {
            var m = (int)(at - start).TotalMinutes;
            if (m >= 0 && m < counts.Length) counts[m]++;
        }
        var seen = viewers.ToDictionary(v => v.Minute, v => v.Viewers);
        return counts.Select((c, m) => new TimelinePoint(m, c, seen.GetValueOrDefault(m))).ToList();
    }

    public static string Render(IReadOnlyList<TimelinePoint> points, DateTime start, string title)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = Math.Max(1, points.Count);
        var maxOrders = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Orders));
        var maxViewers = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Viewers));
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom, bar = plotW / n;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" class=\"timeline\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        sb.Append(inv, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>");
        foreach (var p in points.Where(p => p.Orders > 0))
        {
            var h = plotH * p.Orders / maxOrders;
            sb.Append(inv, $"<rect x=\"{Left + p.Minute * bar:F1}\" y=\"{Height - Bottom - h:F1}\" width=\"{Math.Max(0.5, bar - 0.5):F1}\" height=\"{h:F1}\" fill=\"#c0392b\"/>");
        }
        if (points.Any(p => p.Viewers > 0))
        {
            var line = string.Join(' ', points.Select(p => string.Create(inv, $"{Left + (p.Minute + 0.5) * bar:F1},{Height - Bottom - plotH * p.Viewers / maxViewers:F1}")));
            sb.Append(inv, $"<polyline points=\"{line}\" fill=\"none\" stroke=\"#1f6f8b\" stroke-width=\"2\"/>");
        }
        var step = n <= 60 ? 10 : n <= 180 ? 30 : 60;
        for (var m = 0; m <= n; m += step)
            sb.Append(inv, $"<text x=\"{Left + m * bar:F1}\" y=\"{Height - 8}\" font-size=\"11\" text-anchor=\"middle\">{VietnamTime.ToLocal(start.AddMinutes(m)):HH:mm}</text>");
        sb.Append(inv, $"<text x=\"{Left - 4}\" y=\"{Top + 10}\" font-size=\"11\" text-anchor=\"end\" fill=\"#c0392b\">{maxOrders}</text>");
        sb.Append(inv, $"<text x=\"{Width - Right + 4}\" y=\"{Top + 10}\" font-size=\"11\" fill=\"#1f6f8b\">{maxViewers}</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }
}
