using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Features.Insights;

/// <summary>Public, versioned open data: <c>/api/v1/open-data</c>. Every answer names its licence and as-of time.</summary>
public static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/open-data").WithTags("Open data").AllowAnonymous();
        api.MapGet("", () => TypedResults.Ok(OpenData.Index())).WithName("OpenDataIndex")
            .WithSummary("Datasets, licence (CC BY 4.0), attribution and version of the open data.");
        api.MapGet("/certified-products", Registry).WithName("OpenDataCertifiedProducts")
            .WithSummary("Certified OCOP products (valid by default; status=all includes expired and revoked); province, stars, page, pageSize ≤ 1000. No personal data.");
        api.MapGet("/certified-products.csv", RegistryCsv).WithName("OpenDataCertifiedProductsCsv").WithSummary("The registry as CSV (UTF-8, up to 100,000 rows).");
        api.MapGet("/statistics", async (OpenData d, HttpResponse res, string? province) => Licensed(res, await d.StatisticsAsync(province), s => s.AsOf))
            .WithName("OpenDataStatistics").WithSummary("Aggregate figures by province from the latest snapshot, with its as-of time.");
        api.MapGet("/statistics.csv", async (OpenData d, HttpResponse res, string? province) =>
            {
                var doc = await d.StatisticsAsync(province);
                Licensed(res, doc, s => s.AsOf);
                return TypedResults.File(OpenData.StatisticsCsv(doc), "text/csv; charset=utf-8", "ocop-thong-ke.csv");
            })
            .WithName("OpenDataStatisticsCsv").WithSummary("The aggregate figures as CSV.");
        return app;
    }

    private static async Task<Ok<RegistryDocument>> Registry(OpenData d, HttpResponse res, string? province, int? stars, string? status, int page = 1, int pageSize = 100)
    {
        var doc = await d.RegistryAsync(province, stars, status == "all", page, Math.Clamp(pageSize, 1, 1000));
        return Licensed(res, doc, x => x.AsOf);
    }

    private static async Task<FileContentHttpResult> RegistryCsv(OpenData d, HttpResponse res, string? province, int? stars, string? status)
    {
        var doc = await d.RegistryAsync(province, stars, status == "all", 1, 100_000);
        Licensed(res, doc, x => x.AsOf);
        return TypedResults.File(OpenData.RegistryCsv(doc), "text/csv; charset=utf-8", "ocop-san-pham-duoc-cong-nhan.csv");
    }

    /// <summary>Licence and as-of time also as headers, for clients that read only headers.</summary>
    private static Ok<T> Licensed<T>(HttpResponse res, T doc, Func<T, DateTime?> asOf)
    {
        res.Headers.Link = $"<{OpenData.LicenceUrl}>; rel=\"license\"";
        if (asOf(doc) is { } t) res.Headers["X-Data-As-Of"] = t.ToString("O");
        res.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(doc);
    }
}
