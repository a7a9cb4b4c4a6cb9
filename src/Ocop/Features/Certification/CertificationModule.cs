namespace Ocop.Features.Certification;

public static class CertificationModule
{
    public static IServiceCollection AddCertification(this IServiceCollection services)
    {
        services.AddScoped<CertificationAccess>();
        services.AddScoped<RoundCommands>();
        services.AddScoped<DossierCommands>();
        services.AddScoped<CouncilCommands>();
        services.AddScoped<CertificateCommands>();
        services.AddScoped<CertificateLifecycle>();
        services.AddScoped<ImportHistoricCertificates>();
        services.AddScoped<CertificationQueries>();
        services.AddScoped<BackOfficeQueries>();
        services.AddHostedService<CertificateLifecycleJob>();
        return services;
    }
}
