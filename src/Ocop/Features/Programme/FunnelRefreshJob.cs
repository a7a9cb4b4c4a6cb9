namespace Ocop.Features.Programme;

/// <summary>
/// Catches the stored funnel up with the platform every <c>Programme:FunnelRefreshSeconds</c> (default 15;
/// 0 turns the job off) and rebuilds it every <c>Programme:FunnelRebuildHours</c> (default 24). Each
/// node runs it; passes are idempotent.
/// </summary>
public sealed class FunnelRefreshJob(IServiceScopeFactory scopes, IConfiguration config, ILogger<FunnelRefreshJob> logger) : BackgroundService
{
    public static TimeSpan Interval(IConfiguration config) => TimeSpan.FromSeconds(config.GetValue("Programme:FunnelRefreshSeconds", 15.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = Interval(config);
        if (every <= TimeSpan.Zero) return;
        var rebuild = TimeSpan.FromHours(config.GetValue("Programme:FunnelRebuildHours", 24.0));
        using var timer = new PeriodicTimer(every);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<FunnelRefresh>().CatchUpAsync(rebuild, stoppingToken);
                if (result.Rebuilt || result.Changed > 0)
                    logger.LogInformation("Onboarding funnel {Kind}: {Checked} people checked, {Changed} changed", result.Rebuilt ? "rebuilt" : "caught up", result.Checked, result.Changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Onboarding funnel refresh failed; the next pass retries");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
