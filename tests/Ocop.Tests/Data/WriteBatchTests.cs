using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ocop.Data;
using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Data;

/// <summary>
/// The checkout's write path below the API (decision 0009): rows written from the model in one batch,
/// conditional stock takes with their row counts, PostgreSQL's one-trip batch that a short take rolls back
/// whole, and order numbers drawn before the write.
/// </summary>
public abstract class WriteBatchTests(OcopApp app)
{
    [Fact]
    public async Task Batch_WritesRowsFromTheModel_AndReportsEachTakesRowCount()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 5);
        var key = app.Unique("batch-");

        var (taken, refused) = await app.WithDb(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var batch = new WriteBatch(db);
            batch.Insert([new IdempotencyRecord { Scope = "test", Key = key, CreatedAt = DateTime.UtcNow, Response = "{\"ok\":true}" }]);
            var first = batch.Add(StockLedger.Take(product, 3));
            var second = batch.Add(StockLedger.Take(product, 3)); // 2 left: refused, no row changed
            await batch.ExecuteAsync();
            await tx.CommitAsync();
            return (batch.Affected(first), batch.Affected(second));
        });

        Assert.Equal(1, taken);
        Assert.Equal(0, refused);
        Assert.Equal(2, await app.StockAsync(product));
        Assert.Equal("{\"ok\":true}", await app.WithDb(db => db.IdempotencyKeys.Where(r => r.Scope == "test" && r.Key == key).Select(r => r.Response).SingleAsync()));
    }

    [Fact]
    public async Task Batch_OutsideATransaction_IsRefused()
    {
        var error = await app.WithDb(db => Record.ExceptionAsync(() => new WriteBatch(db).ExecuteAsync()));
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public async Task OneTripBatch_CommitsWhole_OrAShortTakeRollsItAllBack()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 5);
        var (kept, lost) = (app.Unique("kept-"), app.Unique("lost-"));

        Task<Exception?> Send(string key, int quantity) => app.WithDb(db => Record.ExceptionAsync(() =>
        {
            var batch = new WriteBatch(db);
            batch.Insert([new IdempotencyRecord { Scope = "test", Key = key, CreatedAt = DateTime.UtcNow }]);
            batch.Add(StockLedger.TakeOrFail(StockLedger.Take(product, quantity), product));
            return batch.ExecuteAtomicallyAsync();
        }));

        if (app.Engine == DatabaseProvider.Sqlite)
        {
            Assert.IsType<NotSupportedException>(await Send(kept, 1));
            return;
        }
        Assert.Null(await Send(kept, 4));
        var shortError = await Send(lost, 2); // 1 left
        Assert.Equal(StockLedger.ShortSqlState, Assert.IsType<PostgresException>(shortError).SqlState);
        Assert.Equal(product, StockLedger.ShortProductId(shortError));
        Assert.Null(StockLedger.ShortProductId(new InvalidOperationException("not a stock error")));

        Assert.Equal(1, await app.StockAsync(product));
        var keys = await app.WithDb(db => db.IdempotencyKeys.Where(r => r.Key == kept || r.Key == lost).Select(r => r.Key).ToListAsync());
        Assert.Equal([kept], keys); // the short batch's key went with its take
    }

    public static TheoryData<string> MovedFacts => ["price", "weight", "producer", "province", "bank", "account", "account name", "no account name"];

    [Theory]
    [MemberData(nameof(MovedFacts))]
    public async Task TakeForASale_ChangesNoRow_WhenAFactItWasPricedFromHasMoved(string fact)
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var (other, _) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 5);
        var sold = (await app.WithDb(db => new StockLedger(db).FindAsync([product])))[product];
        var moved = fact switch
        {
            "price" => sold with { Price = sold.Price + 1 },
            "weight" => sold with { WeightGrams = sold.WeightGrams + 1 },
            "producer" => sold with { ProducerId = other.Id },
            "province" => sold with { ProducerProvinceCode = "01" },
            "bank" => sold with { Seller = sold.Seller with { BankBin = "970415" } },
            "account" => sold with { Seller = sold.Seller with { AccountNumber = "0000000001" } },
            "account name" => sold with { Seller = sold.Seller with { AccountName = "NGUOI KHAC" } },
            _ => sold with { Seller = sold.Seller with { AccountName = null } },
        };

        Assert.Equal(0, await app.WithDb(db => db.Database.ExecuteSqlAsync(StockLedger.Take(moved, 1))));
        Assert.Equal(5, await app.StockAsync(product));
        Assert.Equal(1, await app.WithDb(db => db.Database.ExecuteSqlAsync(StockLedger.Take(sold, 1))));
        Assert.Equal(4, await app.StockAsync(product));
    }

    [Fact]
    public async Task TakeForASale_MatchesASellerWithoutABankAccount()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, stock: 5);
        await app.WithDb(db => db.Producers.Where(p => p.Id == producer.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.BankBin, (string?)null).SetProperty(p => p.BankAccountNumber, (string?)null).SetProperty(p => p.BankAccountName, (string?)null)));
        var sold = (await app.WithDb(db => new StockLedger(db).FindAsync([product])))[product];

        Assert.Null(sold.Seller.AccountNumber);
        Assert.Equal(0, await app.WithDb(db => db.Database.ExecuteSqlAsync(StockLedger.Take(sold with { Seller = sold.Seller with { BankBin = "970436" } }, 1))));
        Assert.Equal(1, await app.WithDb(db => db.Database.ExecuteSqlAsync(StockLedger.Take(sold, 1))));
        Assert.Equal(4, await app.StockAsync(product));
    }

    [Fact]
    public async Task OrderNumbers_AreUniqueUnderConcurrency_AndNeverMeetAnOrdinaryInsert()
    {
        var (producer, _) = await app.VerifiedProducerAsync();
        var numbers = app.Services.GetRequiredService<OrderNumbers>();

        async Task<List<Order>> Assign(int count) => await app.WithDb(async db =>
        {
            var orders = Enumerable.Range(0, count).Select(_ => NewOrder(producer.Id)).ToList();
            // SQLite draws from MAX(Id) inside the writer's transaction; keep them to compare.
            await using var tx = await db.Database.BeginTransactionAsync();
            await numbers.AssignAsync(db, orders);
            await tx.RollbackAsync();
            return orders;
        });

        if (app.Engine == DatabaseProvider.Sqlite)
        {
            var largest = await app.WithDb(db => db.Set<Order>().MaxAsync(o => (int?)o.Id)) ?? 0;
            var drawn = await Assign(3);
            Assert.Equal([largest + 1, largest + 2, largest + 3], drawn.Select(o => o.Id));
            Assert.All(drawn, o => Assert.Equal(Order.CodeFor(o.Id, o.PlacedAt), o.Code));
            return;
        }

        var before = await Assign(1);
        var ordinary = await app.WithDb(async db =>
        {
            var order = NewOrder(producer.Id);
            order.Code = "DHT" + Guid.NewGuid().ToString("N")[..12]; // codes are unique; no id to make one from yet
            db.Add(order);
            await db.SaveChangesAsync(); // the identity's own nextval: a block of its own
            return order.Id;
        });
        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Assign(30)));
        var all = before.Concat(batches.SelectMany(b => b)).ToList();

        Assert.Equal(all.Count, all.Select(o => o.Id).Distinct().Count());
        Assert.DoesNotContain(ordinary, all.Select(o => o.Id));
        Assert.All(all, o => Assert.Equal(Order.CodeFor(o.Id, o.PlacedAt), o.Code));
    }

    private static Order NewOrder(int producerId) => new()
    {
        Code = "", ProducerId = producerId, ProducerName = "HTX thử", LookupToken = Guid.NewGuid().ToString("N"),
        RecipientName = "Người mua", Phone = "0987654321", AddressLine = "Số 1", CommuneCode = Shop.HaNoiCommune,
        ProvinceCode = "01", CarrierCode = "vnpost", PlacedAt = DateTime.UtcNow, Subtotal = 1000, Total = 1000,
    };
}

[Collection(SqliteCollection.Name)] public sealed class WriteBatchSqliteTests(SqliteApp app) : WriteBatchTests(app);
[Collection(PostgresCollection.Name)] public sealed class WriteBatchPostgresTests(PostgresApp app) : WriteBatchTests(app);
