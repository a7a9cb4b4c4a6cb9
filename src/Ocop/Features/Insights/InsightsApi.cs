using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Features.Insights;

public static class InsightsModule
{
    public static IServiceCollection AddInsights(this IServiceCollection services) => services.AddScoped<CatalogStatistics>();

    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/stats").WithTags("Insights").RequireAuthorization();
        api.MapGet("/catalog", Stats).WithName("CatalogStatistics")
            .WithSummary("Producers and products by province, set, legal form, status and stars, with asOf; officers see their scope.");
        api.MapGet("/catalog.csv", Csv).WithName("CatalogStatisticsCsv").WithSummary("The same figures as CSV.");
        return app;
    }

    private static async Task<Results<Ok<CatalogStats>, ProblemHttpResult>> Stats(CatalogStatistics stats, string? province)
    {
        var r = await stats.RunAsync(province);
        return r.Ok ? TypedResults.Ok(r.Value!) : r.Error!.ToProblem();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(CatalogStatistics stats, string? province)
    {
        var r = await stats.RunAsync(province);
        if (!r.Ok) return r.Error!.ToProblem();
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CatalogStatistics.ToCsv(r.Value!)), "text/csv; charset=utf-8",
            $"thong-ke-ocop-{r.Value!.AsOf:yyyyMMdd-HHmm}.csv");
    }
}
