using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Features.Identity;

namespace Ocop.Features.Insights;

public static class InsightsModule
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<CatalogStatistics>();
        services.AddScoped<SnapshotBuilder>();
        services.AddScoped<Dashboard>();
        services.AddScoped<OpenData>();
        services.AddScoped<MarketplaceFeeds>();
        services.AddHostedService<SnapshotJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/stats").WithTags("Insights").RequireAuthorization();
        api.MapGet("/catalog", Stats).WithName("CatalogStatistics")
            .WithSummary("Producers and products by province, set, legal form, status and stars, with asOf; officers see their scope.");
        api.MapGet("/catalog.csv", Csv).WithName("CatalogStatisticsCsv").WithSummary("The same figures as CSV.");
        api.MapGet("/dashboard", async (Dashboard d, string? province) => Reply(await d.RunAsync(province)))
            .WithName("Dashboard").WithSummary("Dashboard figures from the latest snapshot and one per past quarter (asOf), plus the live onboarding funnel; officers see their scope.");
        api.MapPost("/snapshots", TakeSnapshot).WithName("TakeSnapshot").WithSummary("Take a snapshot now (national officers); the hosted job also takes one every Insights:SnapshotHours.");
        app.MapOpenDataApi();
        app.MapFeedsApi();
        return app;
    }

    private static IResult Reply<T>(Result<T> r) => r.Ok ? TypedResults.Ok(r.Value!) : r.Error!.ToProblem();

    private static async Task<IResult> TakeSnapshot(SnapshotBuilder builder, CurrentUser me, TimeProvider clock, AuditLog audit, OcopDb db)
    {
        if (!me.IsNational) return AppError.Forbidden("Chỉ cán bộ trung ương chụp số liệu.").ToProblem();
        var s = await builder.TakeAsync(clock.UtcNow());
        audit.Record("insights.snapshot_taken", "insights_snapshot", s.Id);
        await db.SaveChangesAsync();
        return TypedResults.Ok(new { s.Id, s.TakenAt });
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
