namespace Ocop.Features.Programme;

public static class ProgrammeModule
{
    public static IServiceCollection AddProgramme(this IServiceCollection services) => services
        .AddScoped<TrainingCommands>()
        .AddScoped<ImportAttendance>()
        .AddScoped<ProgrammeQueries>()
        .AddScoped<OnboardingStages>()
        .AddScoped<FunnelRefresh>()
        .AddSingleton<FunnelRefreshGate>()
        .AddHostedService<FunnelRefreshJob>()
        .AddScoped<FunnelQuery>();
}
