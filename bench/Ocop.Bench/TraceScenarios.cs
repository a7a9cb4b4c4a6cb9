using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Ocop.Bench;

/// <summary>
/// Traceability scenarios: <c>resolver</c> asks the Digital Link resolver for random lots (a 307 is the answer, not
/// followed); <c>trace</c> loads random lots' trace pages. Both draw from the first 2,000 lots found through the
/// products API (labels scanned again and again); <c>resolver-wide</c> and <c>trace-wide</c> draw from up to 50,000
/// lots, so that most requests miss any cache that keeps an entry for seconds (a cold first scan).
/// </summary>
public static class TraceScenarios
{
    public static readonly string[] Names = ["resolver", "trace", "resolver-wide", "trace-wide"];

    public static async Task<Scenario> CreateAsync(string name, HttpClient client, CancellationToken ct)
    {
        var wide = name.EndsWith("-wide", StringComparison.Ordinal);
        var resolver = name.StartsWith("resolver", StringComparison.Ordinal);
        var lots = await SampleLotsAsync(client, wide ? 50_000 : 2_000, ct);
        var label = $"{lots.Count:N0} lots";
        if (lots.Count == 0)
            return Scenario.NotAvailable(name, resolver ? "GET /01/{gtin}/10/{lot}" : "GET /truy-xuat/{lotId}", "no lots (datagen --events)");
        return resolver
            ? new Scenario(name, $"GET /01/{{gtin}}/10/{{lot}} → 307 ({label})", r => lots[r.Next(lots.Count)].Path)
            : new Scenario(name, $"GET /truy-xuat/{{lotId}} (20 events per lot; {label})",
                r => "/truy-xuat/" + lots[r.Next(lots.Count)].Id.ToString(CultureInfo.InvariantCulture));
    }

    private sealed record LotSample(int Id, string Path);

    /// <summary>Lots of products 1, 2, 3 … (eight requests at a time) until <paramref name="wanted"/> or 500 products in a row without lots.</summary>
    private static async Task<List<LotSample>> SampleLotsAsync(HttpClient client, int wanted, CancellationToken ct)
    {
        var lots = new ConcurrentBag<LotSample>();
        var next = 1;
        var lastWithLots = 0;
        while (lots.Count < wanted && next - lastWithLots < 500)
        {
            var ids = Enumerable.Range(next, 8).ToList();
            next += 8;
            var found = await Task.WhenAll(ids.Select(async id =>
            {
                using var response = await client.GetAsync($"/api/v1/products/{id}/lots", ct);
                if (!response.IsSuccessStatusCode) return 0;
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                foreach (var lot in doc.RootElement.EnumerateArray())
                    lots.Add(new LotSample(lot.GetProperty("id").GetInt32(), new Uri(lot.GetProperty("digitalLink").GetString()!).PathAndQuery));
                return doc.RootElement.GetArrayLength() > 0 ? id : 0;
            }));
            lastWithLots = Math.Max(lastWithLots, found.Max());
        }
        return lots.OrderBy(l => l.Id).Take(wanted).ToList();
    }
}
