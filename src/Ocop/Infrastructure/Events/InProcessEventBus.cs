using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Ocop.Infrastructure.Events;

/// <summary>Sends serialised events to the other nodes of the deployment; null transport = a single node.</summary>
public interface IEventTransport
{
    Task SendAsync(string payload, CancellationToken ct);
}

/// <summary>
/// The bus: local subscribers by event type, plus an optional <see cref="IEventTransport"/> to the
/// other nodes. Events from another node come in through <see cref="Receive"/>; the node's own
/// echo is ignored, since local subscribers were already called when it was published.
/// </summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger, IEventTransport? transport = null) : IEventBus
{
    private readonly ConcurrentDictionary<Type, ImmutableArray<Handler>> _handlers = new();
    private readonly ConcurrentDictionary<string, Type> _types = new();

    /// <summary>This process's id on the bus.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N")[..12];

    public async Task PublishAsync<T>(T @event, CancellationToken ct = default) where T : class
    {
        ArgumentNullException.ThrowIfNull(@event);
        var payload = transport is null ? null : EventEnvelope.Serialize(Node, @event);
        Deliver(typeof(T), @event);
        if (payload is null) return;
        try
        {
            await transport!.SendAsync(payload, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Local viewers already have it; the other nodes miss one live message, never a record.
            logger.LogWarning(e, "Event {Type} was not sent to the other nodes", typeof(T).Name);
        }
    }

    public IDisposable Subscribe<T>(Action<T> handler) where T : class
    {
        _types[EventEnvelope.NameOf(typeof(T))] = typeof(T);
        var entry = new Handler(e => handler((T)e));
        _handlers.AddOrUpdate(typeof(T), _ => [entry], (_, list) => list.Add(entry));
        return new Subscription(() => _handlers.AddOrUpdate(typeof(T), _ => [], (_, list) => list.Remove(entry)));
    }

    /// <summary>An event from the transport: dispatched unless it is this node's own or nobody here knows its type.</summary>
    public void Receive(string payload)
    {
        var envelope = EventEnvelope.Parse(payload);
        if (envelope is null || envelope.Node == Node || !_types.TryGetValue(envelope.Type, out var type)) return;
        if (envelope.Read(type) is { } @event) Deliver(type, @event);
    }

    private void Deliver(Type type, object @event)
    {
        if (!_handlers.TryGetValue(type, out var handlers)) return;
        foreach (var handler in handlers)
        {
            try { handler.Invoke(@event); }
            catch (Exception e) { logger.LogError(e, "Subscriber of {Type} failed", type.Name); }
        }
    }

    private sealed record Handler(Action<object> Invoke);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
