using System.Text.Json;
using Ocop.Features.Commerce;
using Ocop.Features.Producers;
using Ocop.Standards.VietQr;

namespace Ocop.Tests.Commerce;

/// <summary>
/// Checkout prices from product facts kept in memory (decision 0010). Each test first sells a product, so
/// its facts are remembered, then changes them — through the API, or straight in the database as another
/// node of the platform would — and proves the very next checkout is decided on the facts as they are now.
/// </summary>
public abstract class PricedFromMemoryTests(OcopApp app)
{
    [Fact]
    public async Task NewPrice_IsCharged_RightAfterASaleAtTheOldOne()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var name = app.Unique("Miến dong ");
        var product = await owner.ListProductAsync(app, price: 100_000, stock: 10, name: name);
        var buyer = app.Anonymous();
        Assert.Equal(100_000, (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"))).GetProperty("subtotal").GetInt64());

        (await owner.PutAsJsonAsync($"/api/v1/products/{product}", OcopApp.ProductBody(name, price: 150_000, stock: 9))).EnsureSuccessStatusCode();

        Assert.Equal(150_000, (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"))).GetProperty("subtotal").GetInt64());
        Assert.Equal(8, await app.StockAsync(product));
    }

    [Fact]
    public async Task ACartAtTheOldPrice_IsRefusedNamingTheNewOne_AndTakesNothing()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 100_000, stock: 10);
        var buyer = app.Anonymous();
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        await app.WithDb(db => db.Products.Where(p => p.Id == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 120_000L)));

        var response = await buyer.PlaceAsync(Shop.Checkout([new { productId = product, quantity = 1, unitPrice = 100_000 }], "cod"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("120.000", problem.ToString());
        Assert.Equal(9, await app.StockAsync(product));
    }

    [Fact]
    public async Task HiddenProduct_IsNotSold_AndRelisted_SellsAgainAtOnce()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var name = app.Unique("Táo mèo ");
        var product = await owner.ListProductAsync(app, stock: 10, name: name);
        var buyer = app.Anonymous();
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));

        (await owner.PutAsJsonAsync($"/api/v1/products/{product}", OcopApp.ProductBody(name, stock: 9, status: "Hidden"))).EnsureSuccessStatusCode();
        var refused = await (await buyer.PlaceAsync(Shop.Checkout([Shop.Item(product)], "cod"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("hiện không bán", refused.ToString());
        Assert.Equal(9, await app.StockAsync(product));

        (await owner.PutAsJsonAsync($"/api/v1/products/{product}", OcopApp.ProductBody(name, stock: 9))).EnsureSuccessStatusCode();
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        Assert.Equal(8, await app.StockAsync(product));
    }

    [Fact]
    public async Task AProducerNoLongerVerified_SellsNothing()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 10);
        var buyer = app.Anonymous();
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        await app.WithDb(db => db.Producers.Where(p => p.Id == producer.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProducerStatus.Rejected)));

        await (await buyer.PlaceAsync(Shop.Checkout([Shop.Item(product)], "cod"))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(9, await app.StockAsync(product));
        Assert.Equal(1, await app.WithDb(db => db.Orders.CountAsync(o => o.ProducerId == producer.Id)));
    }

    [Fact]
    public async Task ANewBankAccount_IsWhereTheNextTransferGoes()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 10);
        var buyer = app.Anonymous();
        Assert.Equal(producer.BankAccountNumber, Payee(await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)]))));

        await app.WithDb(db => db.Producers.Where(p => p.Id == producer.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BankAccountNumber, "9990001112")));

        Assert.Equal("9990001112", Payee(await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)]))));
        Assert.Equal(8, await app.StockAsync(product));

        static string? Payee(JsonElement order) =>
            VietQrDecoder.Decode(order.GetProperty("payment").GetProperty("vietQr").GetProperty("payload").GetString()).Value!.AccountNumber;
    }

    [Fact]
    public async Task ANewWeight_IsWhatTheShippingFeeIsFor()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 10);
        var buyer = app.Anonymous();
        var before = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"))).GetProperty("shippingFee").GetInt64();

        await app.WithDb(db => db.Products.Where(p => p.Id == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.NetWeightGrams, 9_000)));
        var after = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)], "cod"))).GetProperty("shippingFee").GetInt64();

        // The quote reads the catalogue afresh (asked before the checkout, it would have refreshed the memory).
        var quote = await (await buyer.PostAsJsonAsync("/api/v1/shipping/quote", new { items = new[] { Shop.Item(product) }, communeCode = Shop.HaNoiCommune })).JsonAsync();
        var expected = quote.GetProperty("parcels")[0].GetProperty("carriers").EnumerateArray()
            .Single(c => c.GetProperty("carrierCode").GetString() == "vnpost").GetProperty("fee").GetInt64();
        Assert.True(after > before, $"fee {after} for 9 kg should exceed {before} for 1 kg");
        Assert.Equal(expected, after);
    }

    [Fact]
    public async Task StockAsLastRead_NeverRefusesASale_OnlyTheTakeDecides()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var name = app.Unique("Mật ong bạc hà ");
        var product = await owner.ListProductAsync(app, stock: 2, name: name);
        var buyer = app.Anonymous();
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product, 2)], "cod"));

        var soldOut = await (await buyer.PlaceAsync(Shop.Checkout([Shop.Item(product)], "cod"))).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"\"{name}\" chỉ còn 0", soldOut.GetProperty("detail").GetString());

        await app.WithDb(db => db.Products.Where(p => p.Id == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, 10)));
        await buyer.OrderAsync(Shop.Checkout([Shop.Item(product, 5)], "cod"));
        Assert.Equal(5, await app.StockAsync(product));
    }
}

[Collection(SqliteCollection.Name)] public sealed class PricedFromMemorySqliteTests(SqliteApp app) : PricedFromMemoryTests(app);
[Collection(PostgresCollection.Name)] public sealed class PricedFromMemoryPostgresTests(PostgresApp app) : PricedFromMemoryTests(app);
