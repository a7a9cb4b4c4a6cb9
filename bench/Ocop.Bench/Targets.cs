using System.Globalization;
using System.Text;

namespace Ocop.Bench;

/// <summary>The issue's performance budget, checked against one run-all.</summary>
public static class Targets
{
    public const double ProductRps = 5000, SearchRps = 2000, P99Ms = 50, HomeKb = 150, ColdStartMs = 5000, RssMb = 400;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(RunAllReport run)
    {
        var load = run.Load;
        var sb = new StringBuilder();
        sb.AppendLine("| Target | Measured | Met? |");
        sb.AppendLine("|---|---|---|");
        Throughput(sb, load, "product", "Product page `/san-pham/{slug}`", ProductRps);
        Throughput(sb, load, "product-api", "Product API `/api/v1/products/{id}` (stand-in while the page is missing)", ProductRps);
        Throughput(sb, load, "search", "Search API `/api/v1/products?q=…`", SearchRps);
        var home = run.Home;
        if (home.Status is < 200 or >= 300)
            sb.AppendLine(Inv, $"| Home page < {HomeKb:0} KB, no third-party request | `/` answered {home.Status} | not measured |");
        else
        {
            var kb = home.TotalBytes / 1024.0;
            sb.AppendLine(Inv, $"| Home page < {HomeKb:0} KB (HTML + same-origin assets) | {kb:0.0} KB ({home.HtmlBytes / 1024.0:0.0} KB HTML + {home.Assets.Count} assets) | {Met(kb < HomeKb)} |");
            sb.AppendLine(Inv, $"| Home page: no third-party request | {(home.ThirdParty.Count == 0 ? "none" : string.Join(", ", home.ThirdParty))} | {Met(home.ThirdParty.Count == 0)} |");
        }
        sb.AppendLine(Inv, $"| Cold start to `/health/ready` = 200 < {ColdStartMs / 1000:0} s | {run.ColdStartMs:0} ms | {Met(run.ColdStartMs < ColdStartMs)} |");
        var rss = load.Results.Where(r => r.PeakRssMb is not null).Select(r => r.PeakRssMb!.Value).DefaultIfEmpty().Max();
        sb.AppendLine(Inv, $"| Server RSS < {RssMb:0} MB under load | peak {rss:0} MB | {Met(rss > 0 && rss < RssMb)} |");
        return sb.ToString();
    }

    private static void Throughput(StringBuilder sb, LoadReport load, string name, string label, double rps)
    {
        var r = load.Results.FirstOrDefault(x => x.Name == name);
        if (r is null) return;
        if (r.Unavailable is not null)
        {
            sb.AppendLine(Inv, $"| {label} ≥ {rps:0} req/s, p99 < {P99Ms:0} ms | not run: {r.Unavailable} | not measured |");
            return;
        }
        var ratio = load.Ratio(r) is { } x ? $", {x:0.00} × trivial" : "";
        sb.AppendLine(Inv,
            $"| {label} ≥ {rps:0} req/s, p99 < {P99Ms:0} ms at {load.Concurrency} clients | {r.RequestsPerSecond:0} req/s, p99 {r.P99Ms:0.0} ms{ratio}, {r.Errors} errors | " +
            $"{Met(r.RequestsPerSecond >= rps && r.P99Ms < P99Ms && r.Errors == 0)} |");
    }

    private static string Met(bool met) => met ? "met" : "**not met**";
}
