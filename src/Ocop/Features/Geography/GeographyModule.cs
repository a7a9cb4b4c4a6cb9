namespace Ocop.Features.Geography;

public static class GeographyModule
{
    public static IServiceCollection AddGeography(this IServiceCollection services)
    {
        services.AddSingleton<GeographyDirectory>();
        services.AddScoped<ImportAdminUnits>();
        return services;
    }
}
