namespace Ocop.Features.Producers;

public static class ProducersModule
{
    public static IServiceCollection AddProducers(this IServiceCollection services)
    {
        services.AddScoped<ProducerCommands>();
        services.AddScoped<ProducerQueries>();
        return services;
    }
}
