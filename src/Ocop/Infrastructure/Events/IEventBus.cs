namespace Ocop.Infrastructure.Events;

/// <summary>
/// Typed events between modules of the running application. A published event reaches every
/// subscriber of its type on this node at once and, when the transport crosses nodes (PostgreSQL
/// LISTEN/NOTIFY), on every other node of the same database shortly after. Delivery is at most once
/// and not persisted: events carry live news (pins, deals, orders), not the record of truth.
/// </summary>
public interface IEventBus
{
    /// <summary>Delivers locally, then sends to the other nodes. The serialised event must fit in <see cref="EventEnvelope.MaxBytes"/>.</summary>
    Task PublishAsync<T>(T @event, CancellationToken ct = default) where T : class;

    /// <summary>Calls <paramref name="handler"/> for each event of type <typeparamref name="T"/> until the subscription is disposed. Handlers must be quick (hand the work on).</summary>
    IDisposable Subscribe<T>(Action<T> handler) where T : class;
}
