using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ocop.Bench;

/// <summary>The results as a Markdown table (readable in a terminal too) and as JSON.</summary>
public static class ReportTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(LoadReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Scenario | Request | req/s | × trivial | p50 ms | p95 ms | p99 ms | max ms | errors | requests | MB received | peak RSS MB |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in report.Results)
        {
            if (r.Unavailable is not null)
            {
                sb.AppendLine(Inv, $"| {r.Name} | `{r.Description}` | not run: {r.Unavailable} | | | | | | | | | |");
                continue;
            }
            var ratio = report.Ratio(r) is { } x ? x.ToString("0.00", Inv) : "";
            var rss = r.PeakRssMb is { } m ? m.ToString("0", Inv) : "";
            sb.AppendLine(Inv,
                $"| {r.Name} | `{r.Description}` | {r.RequestsPerSecond:0} | {ratio} | {r.P50Ms:0.00} | {r.P95Ms:0.00} | {r.P99Ms:0.00} | {r.MaxMs:0.0} | {r.Errors} | {r.Requests} | {r.Bytes / 1_048_576.0:0.0} | {rss} |");
        }
        return sb.ToString();
    }

    public static string Conditions(LoadReport report) => string.Create(Inv,
        $"{report.StartedAt:yyyy-MM-dd HH:mm zzz}; {report.Concurrency} concurrent clients; {report.WarmupSeconds:0} s warm-up + {report.DurationSeconds:0} s measured per scenario; " +
        $"{report.Machine.Cores} cores, {report.Machine.MemoryGb:0} GB, {report.Machine.Os}, {report.Machine.Runtime}; " +
        $"load average at start {report.Machine.LoadAverage}; load generator and server on the same machine.");

    public static async Task WriteJsonAsync(string path, object value)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, value, new JsonSerializerOptions { WriteIndented = true });
    }
}
