using Ocop.Features.Identity;

namespace Ocop.Tests.Commerce;

/// <summary>Shipping fees and carrier tracking, reviews of delivered products, gift combos across producers, the cookie cart.</summary>
public abstract class ShippingReviewComboTests(OcopApp app)
{
    [Fact]
    public async Task Quote_ShowsEachCarriersFee_ByZoneAndWeight_BeforePayment()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var near = await (await app.Anonymous().PostAsJsonAsync("/api/v1/shipping/quote", new { items = new[] { Shop.Item(product, 3) }, communeCode = "03646" })).JsonAsync();
        var parcel = near.GetProperty("parcels")[0];
        Assert.Equal(3000, parcel.GetProperty("weightGrams").GetInt32());
        var ghtk = parcel.GetProperty("carriers").EnumerateArray().Single(c => c.GetProperty("carrierCode").GetString() == "ghtk");
        Assert.Equal("SameProvince", ghtk.GetProperty("zone").GetString());
        Assert.Equal(34_000, ghtk.GetProperty("fee").GetInt64());
        var far = await (await app.Anonymous().PostAsJsonAsync("/api/v1/shipping/quote", new { items = new[] { Shop.Item(product) }, communeCode = "25747" })).JsonAsync();
        var self = far.GetProperty("parcels")[0].GetProperty("carriers").EnumerateArray().Single(c => c.GetProperty("carrierCode").GetString() == "self");
        Assert.False(self.GetProperty("available").GetBoolean());
        await (await app.Anonymous().PlaceAsync(Shop.Checkout([Shop.Item(product)], "cod", Shop.Shipping("25747", "self")))).AssertProblemAsync(HttpStatusCode.BadRequest, "shipping.carrier");
    }

    [Fact]
    public async Task OnlyAnAdministrator_EditsAFeeTable()
    {
        var body = new { name = "VNPost", active = true, extraPerKg = 9_000, rates = new[] { new { zone = "SameProvince", maxGrams = 1000, fee = 17_000 } } };
        var (_, owner) = await app.VerifiedProducerAsync();
        await (await owner.PutAsJsonAsync("/api/v1/shipping/carriers/vnpost", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        await (await admin.PutAsJsonAsync("/api/v1/shipping/carriers/ghtk", new { active = true, extraPerKg = 1, rates = new[] { new { zone = "SameProvince", maxGrams = -5, fee = 1 } } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "rates");
        var saved = await (await admin.PutAsJsonAsync("/api/v1/shipping/carriers/vnpost", body)).JsonAsync();
        Assert.Equal(17_000, saved.GetProperty("rates")[0].GetProperty("fee").GetInt64());
        await admin.PutAsJsonAsync("/api/v1/shipping/carriers/vnpost", new
        {
            name = "VNPost (Bưu điện Việt Nam)", active = true, extraPerKg = 8_000,
            rates = new[] { 500, 1000, 2000, 5000 }.SelectMany((g, i) => new[]
            {
                new { zone = "SameProvince", maxGrams = g, fee = new long[] { 16_500, 19_000, 24_000, 35_000 }[i] },
                new { zone = "SameRegion", maxGrams = g, fee = new long[] { 22_000, 28_000, 36_000, 55_000 }[i] },
                new { zone = "Nationwide", maxGrams = g, fee = new long[] { 30_000, 38_000, 52_000, 85_000 }[i] },
            }).ToArray(),
        });
    }

    [Fact]
    public async Task Carrier_ReportsDelivery_WithItsKey_ThenTheBuyerReviews()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var code = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod", Shop.Shipping(carrier: "ghn")))).GetProperty("code").GetString()!;
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 5 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var tracking = app.Unique("GHN");
        await owner.ActAsync(code, "ship", new { trackingNumber = tracking });

        var report = new { trackingNumber = tracking, status = "delivered" };
        var wrong = app.Anonymous();
        wrong.DefaultRequestHeaders.Add("X-Carrier-Key", "nope");
        await (await wrong.PostAsJsonAsync("/api/v1/shipping/carriers/ghn/tracking", report)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var carrier = app.Anonymous();
        carrier.DefaultRequestHeaders.Add("X-Carrier-Key", CommerceTestSettings.GhnKey);
        Assert.Equal("Delivered", (await (await carrier.PostAsJsonAsync("/api/v1/shipping/carriers/ghn/tracking", report)).JsonAsync()).GetProperty("status").GetString());

        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 6 })).AssertProblemAsync(HttpStatusCode.BadRequest, "rating");
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 4, comment = "<script>x</script>" })).AssertProblemAsync(HttpStatusCode.BadRequest, "comment");
        var review = await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 4, comment = "Chè thơm, đóng gói cẩn thận." })).JsonAsync(HttpStatusCode.Created);
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 1 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var stranger = await app.LoginAsNewAsync(Roles.Buyer);
        await (await stranger.PostAsJsonAsync($"/api/v1/orders/{code}/reviews", new { productId = product, rating = 1 })).AssertProblemAsync(HttpStatusCode.NotFound);

        var id = review.GetProperty("id").GetInt32();
        Assert.Equal("Cảm ơn bạn!", (await (await owner.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { reply = "Cảm ơn bạn!" })).JsonAsync()).GetProperty("reply").GetString());
        var listed = await (await app.Anonymous().GetAsync($"/api/v1/products/{product}/reviews")).JsonAsync();
        Assert.Equal(4.0, listed.GetProperty("average").GetDouble());
        Assert.Equal(1, listed.GetProperty("count").GetInt32());

        await (await owner.PostAsJsonAsync($"/api/v1/reviews/{id}/hide", new { reason = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        await (await admin.PostAsJsonAsync($"/api/v1/reviews/{id}/hide", new { reason = "Ngôn từ không phù hợp" })).JsonAsync();
        Assert.Equal(0, (await (await app.Anonymous().GetAsync($"/api/v1/products/{product}/reviews")).JsonAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task GiftCombo_AcrossProducers_ExpandsIntoTheirOrders_WithTheSavingSharedExactly()
    {
        var (honeyFarm, honeyOwner) = await app.VerifiedProducerAsync();
        var (teaFarm, teaOwner) = await app.VerifiedProducerAsync();
        var honey = await honeyOwner.ListProductAsync(app, price: 120_000, stock: 9);
        var tea = await teaOwner.ListProductAsync(app, price: 70_001, stock: 4);
        await (await honeyOwner.PostAsJsonAsync("/api/v1/combos", new { name = "Hộp quà Tết", price = 150_000, items = new[] { new { productId = honey, quantity = 1 }, new { productId = tea, quantity = 1 } } }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/combos", new { name = "Đắt hơn lẻ", price = 500_000, items = new[] { new { productId = honey, quantity = 1 }, new { productId = tea, quantity = 1 } } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "price");
        var combo = await (await admin.PostAsJsonAsync("/api/v1/combos", new
        {
            name = "Hộp quà Tây Bắc", price = 250_000, items = new[] { new { productId = honey, quantity = 1 }, new { productId = tea, quantity = 2 } },
        })).JsonAsync(HttpStatusCode.Created);
        var comboId = combo.GetProperty("id").GetInt32();
        Assert.Equal(2, combo.GetProperty("available").GetInt32());

        var response = await (await app.Anonymous().PlaceAsync(Shop.Checkout([new { comboId, quantity = 2 }], "cod"))).JsonAsync(HttpStatusCode.Created);
        var orders = response.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(2, orders.Count);
        var goods = orders.Sum(o => o.GetProperty("subtotal").GetInt64() - o.GetProperty("discount").GetInt64());
        Assert.Equal(500_000, goods);
        Assert.All(orders, o => Assert.Equal(o.GetProperty("subtotal").GetInt64() - o.GetProperty("discount").GetInt64() + o.GetProperty("shippingFee").GetInt64(), o.GetProperty("total").GetInt64()));
        Assert.Equal(7, await app.StockAsync(honey));
        Assert.Equal(0, await app.StockAsync(tea));
        Assert.Equal(0, (await (await app.Anonymous().GetAsync($"/api/v1/combos/{comboId}")).JsonAsync()).GetProperty("available").GetInt32());
        await (await app.Anonymous().PlaceAsync(Shop.Checkout([new { comboId, quantity = 1 }], "cod"))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(orders, o => o.GetProperty("producer").GetProperty("id").GetInt32() == teaFarm.Id);
        Assert.Contains(orders, o => o.GetProperty("producer").GetProperty("id").GetInt32() == honeyFarm.Id);
    }

    [Fact]
    public async Task Cart_LivesInASignedCookie_AndRefusesBadLines()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var (_, other) = await app.VerifiedProducerAsync();
        var a = await owner.ListProductAsync(app, price: 60_000);
        var b = await other.ListProductAsync(app, price: 40_000);
        var guest = app.Anonymous();
        await (await guest.PostAsJsonAsync("/api/v1/cart", new { productId = a, quantity = 2 })).JsonAsync();
        var cart = await (await guest.PostAsJsonAsync("/api/v1/cart", new { productId = b, quantity = 1 })).JsonAsync();
        Assert.Equal(160_000, cart.GetProperty("total").GetInt64());
        Assert.Equal(2, cart.GetProperty("parcels").GetArrayLength());
        await (await guest.PostAsJsonAsync("/api/v1/cart", new { productId = a, quantity = 500 })).AssertProblemAsync(HttpStatusCode.BadRequest, "quantity");
        await (await guest.PostAsJsonAsync("/api/v1/cart", new { productId = 999_999, quantity = 1 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(160_000, (await (await guest.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("total").GetInt64());
        var forged = app.Anonymous();
        forged.DefaultRequestHeaders.Add("Cookie", "ocop.cart=forged-value");
        Assert.Equal(0, (await (await forged.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("items").GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)] public sealed class ShippingReviewComboSqliteTests(SqliteApp app) : ShippingReviewComboTests(app);
[Collection(PostgresCollection.Name)] public sealed class ShippingReviewComboPostgresTests(PostgresApp app) : ShippingReviewComboTests(app);
