using Ocop.Infrastructure.Events;

namespace Ocop.Features.Livestream;

/// <summary>
/// The feed's clock work on each node: every second it closes deals whose time or quota ran out;
/// every two seconds, for each session watched here, it tells the other nodes how many viewers
/// it holds and sends fresh counters; every 15 seconds a heartbeat.
/// </summary>
public sealed class LiveFeedJob(IServiceScopeFactory scopes, LiveFeed feed, IEventBus bus, TimeProvider clock, ILogger<LiveFeedJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var tick = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            tick++;
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<FlashDeals>().CloseFinishedAsync(stoppingToken);
                if (tick % 2 == 0) await CountAsync(scope.ServiceProvider, stoppingToken);
                if (tick % 15 == 0) feed.Heartbeat();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Live feed tick failed");
            }
        }
    }

    private async Task CountAsync(IServiceProvider sp, CancellationToken ct)
    {
        var figures = sp.GetRequiredService<LiveFigures>();
        foreach (var sessionId in feed.WatchedSessions.ToList())
        {
            await bus.PublishAsync(new ViewerPresence(feed.Node, sessionId, feed.LocalViewers(sessionId)), ct);
            var counters = await figures.TickAsync(sessionId, ct);
            feed.Broadcast(sessionId, LiveFrame.Of(null, "counters", LiveNewsroom.Stamp(counters, clock.UtcNow())));
        }
    }
}
