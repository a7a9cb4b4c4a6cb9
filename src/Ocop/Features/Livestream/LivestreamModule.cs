using Ocop.Features.Commerce;

namespace Ocop.Features.Livestream;

public static class LivestreamModule
{
    public static IServiceCollection AddLivestream(this IServiceCollection services)
    {
        services.AddScoped<LiveAccess>();
        services.AddScoped<LiveNewsroom>();
        services.AddScoped<LiveCards>();
        services.AddScoped<LiveQueries>();
        services.AddScoped<LiveFigures>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<LiveConsents>();
        services.AddScoped<FlashDeals>();
        services.AddScoped<RunSheets>();
        services.AddScoped<FlashDealOffers>();
        services.AddScoped<ISpecialOfferPricing>(sp => sp.GetRequiredService<FlashDealOffers>());
        services.AddScoped<IOrderAttributionSource>(sp => sp.GetRequiredService<FlashDealOffers>());
        services.AddSingleton<LiveFeed>();
        services.AddHostedService<LiveFeedJob>();
        return services;
    }
}
