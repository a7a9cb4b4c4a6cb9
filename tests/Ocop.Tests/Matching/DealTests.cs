using Ocop.Features.Identity;

namespace Ocop.Tests.Matching;

/// <summary>Contact to deal: contacted → negotiating → agreed → closed, or declined; plain text; parties only; statistics.</summary>
public abstract class DealTests(OcopApp app)
{
    private async Task<(HttpClient Buyer, HttpClient Producer, long MatchId, int ProducerId)> MatchedPairAsync()
    {
        var word = app.Unique("gaoseng");
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var demandId = await buyer.PostDemandAsync(Trade.Demand($"Gạo {word} cho bếp ăn trường học", set: 3).With("frequency", "Monthly").With("minStars", 0));
        var (producer, owner) = await app.VerifiedProducerAsync();
        await owner.PostOfferAsync(Trade.Offer($"Gạo {word} thơm", set: 3).With("period", "Monthly"));
        var match = (await buyer.MatchesAsync("demands", demandId)).First();
        return (buyer, owner, match.GetProperty("id").GetInt64(), producer.Id);
    }

    private static object Terms(int quantity = 2, long price = 25_000_000) => new
    {
        quantity, unit = "Tonne", price, from = Trade.Today.AddDays(7).ToString("yyyy-MM-dd"), to = Trade.Today.AddMonths(6).ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task FromContact_ToAgreedAndClosed_IsAuditedAndCountedInStatistics()
    {
        var (buyer, producer, matchId, _) = await MatchedPairAsync();
        var statsBefore = await (await app.Anonymous().GetAsync("/api/v1/matching/stats")).JsonAsync();
        var deal = await (await buyer.PostAsJsonAsync($"/api/v1/matching/matches/{matchId}/contact", new { message = "Chào anh chị, bên em cần 2 tấn gạo mỗi tháng." }))
            .JsonAsync(HttpStatusCode.Created);
        var id = deal.GetProperty("id").GetInt32();
        Assert.Equal("Contacted", deal.GetProperty("status").GetString());
        Assert.Equal("0912345678", deal.GetProperty("producerContact").GetProperty("phone").GetString());
        await (await buyer.PostAsJsonAsync($"/api/v1/matching/matches/{matchId}/contact", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms())).AssertProblemAsync(HttpStatusCode.Conflict);

        // The buyer's own follow-up does not start the negotiation; the producer's reply does.
        Assert.Equal("Contacted", (await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "Anh chị báo giá giúp em." })).JsonAsync()).GetProperty("status").GetString());
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "<img src=x onerror=alert(1)>" })).AssertProblemAsync(HttpStatusCode.BadRequest, "text");
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "  " })).AssertProblemAsync(HttpStatusCode.BadRequest, "text");
        var negotiating = await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "Giá 25.000 ₫/kg, giao tại Hà Nội." })).JsonAsync();
        Assert.Equal("Negotiating", negotiating.GetProperty("status").GetString());
        Assert.Equal(3, negotiating.GetProperty("messages").GetArrayLength());

        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms(quantity: 0))).AssertProblemAsync(HttpStatusCode.BadRequest, "quantity");
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms(price: -5))).AssertProblemAsync(HttpStatusCode.BadRequest, "price");
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", new { quantity = 2, unit = "Tonne", price = 1, from = "2020-01-01", to = "2019-01-01" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "from");
        // One side's terms are a proposal: nothing is agreed, nothing counts, until the other side accepts the same terms.
        var proposed = await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms())).JsonAsync();
        Assert.Equal("Negotiating", proposed.GetProperty("status").GetString());
        Assert.Equal("Buyer", proposed.GetProperty("proposal").GetProperty("by").GetString());
        Assert.Equal(50_000_000, proposed.GetProperty("proposal").GetProperty("value").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, proposed.GetProperty("agreedValue").ValueKind);
        Assert.Equal("Negotiating", (await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms())).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(statsBefore.GetProperty("agreedDeals").GetInt32(),
            (await (await app.Anonymous().GetAsync("/api/v1/matching/stats")).JsonAsync()).GetProperty("agreedDeals").GetInt32());
        // The producer counters with another price; the buyer accepts the counter-offer.
        var counter = await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms(price: 24_000_000))).JsonAsync();
        Assert.Equal("Negotiating", counter.GetProperty("status").GetString());
        Assert.Equal("Producer", counter.GetProperty("proposal").GetProperty("by").GetString());
        var agreed = await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms(price: 24_000_000))).JsonAsync();
        Assert.Equal("Agreed", agreed.GetProperty("status").GetString());
        Assert.Equal(48_000_000, agreed.GetProperty("agreedValue").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, agreed.GetProperty("proposal").ValueKind);
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/decline", new { reason = "Đổi ý" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var stats = await (await app.Anonymous().GetAsync("/api/v1/matching/stats")).JsonAsync();
        Assert.Equal(statsBefore.GetProperty("agreedDeals").GetInt32() + 1, stats.GetProperty("agreedDeals").GetInt32());
        Assert.Contains(stats.GetProperty("bySet").EnumerateArray(), r => r.GetProperty("key").GetString() == "3");
        Assert.Contains(stats.GetProperty("byProvince").EnumerateArray(), r => r.GetProperty("key").GetString() == "14");
        Assert.True(stats.TryGetProperty("asOf", out _));

        Assert.Equal("Closed", (await (await producer.PostAsync($"/api/v1/matching/deals/{id}/close", null)).JsonAsync()).GetProperty("status").GetString());
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "Thêm" })).AssertProblemAsync(HttpStatusCode.Conflict);
        var actions = await app.WithDb(db => db.AuditLog.Where(a => a.EntityType == "deal" && a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["deal.contacted", "deal.negotiating", "deal.terms-proposed", "deal.terms-proposed", "deal.terms-proposed", "deal.agreed", "deal.closed"], actions);
        Assert.True(await app.WithDb(db => db.Set<Features.Matching.DealMessage>().AnyAsync(m => m.DealId == id && m.Text.Contains("25.000"))));
    }

    [Fact]
    public async Task OnlyTheTwoParties_SeeOrActOnADeal_AndEitherMayDeclineBeforeAgreement()
    {
        var (buyer, producer, matchId, _) = await MatchedPairAsync();
        var (otherBuyer, _) = await app.VerifiedBuyerAsync();
        await (await otherBuyer.PostAsJsonAsync($"/api/v1/matching/matches/{matchId}/contact", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var id = (await (await producer.PostAsJsonAsync($"/api/v1/matching/matches/{matchId}/contact", new { message = "Chúng tôi có gạo ST25." }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await otherBuyer.GetAsync($"/api/v1/matching/deals/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await app.Anonymous().GetAsync($"/api/v1/matching/deals/{id}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var consumer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await consumer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/messages", new { text = "xin chào" })).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await (await buyer.GetAsync("/api/v1/matching/deals")).JsonAsync()).EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);

        await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/decline", new { reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        var declined = await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/decline", new { reason = "Giá cao hơn ngân sách" })).JsonAsync();
        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        await (await producer.PostAsJsonAsync($"/api/v1/matching/deals/{id}/agree", Terms())).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection(SqliteCollection.Name)] public sealed class DealSqliteTests(SqliteApp app) : DealTests(app);
[Collection(PostgresCollection.Name)] public sealed class DealPostgresTests(PostgresApp app) : DealTests(app);
