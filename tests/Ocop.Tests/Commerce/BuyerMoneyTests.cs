using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Commerce;
using Ocop.Features.Insights;
using Ocop.Tests.Livestream;

namespace Ocop.Tests.Commerce;

/// <summary>
/// The buyer's money on each engine: the total seen is the total charged (or a 409 naming the new one), a deal
/// never falls back to the list price, "Tôi đã chuyển khoản" keeps the order, and money received on an order
/// that is cancelled, returned or expires part-paid becomes a refund the producer settles and statistics subtract.
/// </summary>
public abstract class BuyerMoneyTests(OcopApp app)
{
    private static object Checkout(object[] items, long? expectedTotal, string payment = "vietqr") =>
        new { items, shipping = Shop.Shipping(), paymentMethod = payment, expectedTotal };

    private async Task<(string Code, long Total, HttpClient Owner, HttpClient Buyer, int ProductId)> TransferOrderAsync(long price = 150_000)
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: price, stock: 10);
        var buyer = app.Anonymous();
        var order = await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)]));
        return (order.GetProperty("code").GetString()!, order.GetProperty("total").GetInt64(), owner, buyer, product);
    }

    private async Task<int> ExpireAsync(DateTime now)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ExpireUnpaidOrders>().RunAsync(now);
    }

    [Fact]
    public async Task ATotalThatChangedSinceTheBuyerSawIt_IsRefusedWith409NamingTheNewTotal_AndNothingIsTaken()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 100_000, stock: 5);
        var buyer = app.Anonymous();
        var seen = await (await buyer.PlaceAsync(Checkout([Shop.Item(product, 2)], 1))).JsonAsync(HttpStatusCode.Conflict);
        var total = seen.GetProperty("newTotal").GetInt64();
        Assert.True(total > 200_000, "the new total includes the goods and the shipping");
        Assert.Contains("Tổng tiền đã thay đổi", seen.GetProperty("detail").GetString());
        Assert.Equal(5, await app.StockAsync(product));

        // The producer raises the price after the buyer saw the total: refused, the new total named, nothing billed.
        await app.WithDb(db => db.Products.Where(p => p.Id == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 110_000)));
        var changed = await (await buyer.PlaceAsync(Checkout([Shop.Item(product, 2)], total))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(total + 20_000, changed.GetProperty("newTotal").GetInt64());
        Assert.Equal(5, await app.StockAsync(product));

        var placed = await (await buyer.PlaceAsync(Checkout([Shop.Item(product, 2)], total + 20_000))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(total + 20_000, placed.GetProperty("orders")[0].GetProperty("total").GetInt64());
        Assert.Equal(3, await app.StockAsync(product));
    }

    [Fact]
    public async Task ADealBuyWithoutItsDealOrAfterItEnded_IsRefused_NeverBilledAtTheListPrice()
    {
        var live = await app.LiveSessionAsync(price: 100_000);
        var dealId = await app.OpenDealAsync(live, price: 80_000);
        var buyer = app.Anonymous();
        // The deal price shown, the deal id missing: the server prices at the list price, which is not what was shown.
        var missing = new
        {
            items = new[] { new { productId = live.ProductId, quantity = 1, unitPrice = 80_000L } }, shipping = Shop.Shipping(), paymentMethod = "cod", livestreamId = live.SessionId,
        };
        var refused = await (await buyer.PlaceAsync(missing)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("80.000", refused.GetProperty("detail").GetString());
        var unknown = await (await buyer.PlaceAsync(Live.Order(live, "live-99999999"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Ưu đãi không tồn tại hoặc đã kết thúc", unknown.GetProperty("detail").GetString());

        var priced = await (await buyer.PlaceAsync(Live.Order(live, dealId))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(80_000, priced.GetProperty("orders")[0].GetProperty("subtotal").GetInt64());

        await app.WithDb(db => db.Set<Ocop.Features.Livestream.FlashDeal>().Where(d => d.Id == Ocop.Features.Livestream.FlashDeal.IdOf(dealId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.EndsAt, DateTime.UtcNow.AddSeconds(-1))));
        // An ended deal is refused by its claim (409, as for a buyer who lost the race; issue 17 §16), nothing billed.
        var ended = await (await app.Anonymous().PlaceAsync(Live.Order(live, dealId))).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("ưu đãi đã kết thúc", ended.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task IHaveTransferred_ExtendsTheHoldOnce_TellsTheProducer_AndTheExpiryLeavesTheOrder()
    {
        var (code, _, owner, buyer, _) = await TransferOrderAsync();
        var before = (await buyer.GetOrderAsync(code)).GetProperty("paymentDeadline").GetDateTime();
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/transfer-reported", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var reported = await buyer.ActAsync(code, "transfer-reported");
        var deadline = reported.GetProperty("paymentDeadline").GetDateTime();
        Assert.True(deadline > before.AddHours(23), "the hold is extended for the producer to confirm");
        Assert.True(deadline < before.AddHours(25), "the extension is bounded");
        Assert.Equal(JsonValueKind.String, reported.GetProperty("transferReportedAt").ValueKind);
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/transfer-reported", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.True(await app.WithDb(db => db.Outbox.AnyAsync(m => m.Subject == $"Đơn {code}: người mua báo đã chuyển khoản")));
        Assert.True(await app.WithDb(db => db.AuditLog.AnyAsync(a => a.EntityId == code && a.Action == "order.transferReported")));

        await ExpireAsync(before.AddMinutes(5));
        Assert.Equal("AwaitingPayment", (await buyer.GetOrderAsync(code)).GetProperty("status").GetString());
        var queue = (await (await owner.GetAsync("/api/v1/seller/orders?status=AwaitingPayment")).JsonAsync()).GetProperty("items");
        Assert.Contains(queue.EnumerateArray(), o => o.GetProperty("code").GetString() == code && o.GetProperty("transferReportedAt").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task CancellingAPaidOrder_OwesARefund_TheProducerSettlesIt_TheBuyerSeesIt_Audited()
    {
        var (code, total, owner, buyer, _) = await TransferOrderAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/confirm-payment", new { amount = total, reference = "FT" + code })).JsonAsync();
        var cancelled = await owner.ActAsync(code, "cancel", new { reason = "Hết hàng đúng lô" });
        var refund = cancelled.GetProperty("refund");
        Assert.Equal(total, refund.GetProperty("amount").GetInt64());
        Assert.Equal("Owed", refund.GetProperty("state").GetString());

        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/refund/settle", new { method = "cash" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/refund/settle", new { method = "bank_transfer" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var settled = await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/refund/settle", new { method = "bank_transfer", reference = "FT-HOAN-1" })).JsonAsync();
        Assert.Equal("Settled", settled.GetProperty("state").GetString());
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/refund/settle", new { method = "cash" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var seen = (await buyer.GetOrderAsync(code)).GetProperty("refund");
        Assert.Equal("Settled", seen.GetProperty("state").GetString());
        Assert.Equal("FT-HOAN-1", seen.GetProperty("reference").GetString());
        Assert.True(await app.WithDb(db => db.AuditLog.AnyAsync(a => a.EntityId == code && a.Action == "refund.settled")));
        var orderId = await app.WithDb(db => db.Set<Order>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());
        Assert.Equal(1, await app.WithDb(db => db.Set<Refund>().CountAsync(r => r.OrderId == orderId)));
    }

    [Fact]
    public async Task APartPaidOrderPastItsHold_ExpiresLikeAnUnpaidOne_AndItsPaidPartBecomesARefund()
    {
        var (code, total, owner, buyer, product) = await TransferOrderAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/confirm-payment", new { amount = 50_000, reference = "FT-PART-" + code })).JsonAsync();
        Assert.Equal(9, await app.StockAsync(product));
        var deadline = (await buyer.GetOrderAsync(code)).GetProperty("paymentDeadline").GetDateTime();
        Assert.True(await ExpireAsync(deadline.AddMinutes(1)) >= 1);
        var order = await buyer.GetOrderAsync(code);
        Assert.Equal("Cancelled", order.GetProperty("status").GetString());
        Assert.Equal(50_000, order.GetProperty("refund").GetProperty("amount").GetInt64());
        Assert.Equal(10, await app.StockAsync(product));
        Assert.True(total > 50_000);
    }

    [Fact]
    public async Task Statistics_CountGoodsAfterDiscounts_AndSubtractRefunds()
    {
        var (code, total, owner, _, _) = await TransferOrderAsync(price: 150_000);
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/confirm-payment", new { amount = total, reference = "FT-ST-" + code })).JsonAsync();
        var paid = await SnapshotAsync();
        await owner.ActAsync(code, "cancel", new { reason = "Khách đổi ý, đã hoàn tiền" });
        var refunded = await SnapshotAsync();
        Assert.Equal(total, refunded[Metrics.Refunds] - paid[Metrics.Refunds]);
        Assert.Equal(-150_000, refunded[Metrics.GmvPaid] - paid[Metrics.GmvPaid]);
        Assert.Equal(-1, refunded[Metrics.OrdersPaid] - paid[Metrics.OrdersPaid]);
        Assert.Equal(-150_000, refunded[Metrics.GmvPlaced] - paid[Metrics.GmvPlaced]);
        Assert.Equal(-1, refunded[Metrics.OrdersPlaced] - paid[Metrics.OrdersPlaced]);
    }

    /// <summary>The storefront figures of Sơn La (the test producers' province) in a fresh snapshot.</summary>
    private async Task<Dictionary<string, long>> SnapshotAsync()
    {
        using var scope = app.Services.CreateScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<SnapshotBuilder>().TakeAsync(DateTime.UtcNow.AddSeconds(1));
        var figures = await app.WithDb(db => db.Set<InsightsFigure>().Where(f => f.SnapshotId == snapshot.Id && f.ProvinceCode == "14" && f.Key == SalesChannels.Storefront)
            .ToListAsync());
        return new[] { Metrics.Refunds, Metrics.GmvPaid, Metrics.OrdersPaid, Metrics.GmvPlaced, Metrics.OrdersPlaced }
            .ToDictionary(m => m, m => figures.Where(f => f.Metric == m).Sum(f => f.Value));
    }
}

[Collection(SqliteCollection.Name)] public sealed class BuyerMoneySqliteTests(SqliteApp app) : BuyerMoneyTests(app);
[Collection(PostgresCollection.Name)] public sealed class BuyerMoneyPostgresTests(PostgresApp app) : BuyerMoneyTests(app);
