using Npgsql;
using Ocop.Data;
using Ocop.Features.Catalog;
using Ocop.Features.Livestream;
using Ocop.Features.Producers;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Livestream;

/// <summary>
/// Scale-out for real: two app processes started from the build output on one fresh PostgreSQL
/// database. A viewer of node B's SSE feed sees, within seconds, an order placed on node A —
/// carried by PostgreSQL LISTEN/NOTIFY, as nothing else connects the two processes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeTests
{
    [Fact]
    public async Task AnOrderPlacedOnNodeA_AppearsInNodeBsFeed()
    {
        var database = "ocop_nodes_" + Guid.NewGuid().ToString("N")[..10];
        await PostgresApp.CreateDatabaseAsync(database);
        var connection = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = database }.ToString();
        try
        {
            // Both nodes start together on the empty database: they take turns to migrate and load
            // the reference data (a start-up lock), so neither fails on the other's rows.
            await using var nodeA = AppNode.StartOnPostgres(connection);
            await using var nodeB = AppNode.StartOnPostgres(connection);
            await Task.WhenAll(nodeA.WaitReadyAsync(TimeSpan.FromSeconds(60)), nodeB.WaitReadyAsync(TimeSpan.FromSeconds(60)));
            var (sessionId, productId) = await SeedLiveSessionAsync(connection);
            await WaitForListenersAsync(connection, database, count: 2);

            using var viewer = nodeB.Client();
            await using var feed = await viewer.OpenFeedAsync(sessionId);
            await feed.NextAsync("state");

            using var buyer = nodeA.Client();
            await buyer.OrderAsync(new
            {
                items = new[] { new { productId, quantity = 2 } }, shipping = Shop.Shipping(), paymentMethod = "cod", livestreamId = sessionId,
            });

            var ticker = await feed.NextAsync("order", seconds: 5);
            Assert.StartsWith("Một khách ở Hà Nội vừa đặt 2 hộp Nhãn Sông Mã", ticker.Data.GetProperty("text").GetString());
            Assert.Equal(productId, ticker.Data.GetProperty("productId").GetInt32());
            Assert.DoesNotContain("Nguyễn", ticker.Data.ToString());
        }
        finally
        {
            await PostgresApp.DropDatabaseAsync(database);
        }
    }

    private static OcopDb Db(string connection) => new(new DbContextOptionsBuilder<OcopDb>().UseNpgsql(connection).Options);

    /// <summary>A verified producer's listed product in the bag of a session that is live now (written straight to the shared database).</summary>
    private static async Task<(int SessionId, int ProductId)> SeedLiveSessionAsync(string connection)
    {
        await using var db = Db(connection);
        var now = DateTime.UtcNow;
        var producer = new Producer
        {
            Name = "HTX Nhãn Sông Mã hai nút", Slug = "htx-nhan-song-ma-hai-nut", LegalForm = LegalForm.Cooperative, RepresentativeName = "Lò Văn Test",
            RepresentativeGender = Gender.Male, Phone = "0912345678", CommuneCode = "04168", ProvinceCode = "14", Status = ProducerStatus.Verified,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        var product = new Product
        {
            ProducerId = producer.Id, SetCode = 1, Name = "Nhãn Sông Mã hai nút", Slug = "nhan-song-ma-hai-nut", Unit = "hộp", NetWeightGrams = 1000,
            Price = 100_000, Stock = 50, Status = ProductStatus.Listed, ProvinceCode = "14", CreatedAt = now, UpdatedAt = now,
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        var session = new LiveSession
        {
            Title = "Chợ phiên OCOP – hai nút", Organiser = "Tỉnh đoàn Sơn La", HostNames = "Lò Thị Test", Platform = StreamPlatform.YouTube,
            StreamUrl = "https://www.youtube.com/watch?v=abcdefghijk", ScheduledAt = now, PlannedMinutes = 60, Status = LiveStatus.Live, StartedAt = now,
            ProvinceCode = "14", CreatedBy = "test", CreatedAt = now, Products = [new LiveSessionProduct { ProductId = product.Id, SortOrder = 0 }],
        };
        db.Set<LiveSession>().Add(session);
        await db.SaveChangesAsync();
        return (session.Id, product.Id);
    }

    /// <summary>Both nodes' event listeners hold their LISTEN (a notification sent earlier would reach nobody).</summary>
    private static async Task WaitForListenersAsync(string connection, string database, int count)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN %'", conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = database });
        for (var i = 0; i < 100; i++)
        {
            if ((long)(await cmd.ExecuteScalarAsync())! >= count) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Fewer than {count} nodes are listening for live events.");
    }
}
