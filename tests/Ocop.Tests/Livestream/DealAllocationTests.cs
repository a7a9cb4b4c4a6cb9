using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Commerce;
using Ocop.Features.Livestream;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Livestream;

/// <summary>
/// A deal's quota is its own allocation: starting the deal moves it out of stock, deal buyers take
/// only from it, normal buyers only from what is left, and units come back exactly once — to the
/// deal while it runs, to stock after it ended. Stock + open allocations + units in live orders
/// always add up to what the producer put in.
/// </summary>
public abstract class DealAllocationTests(OcopApp app)
{
    [Fact]
    public async Task StartingADeal_SetsItsQuotaAside_AndNormalBuyersOnlyGetWhatIsLeft()
    {
        var live = await app.LiveSessionAsync(stock: 10);
        var dealId = await app.OpenDealAsync(live, quota: 8, perBuyer: 8);
        Assert.Equal(2, await app.StockAsync(live.ProductId));
        var product = await (await app.Anonymous().GetAsync($"/api/v1/products/{live.ProductId}")).JsonAsync();
        Assert.Equal(2, product.GetProperty("stock").GetInt32());

        var normal = app.Anonymous();
        await (await normal.PlaceAsync(Shop.Checkout([Shop.Item(live.ProductId, 3)], "cod"))).AssertProblemAsync(HttpStatusCode.Conflict);
        await normal.OrderAsync(Shop.Checkout([Shop.Item(live.ProductId, 2)], "cod"));
        Assert.Equal(0, await app.StockAsync(live.ProductId));

        await app.Anonymous().OrderAsync(Live.Order(live, dealId, quantity: 5));
        Assert.Equal(0, await app.StockAsync(live.ProductId));
        var detail = await (await app.Anonymous().GetAsync($"/api/v1/livestreams/{live.SessionId}")).JsonAsync();
        var card = detail.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("dealId").GetString() == dealId);
        Assert.Equal(3, card.GetProperty("left").GetInt32());
        await AssertAddsUpAsync(live, 10);

