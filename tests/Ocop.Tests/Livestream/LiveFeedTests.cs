using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Livestream;

/// <summary>The SSE feed of a session delivers every event type, masks buyers, and resumes after Last-Event-ID.</summary>
public abstract class LiveFeedTests(OcopApp app)
{
    [Fact]
    public async Task Feed_DeliversPinUnpinDealsOrdersAndCounters()
    {
        var live = await app.LiveSessionAsync();
        await using var feed = await app.Anonymous().OpenFeedAsync(live.SessionId);
        var state = await feed.NextAsync("state");
        Assert.Equal("live", state.Data.GetProperty("status").GetString());
        Assert.True(state.Data.TryGetProperty("serverTime", out _));

        await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/pin", new { productId = live.ProductId })).JsonAsync();
        var pin = await feed.NextAsync("pin");
        Assert.Equal(live.ProductId, pin.Data.GetProperty("productId").GetInt32());
        Assert.NotNull(pin.Id);

        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/unpin", null)).JsonAsync();
        Assert.Equal(live.ProductId, (await feed.NextAsync("unpin")).Data.GetProperty("productId").GetInt32());

        var dealId = await app.OpenDealAsync(live, quota: 3, perBuyer: 3);
        var started = await feed.NextAsync("deal-started");
        Assert.Equal(dealId, started.Data.GetProperty("dealId").GetString());
        Assert.Equal(80_000, started.Data.GetProperty("dealPrice").GetInt64());

        var order = await app.Anonymous().OrderAsync(Live.Order(live, dealId, quantity: 3));
        Assert.Equal(3 * 80_000, order.GetProperty("subtotal").GetInt64());
        var ticker = await feed.NextAsync("order");
        Assert.StartsWith("Một khách ở Hà Nội vừa đặt 3 hộp Nhãn Sông Mã", ticker.Data.GetProperty("text").GetString());
        Assert.DoesNotContain("Nguyễn", ticker.Data.ToString());

        var counters = await feed.NextAsync("counters", seconds: 15);
        Assert.True(counters.Data.GetProperty("viewers").GetInt32() >= 1);

        var ended = await feed.NextAsync("deal-ended", seconds: 15);
        Assert.Equal("sold-out", ended.Data.GetProperty("endReason").GetString());
        Assert.Equal(3, ended.Data.GetProperty("sold").GetInt32());

        var attributed = await app.WithDb(db => db.Set<Features.Commerce.Order>().Where(o => o.LivestreamId == live.SessionId).CountAsync());
        Assert.Equal(1, attributed);
        var figures = await (await live.Host.GetAsync($"/api/v1/livestreams/{live.SessionId}/figures")).JsonAsync();
        Assert.Equal(240_000, figures.GetProperty("revenuePlaced").GetInt64());
        Assert.Equal(3, figures.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task Reconnecting_WithLastEventId_ReplaysWhatWasMissed()
    {
        var live = await app.LiveSessionAsync();
        string pinId;
        await using (var first = await app.Anonymous().OpenFeedAsync(live.SessionId))
        {
            await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/pin", new { productId = live.ProductId })).JsonAsync();
            pinId = (await first.NextAsync("pin")).Id!;
        }
        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/unpin", null)).JsonAsync();

        await using var again = await app.Anonymous().OpenFeedAsync(live.SessionId, lastEventId: pinId);
        var missed = await again.NextAsync("unpin");
        Assert.True(long.Parse(missed.Id!) > long.Parse(pinId));
    }

    [Fact]
    public async Task Feed_OfAnUnknownSession_Is404()
    {
        await (await app.Anonymous().GetAsync("/api/v1/livestreams/987654/events")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)] public sealed class LiveFeedSqliteTests(SqliteApp app) : LiveFeedTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LiveFeedPostgresTests(PostgresApp app) : LiveFeedTests(app)
{
    /// <summary>Scale-out: two app hosts on one PostgreSQL; a viewer on node B sees the order placed on node A.</summary>
    [Fact]
    public async Task AnOrderPlacedOnOneNode_AppearsInTheOtherNodesFeed()
    {
        var live = await app.LiveSessionAsync();
        await using var nodeB = app.SecondNode();
        await nodeB.Services.GetRequiredService<Ocop.Infrastructure.Events.PostgresEventListener>().Listening;
        await app.Services.GetRequiredService<Ocop.Infrastructure.Events.PostgresEventListener>().Listening;
        await using var feed = await nodeB.CreateClient().OpenFeedAsync(live.SessionId);
        await feed.NextAsync("state");

        await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/pin", new { productId = live.ProductId })).JsonAsync();
        Assert.Equal(live.ProductId, (await feed.NextAsync("pin")).Data.GetProperty("productId").GetInt32());
        var dealId = await app.OpenDealAsync(live);
        Assert.Equal(dealId, (await feed.NextAsync("deal-started")).Data.GetProperty("dealId").GetString());

        await app.Anonymous().OrderAsync(Live.Order(live, dealId, quantity: 2));
        var ticker = await feed.NextAsync("order");
        Assert.StartsWith("Một khách ở Hà Nội vừa đặt 2 hộp", ticker.Data.GetProperty("text").GetString());
    }
}
