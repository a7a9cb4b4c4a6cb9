namespace Ocop.Features.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<CatalogSearchIndex>();
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<Producers.IProducerEvents, ProducerStandingListener>();
        services.AddScoped<ProductCommands>();
        services.AddScoped<CatalogQueries>();
        return services;
    }
}
