namespace Ocop.Features.Matching;

public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddScoped<MatchingAccess>();
        services.AddScoped<MatchEngine>();
        services.AddScoped<BuyerOrganisations>();
        services.AddScoped<DemandCommands>();
        services.AddScoped<OfferCommands>();
        services.AddScoped<DealCommands>();
        services.AddScoped<MatchingQueries>();
        return services;
    }
}
