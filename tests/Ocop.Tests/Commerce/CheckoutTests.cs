using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Standards.VietQr;

namespace Ocop.Tests.Commerce;

/// <summary>Checkout on each engine: split per producer, stock taken once and atomically, idempotency, refusals, expiry, cancellation.</summary>
public abstract class CheckoutTests(OcopApp app)
{
    [Fact]
    public async Task Checkout_SplitsPerProducer_TakesStock_AndEachVietQrPaysTheProducer()
    {
        var (riceFarm, riceOwner) = await app.VerifiedProducerAsync();
        var (teaFarm, teaOwner) = await app.VerifiedProducerAsync();
        var rice = await riceOwner.ListProductAsync(app, price: 120_000, stock: 10);
        var tea = await teaOwner.ListProductAsync(app, price: 85_000, stock: 5);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);

        var response = await (await buyer.PlaceAsync(Shop.Checkout([Shop.Item(rice, 2), Shop.Item(tea, 1)]))).JsonAsync(HttpStatusCode.Created);

        var orders = response.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(2, orders.Count);
        var riceOrder = orders.Single(o => o.GetProperty("producer").GetProperty("id").GetInt32() == riceFarm.Id);
        Assert.Matches("^DH[0-9]{12,}$", riceOrder.GetProperty("code").GetString());
        Assert.Equal("AwaitingPayment", riceOrder.GetProperty("status").GetString());
        Assert.Equal(36_000, riceOrder.GetProperty("shippingFee").GetInt64());
        Assert.Equal(240_000 + 36_000, riceOrder.GetProperty("total").GetInt64());
        var payment = riceOrder.GetProperty("payment");
        Assert.Equal("vietqr", payment.GetProperty("method").GetString());
        Assert.True(payment.GetProperty("deadline").GetDateTime() > DateTime.UtcNow.AddMinutes(25));

        var decoded = VietQrDecoder.Decode(payment.GetProperty("vietQr").GetProperty("payload").GetString());
        Assert.True(decoded.IsValid);
        Assert.Equal(riceFarm.BankBin, decoded.Value!.BankBin);
        Assert.Equal(riceFarm.BankAccountNumber, decoded.Value.AccountNumber);
        Assert.Equal(276_000, decoded.Value.Amount);
        Assert.Equal(riceOrder.GetProperty("code").GetString(), decoded.Value.Purpose);
        Assert.Equal(8, await app.StockAsync(rice));
        Assert.Equal(4, await app.StockAsync(tea));

