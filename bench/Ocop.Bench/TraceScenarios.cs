using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ocop.Bench;

/// <summary>
/// Traceability scenarios: <c>resolver</c> asks the Digital Link resolver for random lots (a 307 is the answer, not
/// followed); <c>trace</c> loads random lots' trace pages. Lots are sampled from the products API (up to 2,000 lots).
/// </summary>
public static class TraceScenarios
{
    public static async Task<Scenario> CreateAsync(string name, HttpClient client, CancellationToken ct)
    {
        var lots = await SampleLotsAsync(client, ct);
        if (lots.Count == 0)
            return Scenario.NotAvailable(name, name == "resolver" ? "GET /01/{gtin}/10/{lot}" : "GET /truy-xuat/{lotId}", "no lots (datagen --events)");
        return name == "resolver"
            ? new Scenario(name, "GET /01/{gtin}/10/{lot} → 307", r => lots[r.Next(lots.Count)].Path)
            : new Scenario(name, "GET /truy-xuat/{lotId} (20 events per lot)", r => "/truy-xuat/" + lots[r.Next(lots.Count)].Id.ToString(CultureInfo.InvariantCulture));
    }

    private sealed record LotSample(int Id, string Path);

    private static async Task<List<LotSample>> SampleLotsAsync(HttpClient client, CancellationToken ct)
    {
        var lots = new List<LotSample>();
        for (var id = 1; id <= 400 && lots.Count < 2000; id++)
        {
            using var response = await client.GetAsync($"/api/v1/products/{id}/lots", ct);
            if (!response.IsSuccessStatusCode) continue;
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            foreach (var lot in doc.RootElement.EnumerateArray())
            {
                var link = new Uri(lot.GetProperty("digitalLink").GetString()!);
                lots.Add(new LotSample(lot.GetProperty("id").GetInt32(), link.PathAndQuery));
            }
        }
        return lots;
    }
}
