using Ocop.Features.Catalog;
using Ocop.Features.Commerce;

namespace Ocop.Features.Traceability;

public static class TraceabilityModule
{
    public static IServiceCollection AddTraceability(this IServiceCollection services)
    {
        services.AddOptions<TraceabilityOptions>().BindConfiguration("Traceability");
        services.AddScoped<LotCommands>();
        services.AddScoped<EventRecorder>();
        services.AddScoped<CaptureEvents>();
        services.AddScoped<EpcisQuery>();
        services.AddScoped<TraceQueries>();
        services.AddScoped<LotChoices>();
        services.AddSingleton(sp => new TracePageCache(sp.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>()));
        services.AddScoped<DigitalLinkResolver>();
        services.AddScoped<RecordTraceEvent>();
        services.AddScoped<IProductLots, ProductLotsSource>();
        services.AddScoped<IOrderEvents, OrderTraceEvents>();
        return services;
    }
}