        var ended = await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/deals/{dealId}/end", null)).JsonAsync();
        Assert.Equal("ended", ended.GetProperty("state").GetString());
        Assert.Equal(3, await app.StockAsync(live.ProductId));
        Assert.Equal(3, (await app.DealAsync(dealId)).ReturnedToStock);
        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/deals/{dealId}/end", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(3, await app.StockAsync(live.ProductId));
        await AssertAddsUpAsync(live, 10);
    }

    [Fact]
    public async Task StockDealAndOrders_AddUp_ThroughStartBuysCancelEndAndExpiry()
    {
        var live = await app.LiveSessionAsync(stock: 100);
        await AssertAddsUpAsync(live, 100);
        var dealId = await app.OpenDealAsync(live, quota: 20, perBuyer: 5);
        Assert.Equal(80, await app.StockAsync(live.ProductId));
        await AssertAddsUpAsync(live, 100);

        var first = app.Anonymous();
        var mixed = await first.OrderAsync(new
        {
            items = new object[] { new { productId = live.ProductId, quantity = 2 }, new { productId = live.ProductId, quantity = 3, dealId } },
            shipping = Shop.Shipping(), paymentMethod = "cod", livestreamId = live.SessionId,
        });
        Assert.Equal((78, 3), (await app.StockAsync(live.ProductId), (await app.DealAsync(dealId)).Sold));
        var second = app.Anonymous();
        var unpaid = await second.OrderAsync(Live.Order(live, dealId, quantity: 4, payment: "vietqr"));
        Assert.Equal((78, 7), (await app.StockAsync(live.ProductId), (await app.DealAsync(dealId)).Sold));
        await AssertAddsUpAsync(live, 100);

        await first.ActAsync(mixed.GetProperty("code").GetString()!, "cancel", new { reason = "Đặt nhầm" });
        Assert.Equal((80, 4), (await app.StockAsync(live.ProductId), (await app.DealAsync(dealId)).Sold));
        await AssertAddsUpAsync(live, 100);

        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/deals/{dealId}/end", null)).JsonAsync();
        Assert.Equal(96, await app.StockAsync(live.ProductId));
        await AssertAddsUpAsync(live, 100);

        using (var scope = app.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ExpireUnpaidOrders>().RunAsync(DateTime.UtcNow.AddDays(1)) >= 1);
        Assert.Equal("Cancelled", (await second.GetOrderAsync(unpaid.GetProperty("code").GetString()!)).GetProperty("status").GetString());
        Assert.Equal((100, 4), (await app.StockAsync(live.ProductId), (await app.DealAsync(dealId)).Sold));
        Assert.Equal(16, (await app.DealAsync(dealId)).ReturnedToStock);
        await AssertAddsUpAsync(live, 100);
    }

    [Fact]
    public async Task TheRemainder_GoesBackToStockOnce_HoweverManyRunnersNoticeTheEnd()
    {
        var live = await app.LiveSessionAsync(stock: 50);
        var dealId = await app.OpenDealAsync(live, quota: 10, perBuyer: 2);
        await app.Anonymous().OrderAsync(Live.Order(live, dealId, quantity: 2));
        var id = FlashDeal.IdOf(dealId);
        await app.WithDb(db => db.Set<FlashDeal>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.EndsAt, DateTime.UtcNow.AddSeconds(-1))));

        await CloseFinishedTogetherAsync(6);
        await CloseFinishedTogetherAsync(1);
        var deal = await app.EndedDealAsync(dealId);
        Assert.Equal(DealEndReason.Expired, deal.EndReason);
        Assert.Equal(8, deal.ReturnedToStock);
        Assert.Equal(48, await app.StockAsync(live.ProductId));
        await AssertAddsUpAsync(live, 50);

        // A node that stopped between closing a deal and returning its units: the next runs finish it, once.
        var stranded = await app.OpenDealAsync(live, quota: 5, perBuyer: 1);
        var strandedId = FlashDeal.IdOf(stranded);
        Assert.Equal(43, await app.StockAsync(live.ProductId));
        await app.WithDb(db => db.Set<FlashDeal>().Where(d => d.Id == strandedId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DealState.Ended).SetProperty(d => d.EndReason, DealEndReason.EndedEarly)));
        await CloseFinishedTogetherAsync(6);
        await CloseFinishedTogetherAsync(1);
        Assert.Equal(48, await app.StockAsync(live.ProductId));
        Assert.Equal(5, (await app.DealAsync(stranded)).ReturnedToStock);
        await AssertAddsUpAsync(live, 50);
    }

    [Fact]
    public async Task APlannedDeal_TakesItsQuotaWhenStarted_IsRefusedWhenStockFellShort_AndEndingTheSessionReturnsTheRest()
    {
        var live = await app.LiveSessionAsync(stock: 40);
        var url = $"/api/v1/livestreams/{live.SessionId}/deals";
        var big = (await (await live.Host.PostAsJsonAsync(url, Live.Deal(live.ProductId, quota: 30, start: false))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("dealId").GetString()!;
        var small = (await (await live.Host.PostAsJsonAsync(url, Live.Deal(live.ProductId, quota: 20, start: false))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("dealId").GetString()!;
        Assert.Equal(40, await app.StockAsync(live.ProductId));

        await app.Anonymous().OrderAsync(Shop.Checkout([Shop.Item(live.ProductId, 15)], "cod"));
        await (await live.Host.PostAsync($"{url}/{big}/start", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(25, await app.StockAsync(live.ProductId));
        Assert.Equal(DealState.Planned, (await app.DealAsync(big)).State);

        await (await live.Host.PostAsync($"{url}/{small}/start", null)).JsonAsync();
        Assert.Equal(5, await app.StockAsync(live.ProductId));
        await (await live.Host.PostAsync($"{url}/{small}/start", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(5, await app.StockAsync(live.ProductId));
        await AssertAddsUpAsync(live, 40);

        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/end", null)).JsonAsync();
        Assert.Equal(25, await app.StockAsync(live.ProductId));
        Assert.Equal((DealEndReason.SessionEnded, 20), ((await app.DealAsync(small)).EndReason, (await app.DealAsync(small)).ReturnedToStock));
        Assert.Equal(0, (await app.DealAsync(big)).ReturnedToStock);
        await AssertAddsUpAsync(live, 40);
    }

    private async Task CloseFinishedTogetherAsync(int runners)
    {
        await Task.WhenAll(Enumerable.Range(0, runners).Select(async _ =>
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FlashDeals>().CloseFinishedAsync();
        }));
    }

    /// <summary>stock + allocations still held by deals + units in orders not cancelled = what the producer put in.</summary>
    private async Task AssertAddsUpAsync(LiveSetup live, int initial)
    {
        var (stock, held, ordered) = await app.WithDb(async db => (
            await db.Set<Features.Catalog.Product>().Where(p => p.Id == live.ProductId).Select(p => p.Stock).SingleAsync(),
            await db.Set<FlashDeal>().Where(d => d.ProductId == live.ProductId && (d.State == DealState.Running || d.State == DealState.Ended && d.ReturnedToStock == null))
                .SumAsync(d => d.Quota - d.Sold),
            await db.Set<OrderLine>().Where(l => l.ProductId == live.ProductId)
                .Join(db.Set<Order>().Where(o => o.Status != OrderStatus.Cancelled), l => l.OrderId, o => o.Id, (l, o) => l.Quantity).SumAsync()));
        Assert.True(initial == stock + held + ordered, $"stock {stock} + held by deals {held} + in orders {ordered} ≠ {initial}");
    }
}

[Collection(SqliteCollection.Name)] public sealed class DealAllocationSqliteTests(SqliteApp app) : DealAllocationTests(app);
[Collection(PostgresCollection.Name)] public sealed class DealAllocationPostgresTests(PostgresApp app) : DealAllocationTests(app);
