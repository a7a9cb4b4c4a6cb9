namespace Ocop.Tests.Commerce;

/// <summary>200 buyers at once for 50 units: exactly 50 sold, the rest told 409, nobody gets a 500, stock never negative.</summary>
public abstract class StockRaceTests(OcopApp app)
{
    [Fact]
    public async Task TwoHundredConcurrentBuyers_ForFiftyUnits_SellExactlyFifty()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 45_000, stock: 50);
        var buyers = Enumerable.Range(0, 200).Select(_ => app.Anonymous()).ToList();
        using var start = new SemaphoreSlim(0);
        var attempts = buyers.Select(async b =>
        {
            await start.WaitAsync();
            return await b.PlaceAsync(Shop.Checkout([Shop.Item(product)], "cod"));
        }).ToList();
        start.Release(buyers.Count);
        var responses = await Task.WhenAll(attempts);

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(statuses.Keys.All(s => s is HttpStatusCode.Created or HttpStatusCode.Conflict),
            string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal(50, statuses[HttpStatusCode.Created]);
        Assert.Equal(150, statuses[HttpStatusCode.Conflict]);
        Assert.Equal(0, await app.StockAsync(product));
        Assert.Equal(50, await app.WithDb(db => db.Set<Ocop.Features.Commerce.OrderLine>().Where(l => l.ProductId == product).SumAsync(l => l.Quantity)));
        Assert.Equal(50, await app.WithDb(db => db.Set<Ocop.Features.Commerce.Order>().CountAsync(o => o.ProducerId == producer.Id)));
    }
}

[Collection(SqliteCollection.Name)] public sealed class StockRaceSqliteTests(SqliteApp app) : StockRaceTests(app);
[Collection(PostgresCollection.Name)] public sealed class StockRacePostgresTests(PostgresApp app) : StockRaceTests(app);
