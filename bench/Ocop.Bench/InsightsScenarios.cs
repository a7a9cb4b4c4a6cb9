using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ocop.Bench;

/// <summary>
/// Dashboard scenarios (need a database prepared by <c>insights-data</c>): the requests carry the bench
/// national officer's bearer token. Half of the requests ask for one province, half for the whole country.
/// </summary>
public static class InsightsScenarios
{
    public static readonly string[] Names = ["dashboard", "dashboard-api", "funnel", "open-data", "feed"];

    private static readonly string[] Provinces = ["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"];

    public static async Task<Scenario> CreateAsync(string name, HttpClient client, CancellationToken ct)
    {
        static string Scope(Random r) => r.NextDouble() < 0.5 ? "" : "?province=" + Provinces[r.Next(Provinces.Length)];
        if (name is "dashboard" or "dashboard-api" or "funnel" && !await AuthorizeAsync(client, ct))
            return Scenario.NotAvailable(name, "officer pages", $"no bench officer account ({InsightsDataGen.OfficerEmail}); run insights-data");
        return name switch
        {
            "dashboard" => new Scenario(name, "GET /quan-ly/thong-ke[?province=] (national officer, SVG charts)", r => "/quan-ly/thong-ke" + Scope(r)),
            "dashboard-api" => new Scenario(name, "GET /api/v1/stats/dashboard[?province=]", r => "/api/v1/stats/dashboard" + Scope(r)),
            "funnel" => new Scenario(name, "GET /quan-ly/chuong-trinh[?province=] (stored funnel)", r => "/quan-ly/chuong-trinh" + Scope(r)),
            "open-data" => new Scenario(name, "GET /api/v1/open-data/statistics[?province=]", r => "/api/v1/open-data/statistics" + Scope(r)),
            "feed" => new Scenario(name, "GET /api/v1/feeds/google-merchant.xml?province=", r => "/api/v1/feeds/google-merchant.xml?province=" + Provinces[r.Next(Provinces.Length)]),
            _ => throw new ArgumentException($"Unknown scenario '{name}'."),
        };
    }

    private static async Task<bool> AuthorizeAsync(HttpClient client, CancellationToken ct)
    {
        if (client.DefaultRequestHeaders.Authorization is not null) return true;
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = InsightsDataGen.OfficerEmail, password = InsightsDataGen.OfficerPassword }, ct);
        if (!response.IsSuccessStatusCode) return false;
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }
}
