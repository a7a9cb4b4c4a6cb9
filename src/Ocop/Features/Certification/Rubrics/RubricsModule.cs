namespace Ocop.Features.Certification.Rubrics;

public static class RubricsModule
{
    public static IServiceCollection AddRubrics(this IServiceCollection services)
    {
        services.AddScoped<RubricQueries>();
        services.AddScoped<ImportRubric>();
        services.AddScoped<ActivateRubric>();
        return services;
    }
}
