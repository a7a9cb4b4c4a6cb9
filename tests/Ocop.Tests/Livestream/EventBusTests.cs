using Microsoft.Extensions.DependencyInjection;
using Ocop.Infrastructure.Events;

namespace Ocop.Tests.Livestream;

public sealed record BusPing(string Text, int Number);

/// <summary>The bus delivers typed events to local subscribers; on PostgreSQL a second node hears them through LISTEN/NOTIFY.</summary>
public abstract class EventBusTests(OcopApp app)
{
    [Fact]
    public async Task Publish_ReachesLocalSubscribers_UntilTheyUnsubscribe()
    {
        var bus = app.Services.GetRequiredService<IEventBus>();
        var got = new List<BusPing>();
        var subscription = bus.Subscribe<BusPing>(got.Add);
        await bus.PublishAsync(new BusPing("một", 1));
        subscription.Dispose();
        await bus.PublishAsync(new BusPing("hai", 2));
        Assert.Equal([new BusPing("một", 1)], got);
    }

    [Fact]
    public void AnEventTooLargeForNotify_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => EventEnvelope.Serialize("node", new BusPing(new string('x', 8000), 1)));
    }
}

[Collection(SqliteCollection.Name)] public sealed class EventBusSqliteTests(SqliteApp app) : EventBusTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EventBusPostgresTests(PostgresApp app) : EventBusTests(app)
{
    [Fact]
    public async Task AnEventPublishedOnOneNode_ReachesTheOtherNode()
    {
        await using var other = app.SecondNode();
        var otherBus = other.Services.GetRequiredService<IEventBus>();
        await other.Services.GetRequiredService<PostgresEventListener>().Listening;
        await app.Services.GetRequiredService<PostgresEventListener>().Listening;
        var received = new TaskCompletionSource<BusPing>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = otherBus.Subscribe<BusPing>(p => received.TrySetResult(p));

        await app.Services.GetRequiredService<IEventBus>().PublishAsync(new BusPing("Sông Mã", 7));

        Assert.Equal(new BusPing("Sông Mã", 7), await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
