using Ocop.Features.Geography;

namespace Ocop.Features.Insights;

/// <summary>Public marketplace feeds: <c>/api/v1/feeds/…?producer={slug}</c> or <c>?province={code}</c>.</summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/feeds").WithTags("Marketplace feeds").AllowAnonymous();
        api.MapGet("/google-merchant.xml", (MarketplaceFeeds f, HttpRequest req, string? producer, string? province) =>
                Feed(f, req, producer, province, (t, b, items) => (System.Text.Encoding.UTF8.GetBytes(MarketplaceFeeds.GoogleXml(t, b, items)), "application/xml; charset=utf-8", "google-merchant.xml")))
            .WithName("GoogleMerchantFeed").WithSummary("Google Merchant Center feed (RSS 2.0, g: namespace): listed products of verified producers; producer slug or province code.");
        api.MapGet("/facebook.csv", (MarketplaceFeeds f, HttpRequest req, string? producer, string? province) =>
                Feed(f, req, producer, province, (_, b, items) => (MarketplaceFeeds.FacebookCsv(b, items), "text/csv; charset=utf-8", "facebook-catalog.csv")))
            .WithName("FacebookCatalogFeed").WithSummary("Facebook/Meta catalogue CSV (id, title, description, availability, condition, price, link, image_link, brand, gtin).");
        api.MapGet("/postal.csv", (MarketplaceFeeds f, HttpRequest req, GeographyDirectory geo, string? producer, string? province) =>
                Feed(f, req, producer, province, (_, b, items) => (MarketplaceFeeds.PostalCsv(b, items, geo), "text/csv; charset=utf-8", "san-pham-ocop.csv")))
            .WithName("PostalMarketplaceFeed").WithSummary("Generic CSV for postal marketplaces (Vietnamese headers, price in đồng, GTIN and Digital Link, OCOP stars)."); // vi-only: English API summary
        return app;
    }

    private static async Task<IResult> Feed(MarketplaceFeeds feeds, HttpRequest req, string? producer, string? province,
        Func<string, string, IReadOnlyList<FeedItem>, (byte[] Body, string Type, string Name)> render)
    {
        var result = await feeds.ItemsAsync(producer, province);
        if (!result.Ok) return result.Error!.ToProblem();
        var (body, type, name) = render(result.Value.Title, req.HttpContext.RequestServices.GetRequiredService<PublicUrls>().Base, result.Value.Items);
        req.HttpContext.Response.Headers.CacheControl = "public, max-age=600";
        return TypedResults.File(body, type, name);
    }
}
