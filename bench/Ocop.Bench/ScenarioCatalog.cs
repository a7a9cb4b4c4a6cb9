using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ocop.Bench;

/// <summary>
/// The named scenarios. Product scenarios sample real slugs and ids from the search API first;
/// pages that answer 404 on this server are reported as unavailable instead of measured as errors.
/// </summary>
public static class ScenarioCatalog
{
    public static readonly string[] Names = ["trivial", "product", "product-api", "search", "home", "matching-board", .. TraceScenarios.Names, .. InsightsScenarios.Names];

    /// <summary>Vietnamese query words, each with and without diacritics, as buyers type them.</summary>
    public static readonly string[] SearchWords =
    [
        "chè", "che", "mật ong", "mat ong", "nước mắm", "nuoc mam", "gạo", "gao", "cà phê", "ca phe", "rượu", "ruou",
        "tỏi", "toi", "nấm", "nam", "trà hoa vàng", "tra hoa vang", "sâm", "sam", "tinh dầu", "tinh dau", "thổ cẩm", "tho cam",
        "bưởi", "buoi", "xoài", "xoai", "Sơn La", "son la", "hữu cơ", "huu co", "Shan tuyết", "shan tuyet", "gốm", "gom",
        "mắm tôm", "mam tom", "khô cá", "kho ca", "homestay", "miến dong", "mien dong",
    ];

    private static readonly string[] Sorts = ["relevance", "newest", "price_asc", "price_desc", "stars"];

    public static async Task<Scenario> CreateAsync(string name, HttpClient client, CancellationToken ct)
    {
        switch (name)
        {
            case "trivial":
                return new Scenario(name, "GET /health/live", _ => "/health/live");
            case "home":
                return await ProbedAsync(client, new Scenario(name, "GET /", _ => "/"), "/", ct);
            case "search":
            {
                var provinces = await ProvinceCodesAsync(client, ct);
                return new Scenario(name, "GET /api/v1/products?q=… with random facets", r => SearchPath(r, provinces));
            }
            case "product":
            {
                var products = await SampleProductsAsync(client, ct);
                if (products.Count == 0) return Scenario.NotAvailable(name, "GET /san-pham/{slug}", "no listed products");
                var scenario = new Scenario(name, "GET /san-pham/{slug}", r => "/san-pham/" + Uri.EscapeDataString(products[r.Next(products.Count)].Slug));
                return await ProbedAsync(client, scenario, "/san-pham/" + Uri.EscapeDataString(products[0].Slug), ct);
            }
            case "product-api":
            {
                var products = await SampleProductsAsync(client, ct);
                if (products.Count == 0) return Scenario.NotAvailable(name, "GET /api/v1/products/{id}", "no listed products");
                return new Scenario(name, "GET /api/v1/products/{id}", r => "/api/v1/products/" + products[r.Next(products.Count)].Id.ToString(CultureInfo.InvariantCulture));
            }
            case "matching-board":
                return await ProbedAsync(client, new Scenario(name, "GET /api/v1/matching/demands|offers?q=…&set=…", MatchingBoardPath),
                    "/api/v1/matching/demands", ct);
            case "resolver":
            case "trace":
            case "resolver-wide":
            case "trace-wide":
                return await TraceScenarios.CreateAsync(name, client, ct);
            case var insights when InsightsScenarios.Names.Contains(insights):
                return await InsightsScenarios.CreateAsync(name, client, ct);
            case ['/', ..]:
                return await ProbedAsync(client, new Scenario(name, "GET " + name, _ => name), name, ct);
            default:
                throw new ArgumentException($"Unknown scenario '{name}'; known: {string.Join(", ", Names)}.");
        }
    }

    private static async Task<Scenario> ProbedAsync(HttpClient client, Scenario scenario, string probe, CancellationToken ct)
    {
        using var response = await client.GetAsync(probe, ct);
        return response.IsSuccessStatusCode
            ? scenario
            : scenario with { Unavailable = $"{probe} answered {(int)response.StatusCode} on this build" };
    }

    public static string SearchPath(Random r, IReadOnlyList<string> provinces)
    {
        var q = SearchWords[r.Next(SearchWords.Length)];
        var path = "/api/v1/products?q=" + Uri.EscapeDataString(q);
        if (r.NextDouble() < 0.3 && provinces.Count > 0) path += "&province=" + provinces[r.Next(provinces.Count)];
        if (r.NextDouble() < 0.2) path += "&set=" + r.Next(1, 27).ToString(CultureInfo.InvariantCulture);
        else if (r.NextDouble() < 0.15) path += "&group=" + r.Next(1, 7).ToString(CultureInfo.InvariantCulture);
        if (r.NextDouble() < 0.15) path += "&stars=" + r.Next(3, 6).ToString(CultureInfo.InvariantCulture);
        if (r.NextDouble() < 0.15) path += "&maxPrice=" + (r.Next(1, 11) * 100_000).ToString(CultureInfo.InvariantCulture);
        if (r.NextDouble() < 0.3) path += "&sort=" + Sorts[r.Next(Sorts.Length)];
        if (r.NextDouble() < 0.2) path += "&page=2";
        return path;
    }

    /// <summary>The public supply–demand board: demands or offers, with a word (with or without diacritics) or a product set.</summary>
    public static string MatchingBoardPath(Random r)
    {
        var path = r.Next(2) == 0 ? "/api/v1/matching/demands" : "/api/v1/matching/offers";
        return r.NextDouble() < 0.5
            ? path + "?q=" + Uri.EscapeDataString(SearchWords[r.Next(SearchWords.Length)])
            : path + "?set=" + r.Next(1, 27).ToString(CultureInfo.InvariantCulture);
    }

    private sealed record ProductRef(int Id, string Slug);

    /// <summary>Up to 2,000 listed products, 100 per page of the search API.</summary>
    private static async Task<List<ProductRef>> SampleProductsAsync(HttpClient client, CancellationToken ct)
    {
        var products = new List<ProductRef>();
        for (var page = 1; page <= 20; page++)
        {
            using var doc = await client.GetFromJsonAsync<JsonDocument>($"/api/v1/products?pageSize=100&page={page}&sort=newest", ct)
                ?? throw new InvalidOperationException("Empty search response.");
            var items = doc.RootElement.GetProperty("items");
            foreach (var item in items.EnumerateArray())
                products.Add(new ProductRef(item.GetProperty("id").GetInt32(), item.GetProperty("slug").GetString()!));
            if (items.GetArrayLength() < 100) break;
        }
        return products;
    }

    private static async Task<List<string>> ProvinceCodesAsync(HttpClient client, CancellationToken ct)
    {
        using var doc = await client.GetFromJsonAsync<JsonDocument>("/api/v1/provinces", ct)
            ?? throw new InvalidOperationException("Empty province list.");
        return doc.RootElement.EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
    }
}
