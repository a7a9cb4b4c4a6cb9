using System.Text.Json;
using Ocop.Features.Identity;
using Ocop.Features.Insights;
using Ocop.Tests.Commerce;
using Ocop.Tests.Livestream;

namespace Ocop.Tests.Insights;

/// <summary>
/// One definition of sales (issue 24 §1, decision 0023): the same livestream orders give the same GMV — goods after
/// discounts, without shipping, cancelled orders left out — in the session's figures (its report and counters), the
/// dashboard's livestream channel (which the quarterly report reads) and open data, on each engine.
/// </summary>
public abstract class OneGmvTests(OcopApp app)
{
    private const string Province = "14";

    [Fact]
    public async Task TheSameOrders_GiveTheSameGmv_InTheSessionReport_TheDashboard_AndOpenData()
    {
        var live = await app.LiveSessionAsync(price: 100_000);
        var deal = await app.OpenDealAsync(live, price: 80_000, perBuyer: 2);
        var central = await app.LoginAsNewAsync(Roles.Central);
        var before = await FiguresAsync(central);

        var onDeal = await app.Anonymous().OrderAsync(Live.Order(live, deal, quantity: 2, payment: "vietqr"));
        var atPrice = await app.Anonymous().OrderAsync(Live.Order(live, null, payment: "vietqr"));
        await app.Anonymous().OrderAsync(Live.Order(live, null, payment: "vietqr"));
        var cancelled = await app.Anonymous().OrderAsync(Live.Order(live, null, payment: "vietqr"));
        foreach (var paid in new[] { onDeal, atPrice, cancelled })
            await (await live.Owner.PostAsJsonAsync($"/api/v1/orders/{Code(paid)}/confirm-payment",
                new { amount = paid.GetProperty("total").GetInt64(), reference = "FT-GMV-" + Code(paid) })).JsonAsync();
        await live.Owner.ActAsync(Code(cancelled), "cancel", new { reason = "Khách đổi ý, đã hoàn tiền" });
        Assert.True(onDeal.GetProperty("total").GetInt64() > 160_000, "the buyer pays shipping, which is not a sale");

        var session = await (await live.Host.GetAsync($"/api/v1/livestreams/{live.SessionId}/figures")).JsonAsync();
        Assert.Equal(3, session.GetProperty("orders").GetInt32());
        Assert.Equal(360_000, session.GetProperty("revenuePlaced").GetInt64());
        Assert.Equal(2, session.GetProperty("paidOrders").GetInt32());
        Assert.Equal(260_000, session.GetProperty("revenuePaid").GetInt64());

        var after = await FiguresAsync(central);
        foreach (var source in new[] { "dashboard", "open data" })
        {
            var delta = after[source].ToDictionary(kv => kv.Key, kv => kv.Value - before[source].GetValueOrDefault(kv.Key));
            Assert.Equal((source, 3L), (source, delta.GetValueOrDefault(Metrics.OrdersPlaced)));
            Assert.Equal((source, 360_000L), (source, delta.GetValueOrDefault(Metrics.GmvPlaced)));
            Assert.Equal((source, 2L), (source, delta.GetValueOrDefault(Metrics.OrdersPaid)));
            Assert.Equal((source, 260_000L), (source, delta.GetValueOrDefault(Metrics.GmvPaid)));
            Assert.Equal((source, cancelled.GetProperty("total").GetInt64()), (source, delta.GetValueOrDefault(Metrics.Refunds)));
        }
    }

    private static string Code(JsonElement order) => order.GetProperty("code").GetString()!;

    /// <summary>A fresh snapshot's livestream figures of the province, as the dashboard API and open data give them.</summary>
    private static async Task<Dictionary<string, Dictionary<string, long>>> FiguresAsync(HttpClient central)
    {
        await (await central.PostAsync("/api/v1/stats/snapshots", null)).JsonAsync();
        var d = await (await central.GetAsync($"/api/v1/stats/dashboard?province={Province}")).JsonAsync();
        var channel = d.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == SalesChannels.Livestream);
        var dashboard = new Dictionary<string, long>
        {
            [Metrics.OrdersPlaced] = channel.GetProperty("orders").GetInt64(),
            [Metrics.GmvPlaced] = channel.GetProperty("gmv").GetInt64(),
            [Metrics.OrdersPaid] = channel.GetProperty("paidOrders").GetInt64(),
            [Metrics.GmvPaid] = channel.GetProperty("paidGmv").GetInt64(),
            [Metrics.Refunds] = channel.GetProperty("refunds").GetInt64(),
        };
        var open = await (await central.GetAsync($"/api/v1/open-data/statistics?province={Province}")).JsonAsync();
        var openData = open.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("key").GetString() == SalesChannels.Livestream)
            .GroupBy(r => r.GetProperty("metric").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.GetProperty("value").GetInt64()));
        return new() { ["dashboard"] = dashboard, ["open data"] = openData };
    }
}

[Collection(SqliteCollection.Name)] public sealed class OneGmvSqliteTests(SqliteApp app) : OneGmvTests(app);
[Collection(PostgresCollection.Name)] public sealed class OneGmvPostgresTests(PostgresApp app) : OneGmvTests(app);
