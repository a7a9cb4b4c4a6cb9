using Npgsql;

namespace Ocop.Infrastructure.Events;

/// <summary>Settings under <c>Events</c>.</summary>
public sealed class EventBusOptions
{
    /// <summary>The LISTEN/NOTIFY channel shared by the nodes of one deployment.</summary>
    public string Channel { get; set; } = "ocop_events";
}

/// <summary>Sends an event to the other nodes: <c>SELECT pg_notify(channel, payload)</c> on a pooled connection.</summary>
public sealed class PostgresNotifySender([FromKeyedServices(EventsModule.Key)] NpgsqlDataSource source, EventBusOptions options) : IEventTransport
{
    public async Task SendAsync(string payload, CancellationToken ct)
    {
        await using var cmd = source.CreateCommand("SELECT pg_notify($1, $2)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = options.Channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = payload });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>
/// Listens on the channel over one dedicated connection and hands every notification to the bus.
/// A broken connection is reopened after a pause; events sent meanwhile are missed (live news only).
/// </summary>
public sealed class PostgresEventListener([FromKeyedServices(EventsModule.Key)] NpgsqlDataSource source, EventBusOptions options, InProcessEventBus bus,
    ILogger<PostgresEventListener> logger) : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place (tests and start-up wait on it).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await source.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, e) => bus.Receive(e.Payload);
                await using (var cmd = new NpgsqlCommand($"LISTEN \"{options.Channel.Replace("\"", "")}\"", conn))
                    await cmd.ExecuteNonQueryAsync(stoppingToken);
                _listening.TrySetResult();
                logger.LogInformation("Listening for live events on {Channel} as node {Node}", options.Channel, bus.Node);
                while (!stoppingToken.IsCancellationRequested) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Live event listener lost its connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }
}