        var svg = await buyer.GetAsync(payment.GetProperty("vietQr").GetProperty("svgUrl").GetString());
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        var png = await buyer.GetAsync($"/api/v1/orders/{riceOrder.GetProperty("code").GetString()}/vietqr.png");
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await png.Content.ReadAsByteArrayAsync())[..4]);
        var page = await (await buyer.GetAsync($"/api/v1/orders/{riceOrder.GetProperty("code").GetString()}/payment")).JsonAsync();
        Assert.Equal("Vietcombank", page.GetProperty("bankName").GetString());
        Assert.Equal("HTX THU NGHIEM", page.GetProperty("accountName").GetString());
        Assert.Equal(teaFarm.Name, orders.Single(o => o.GetProperty("producer").GetProperty("id").GetInt32() == teaFarm.Id).GetProperty("producer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task SameIdempotencyKey_NeverPlacesASecondOrder_EvenConcurrently()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 30);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var body = Shop.Checkout([Shop.Item(product, 1)]);

        var first = await (await buyer.PlaceAsync(body, "key-1")).JsonAsync(HttpStatusCode.Created);
        var again = await buyer.PlaceAsync(body, "key-1");
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.GetProperty("orders")[0].GetProperty("code").GetString(),
            (await again.JsonAsync(HttpStatusCode.Created)).GetProperty("orders")[0].GetProperty("code").GetString());

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => buyer.PlaceAsync(body, "key-2")));
        var codes = new HashSet<string>();
        foreach (var r in concurrent) codes.Add((await r.JsonAsync(HttpStatusCode.Created)).GetProperty("orders")[0].GetProperty("code").GetString()!);
        Assert.Single(codes);
        Assert.Equal(2, await app.WithDb(db => db.Orders.CountAsync(o => o.ProducerId == producer.Id)));
        Assert.Equal(28, await app.StockAsync(product));
    }

    [Fact]
    public async Task Replay_AfterTheProductSoldOut_StillGetsTheFirstAnswer()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 1);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var body = Shop.Checkout([Shop.Item(product, 1)]);

        var first = await (await buyer.PlaceAsync(body, "last-unit")).JsonAsync(HttpStatusCode.Created);
        var again = await buyer.PlaceAsync(body, "last-unit");
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.GetProperty("orders")[0].GetProperty("code").GetString(),
            (await again.JsonAsync(HttpStatusCode.Created)).GetProperty("orders")[0].GetProperty("code").GetString());
        await (await buyer.PlaceAsync(body, "another-key")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await app.WithDb(db => db.Orders.CountAsync(o => o.ProducerId == producer.Id)));
        Assert.Equal(0, await app.StockAsync(product));
    }

    [Fact]
    public async Task ShortStockOnAnyLine_Answers409NamingTheProduct_AndTakesNothing()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var plenty = await owner.ListProductAsync(app, stock: 10);
        var scarceName = app.Unique("Mận hậu sấy ");
        var scarce = await owner.ListProductAsync(app, stock: 1, name: scarceName);
        var response = await app.Anonymous().PlaceAsync(Shop.Checkout([Shop.Item(plenty, 3), Shop.Item(scarce, 2)]));
        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(scarceName, problem.GetProperty("detail").GetString());
        Assert.Equal(10, await app.StockAsync(plenty));
        Assert.Equal(1, await app.StockAsync(scarce));
    }

    public static TheoryData<string, string> BadItems => new()
    {
        { "zero quantity", "zero" }, { "negative quantity", "negative" }, { "unknown product", "unknown" },
        { "hidden product", "hidden" }, { "tampered price", "price" }, { "unknown commune", "commune" },
        { "no payment method", "payment" }, { "bad phone", "phone" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task BadCheckout_IsRefusedClearly_AndChangesNothing(string why, string kind)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 50_000, stock: 5);
        if (kind == "hidden") await owner.PostAsJsonAsync($"/api/v1/products/{product}/status", new { status = "Hidden" });
        object item = kind switch
        {
            "zero" => Shop.Item(product, 0),
            "negative" => Shop.Item(product, -2),
            "unknown" => Shop.Item(987_654, 1),
            "price" => new { productId = product, quantity = 1, unitPrice = 1_000 },
            _ => Shop.Item(product, 1),
        };
        var shipping = kind switch
        {
            "commune" => Shop.Shipping("99999"),
            "phone" => new { name = "A", phone = "12345", address = "B", communeCode = Shop.HaNoiCommune, carrier = "ghn" },
            _ => Shop.Shipping(),
        };
        var body = new { items = new[] { item }, shipping, paymentMethod = kind == "payment" ? null : "cod" };
        var response = await app.Anonymous().PlaceAsync(body);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(await app.WithDb(db => db.Orders.AnyAsync(o => o.ProducerId == producer.Id)), why);
        Assert.Equal(5, await app.StockAsync(product));
    }

    [Fact]
    public async Task MissingIdempotencyKey_IsRefused()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/orders", Shop.Checkout([Shop.Item(product)]));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task ABuyer_CannotReadSomeoneElsesOrder_ButTheSellerAndTheGuestWithItsTokenCan()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var guest = app.Anonymous();
        var order = await guest.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        var code = order.GetProperty("code").GetString()!;
        var token = order.GetProperty("lookupToken").GetString();

        var stranger = await app.LoginAsNewAsync(Roles.Buyer);
        await (await stranger.GetAsync($"/api/v1/orders/{code}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/v1/orders/{code}/cancel", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await app.Anonymous().GetAsync($"/api/v1/orders/{code}?token=wrong")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(code, (await (await app.Anonymous().GetAsync($"/api/v1/orders/{code}?token={token}")).JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("CodPending", (await guest.GetOrderAsync(code)).GetProperty("status").GetString());
        Assert.Equal("Nguyễn Thị Mua", (await owner.GetOrderAsync(code)).GetProperty("recipientName").GetString());
    }

    [Fact]
    public async Task UnpaidTransfer_ExpiresAtTheDeadline_AndReturnsItsStockExactlyOnce()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 10);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var code = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product, 4)]))).GetProperty("code").GetString()!;
        Assert.Equal(6, await app.StockAsync(product));

        Assert.Equal(0, await ExpireAsync(DateTime.UtcNow.AddMinutes(10)));
        Assert.Equal(6, await app.StockAsync(product));
        Assert.True(await ExpireAsync(DateTime.UtcNow.AddMinutes(31)) >= 1);
        Assert.Equal(0, await ExpireAsync(DateTime.UtcNow.AddMinutes(32)));

        Assert.Equal(10, await app.StockAsync(product));
        var order = await buyer.GetOrderAsync(code);
        Assert.Equal("Cancelled", order.GetProperty("status").GetString());
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/cancel", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(10, await app.StockAsync(product));
        var audit = await app.WithDb(db => db.AuditLog.Where(a => a.EntityType == "order" && a.EntityId == code).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["order.placed", "order.expired"], audit);
    }

    [Fact]
    public async Task BuyerCancellation_ReturnsStockOnce_AndIsAuditedAndNotified()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 7);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var code = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product, 2)], "cod"))).GetProperty("code").GetString()!;
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => buyer.PostAsJsonAsync($"/api/v1/orders/{code}/cancel", new { reason = "Đặt nhầm" })));
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(7, await app.StockAsync(product));
        Assert.True(await app.WithDb(db => db.Outbox.AnyAsync(m => m.Subject.Contains(code) && m.Subject.Contains("Đã huỷ"))));
    }

    [Fact]
    public async Task Producer_CannotShipAnUnpaidBankTransfer()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var code = (await app.Anonymous().OrderAsync(Shop.Checkout([Shop.Item(product)]))).GetProperty("code").GetString()!;
        var refused = await owner.PostAsJsonAsync($"/api/v1/orders/{code}/ship", new { carrier = "ghn", trackingNumber = "GHN0001" });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("chưa được trả đủ", problem.GetProperty("detail").GetString());
        var order = await owner.GetOrderAsync(code);
        Assert.Equal("AwaitingPayment", order.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("trackingNumber").ValueKind);
    }

    [Fact]
    public async Task CashOnDelivery_PackShipDeliverCollectComplete()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 200_000);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var placed = await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        var code = placed.GetProperty("code").GetString()!;
        Assert.Equal("CodPending", placed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, placed.GetProperty("payment").GetProperty("vietQr").ValueKind);

        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/pack", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Packed", (await owner.ActAsync(code, "pack")).GetProperty("status").GetString());
        var shipped = await owner.ActAsync(code, "ship", new { carrier = "viettelpost", trackingNumber = "VTP123456" });
        Assert.Equal("VTP123456", shipped.GetProperty("trackingNumber").GetString());
        Assert.Equal("Delivered", (await owner.ActAsync(code, "deliver")).GetProperty("status").GetString());
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/complete", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("CodCollected", (await owner.ActAsync(code, "cod-collected")).GetProperty("status").GetString());
        Assert.Equal("Completed", (await buyer.ActAsync(code, "complete")).GetProperty("status").GetString());

        var mine = await (await buyer.GetAsync("/api/v1/orders")).JsonAsync();
        Assert.Contains(mine.EnumerateArray(), o => o.GetProperty("code").GetString() == code);
        var queue = (await (await owner.GetAsync("/api/v1/seller/orders?status=Completed")).JsonAsync()).GetProperty("items");
        Assert.Contains(queue.EnumerateArray(), o => o.GetProperty("code").GetString() == code);
        var actions = await app.WithDb(db => db.AuditLog.CountAsync(a => a.EntityType == "order" && a.EntityId == code));
        Assert.Equal(6, actions);
    }

    [Fact]
    public async Task PaymentPage_ShowsTheQrAndTheTransferWrittenOut_OnlyToWhoMaySeeTheOrder()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 99_000);
        var guest = app.Anonymous();
        var code = (await guest.OrderAsync(Shop.Checkout([Shop.Item(product)]))).GetProperty("code").GetString()!;
        var html = await (await guest.GetAsync($"/don-hang/{code}/thanh-toan")).Content.ReadAsStringAsync();
        Assert.Contains($"/api/v1/orders/{code}/vietqr.svg", html);
        Assert.Contains("0123456789", html);
        Assert.Contains("data-deadline", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/don-hang/{code}/thanh-toan")).StatusCode);
    }

    private async Task<int> ExpireAsync(DateTime now)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ExpireUnpaidOrders>().RunAsync(now);
    }
}

[Collection(SqliteCollection.Name)] public sealed class CheckoutSqliteTests(SqliteApp app) : CheckoutTests(app);
[Collection(PostgresCollection.Name)] public sealed class CheckoutPostgresTests(PostgresApp app) : CheckoutTests(app);
