using System.Text;
using System.Threading.Channels;
using Npgsql;

namespace Ocop.Infrastructure.Events;

/// <summary>Settings under <c>Events</c>.</summary>
public sealed class EventBusOptions
{
    /// <summary>The LISTEN/NOTIFY channel shared by the nodes of one deployment.</summary>
    public string Channel { get; set; } = "ocop_events";
}

/// <summary>
/// Sends events to the other nodes with <c>pg_notify</c>. <see cref="SendAsync"/> only queues the
/// payload, so a request never waits for it; one background loop sends what has queued up in one
/// statement (<c>SELECT pg_notify($1, $2), pg_notify($1, $3), …</c>) on a pooled connection, so a
/// burst of orders costs one round trip and one transaction, not one each. Live news only: a payload
/// that cannot be sent (server down, queue full) is logged and dropped, as the bus promises.
/// </summary>
public sealed class PostgresNotifySender([FromKeyedServices(EventsModule.Key)] NpgsqlDataSource source, EventBusOptions options,
    ILogger<PostgresNotifySender> logger) : BackgroundService, IEventTransport
{
    private const int MaxBatch = 100;
    private const int QueueLimit = 10_000;

    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(QueueLimit)
    {
        FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, SingleWriter = false,
    });

    public Task SendAsync(string payload, CancellationToken ct)
    {
        if (!_queue.Writer.TryWrite(payload)) logger.LogWarning("Live event queue full; one event was not sent to the other nodes");
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<string>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var payload)) batch.Add(payload);
                try
                {
                    await SendBatchAsync(batch, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "{Count} live events were not sent to the other nodes", batch.Count);
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendBatchAsync(List<string> payloads, CancellationToken ct)
    {
        await using var cmd = source.CreateCommand();
        var sql = new StringBuilder("SELECT ");
        cmd.Parameters.Add(new NpgsqlParameter { Value = options.Channel });
        for (var i = 0; i < payloads.Count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append("pg_notify($1, $").Append(i + 2).Append(')');
            cmd.Parameters.Add(new NpgsqlParameter { Value = payloads[i] });
        }
        cmd.CommandText = sql.ToString();
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
