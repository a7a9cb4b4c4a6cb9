using Ocop.Features.Identity;
using Ocop.Features.Matching;

namespace Ocop.Tests.Matching;

/// <summary>Buyers, posts, incremental matching and the board over HTTP, on both engines.</summary>
public abstract class MatchingTests(OcopApp app)
{
    [Fact]
    public async Task OnlyAVerifiedBuyerOrganisation_PostsDemand_AndOnlyItsProvinceOrAnAdministratorVerifiesIt()
    {
        var (buyer, organisationId) = await app.VerifiedBuyerAsync("01", verified: false);
        await (await buyer.PostAsJsonAsync("/api/v1/matching/demands", Trade.Demand())).AssertProblemAsync(HttpStatusCode.Forbidden);
        var otherProvince = await app.LoginAsNewAsync(Roles.Province, "14");
        await (await otherProvince.PostAsync($"/api/v1/matching/organisations/{organisationId}/verify", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var producer = (await app.VerifiedProducerAsync()).Owner;
        await (await producer.PostAsJsonAsync("/api/v1/matching/organisations", Trade.Organisation(app))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var hanoi = await app.LoginAsNewAsync(Roles.Province, "01");
        await (await hanoi.PostAsJsonAsync($"/api/v1/matching/organisations/{organisationId}/reject", new { reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        var verified = await (await hanoi.PostAsync($"/api/v1/matching/organisations/{organisationId}/verify", null)).JsonAsync();
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        Assert.True(await buyer.PostDemandAsync(Trade.Demand()) > 0);
        Assert.True(await app.WithDb(db => db.AuditLog.AnyAsync(a => a.Action == "buyer.verified" && a.EntityId == organisationId.ToString())));
    }

    [Fact]
    public async Task BadOrganisation_IsRefusedFieldByField()
    {
        var buyer = await app.LoginAsNewAsync(Roles.B2bBuyer);
        var problem = await (await buyer.PostAsJsonAsync("/api/v1/matching/organisations", new { name = "<b>X</b>", taxCode = "12AB", contactPhone = "123" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "taxCode", "addressLine", "provinceCode", "contactName", "contactPhone", "contactEmail" })
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Theory]
    [InlineData("quantity", 0)]
    [InlineData("quantity", -5)]
    [InlineData("quantity", 2_000_000_000)]
    [InlineData("priceMax", -1)]
    [InlineData("priceMax", 0)]
    [InlineData("priceMax", 5_000_000_000_000)]
    [InlineData("priceMax", 10_000_000)] // below priceMin
    [InlineData("neededBy", "2020-01-01")]
    [InlineData("validUntil", "2020-01-01")]
    [InlineData("validUntil", "2099-01-01")]
    [InlineData("minStars", 2)]
    [InlineData("title", "<script>x</script>")]
    [InlineData("unit", "Barrel")]
    public async Task BadDemand_IsRefused_AndNothingIsWritten(string field, object value)
    {
        var (buyer, organisationId) = await app.VerifiedBuyerAsync();
        var response = await buyer.PostAsJsonAsync("/api/v1/matching/demands", Trade.Demand().With(field, value));
        if (field == "unit") Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // the JSON enum itself is refused
        else await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.False(await app.WithDb(db => db.Demands.AnyAsync(d => d.OrganisationId == organisationId)));
    }

    [Fact]
    public async Task BadDemand_UnknownOrTooManySets_AreRefused()
    {
        var (buyer, _) = await app.VerifiedBuyerAsync();
        await (await buyer.PostAsJsonAsync("/api/v1/matching/demands", Trade.Demand().With("setCodes", new[] { 99 }))).AssertProblemAsync(HttpStatusCode.BadRequest, "setCodes");
        await (await buyer.PostAsJsonAsync("/api/v1/matching/demands", Trade.Demand().With("setCodes", new[] { 1, 2, 3, 4, 5, 6 }))).AssertProblemAsync(HttpStatusCode.BadRequest, "setCodes");
    }

    [Theory]
    [InlineData("capacity", 0)]
    [InlineData("capacity", -10)]
    [InlineData("minOrder", 50)] // above capacity
    [InlineData("seasonFrom", 13)]
    [InlineData("validUntil", "2020-01-01")]
    public async Task BadOffer_IsRefused_AndNothingIsWritten(string field, object value)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var body = Trade.Offer().With(field, value);
        if (field == "seasonFrom") body["seasonTo"] = 3;
        await (await owner.PostAsJsonAsync("/api/v1/matching/offers", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.False(await app.WithDb(db => db.Offers.AnyAsync(o => o.ProducerId == producer.Id)));
    }

    [Fact]
    public async Task BadOffer_PriceTiers_ForeignProduct_AndUnverifiedProducer_AreRefused()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        await (await owner.PostAsJsonAsync("/api/v1/matching/offers", Trade.Offer().With("priceTiers", new[] { new { minQuantity = 0, price = -1 } })))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "priceTiers");
        await (await owner.PostAsJsonAsync("/api/v1/matching/offers", Trade.Offer().With("priceTiers", Array.Empty<object>())))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "priceTiers");
        var (_, other) = await app.VerifiedProducerAsync();
        var foreign = (await (await other.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Nhãn ")))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await owner.PostAsJsonAsync("/api/v1/matching/offers", Trade.Offer().With("productId", foreign))).AssertProblemAsync(HttpStatusCode.BadRequest, "productId");
        var (_, pending) = await app.VerifiedProducerAsync(verified: false);
        await (await pending.PostAsJsonAsync("/api/v1/matching/offers", Trade.Offer())).AssertProblemAsync(HttpStatusCode.Forbidden);
        var (buyer, _) = await app.VerifiedBuyerAsync();
        await (await buyer.PostAsJsonAsync("/api/v1/matching/offers", Trade.Offer())).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ANewOffer_IsMatchedAgainstOpenDemands_WithReasons_SeenByBothSides_AndAStrongMatchIsAnnounced()
    {
        var word = app.Unique("nhanxuong");
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var demandId = await buyer.PostDemandAsync(Trade.Demand($"Nhãn lồng tươi {word}"));
        var (producer, owner) = await app.VerifiedProducerAsync();
        await app.CertifyAsync(producer.Id, 1, 4);
        var outboxBefore = await app.WithDb(db => db.Outbox.CountAsync());
        var offerId = await owner.PostOfferAsync(Trade.Offer($"Nhãn lồng tươi {word}"));

        var forBuyer = (await buyer.MatchesAsync("demands", demandId)).Single(m => m.GetProperty("offer").GetProperty("id").GetInt32() == offerId);
        var score = forBuyer.GetProperty("score").GetInt32();
        Assert.True(score >= MatchRules.Strong, $"score {score}");
        Assert.Equal(4, forBuyer.GetProperty("offer").GetProperty("stars").GetInt32());
        var codes = forBuyer.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["set", "kind", "keywords", "capacity", "stars", "standards", "distance", "price", "season"], codes);
        var forProducer = (await owner.MatchesAsync("offers", offerId)).Single(m => m.GetProperty("demand").GetProperty("id").GetInt32() == demandId);
        Assert.Equal(score, forProducer.GetProperty("score").GetInt32());
        Assert.True(await app.WithDb(db => db.Outbox.CountAsync()) >= outboxBefore + 2);

        // Someone else's post: its matches are not shown.
        var (stranger, _) = await app.VerifiedBuyerAsync();
        await (await stranger.GetAsync($"/api/v1/matching/demands/{demandId}/matches")).AssertProblemAsync(HttpStatusCode.NotFound);

        // A cheaper, closer, better-certified competitor ranks above after a change of price.
        await (await owner.PutAsJsonAsync($"/api/v1/matching/offers/{offerId}", Trade.Offer($"Nhãn lồng tươi {word}")
            .With("priceTiers", new[] { new { minQuantity = 0, price = 45_000_000 } }))).JsonAsync();
        var repriced = (await buyer.MatchesAsync("demands", demandId)).SingleOrDefault(m => m.GetProperty("offer").GetProperty("id").GetInt32() == offerId);
        Assert.True(repriced.ValueKind == System.Text.Json.JsonValueKind.Undefined || repriced.GetProperty("score").GetInt32() < score);

        // Closing the demand drops its matches.
        await (await buyer.PostAsync($"/api/v1/matching/demands/{demandId}/close", null)).JsonAsync();
        Assert.Empty(await buyer.MatchesAsync("demands", demandId));
    }

    [Fact]
    public async Task ANewDemand_IsMatchedAgainstOpenOffers_InTheSameSetOrGroup_NotOthers()
    {
        var word = app.Unique("quethom");
        var (_, owner) = await app.VerifiedProducerAsync();
        Dictionary<string, object?> InKg(Dictionary<string, object?> offer) =>
            offer.With("unit", "Kg").With("capacity", 1000).With("priceTiers", new[] { new { minQuantity = 0, price = 60_000 } });
        var cinnamon = await owner.PostOfferAsync(InKg(Trade.Offer($"Quế {word} khô", set: 10)));
        var sameGroup = await owner.PostOfferAsync(InKg(Trade.Offer($"Bột quế {word}", set: 7)));
        var craft = await owner.PostOfferAsync(Trade.Offer($"Giỏ mây {word}", set: 21).With("unit", "Kg"));
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var demandId = await buyer.PostDemandAsync(Trade.Demand($"Quế {word} xuất khẩu", set: 10)
            .With("unit", "Kg").With("quantity", 500).With("minStars", 0).With("standards", Array.Empty<string>()).With("priceMin", 50_000).With("priceMax", 70_000));
        var offers = (await buyer.MatchesAsync("demands", demandId)).Select(m => m.GetProperty("offer").GetProperty("id").GetInt32()).ToList();
        Assert.Equal(cinnamon, offers[0]);
        Assert.Contains(sameGroup, offers);
        Assert.DoesNotContain(craft, offers);
    }

    [Fact]
    public async Task ContactDetails_AreOnlyForSignedInVerifiedParties()
    {
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var demandId = await buyer.PostDemandAsync(Trade.Demand());
        var anonymous = app.Anonymous();
        var board = await (await anonymous.GetAsync($"/api/v1/matching/demands/{demandId}")).JsonAsync();
        Assert.False(board.GetProperty("contactVisible").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, board.GetProperty("contact").ValueKind);
        await (await anonymous.GetAsync($"/api/v1/matching/demands/{demandId}/contact")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var consumer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await consumer.GetAsync($"/api/v1/matching/demands/{demandId}/contact")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var (unverifiedBuyer, _) = await app.VerifiedBuyerAsync(verified: false);
        await (await unverifiedBuyer.GetAsync($"/api/v1/matching/demands/{demandId}/contact")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var (_, pendingProducer) = await app.VerifiedProducerAsync(verified: false);
        await (await pendingProducer.GetAsync($"/api/v1/matching/demands/{demandId}/contact")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var (_, producer) = await app.VerifiedProducerAsync();
        var contact = await (await producer.GetAsync($"/api/v1/matching/demands/{demandId}/contact")).JsonAsync();
        Assert.Equal("0987654321", contact.GetProperty("phone").GetString());

        var offerId = await producer.PostOfferAsync(Trade.Offer());
        await (await consumer.GetAsync($"/api/v1/matching/offers/{offerId}/contact")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("0912345678", (await (await buyer.GetAsync($"/api/v1/matching/offers/{offerId}/contact")).JsonAsync()).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Board_ListsOpenPostsOfVerifiedParties_WithFilters_FoldedSearch()
    {
        var word = app.Unique("chetan");
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var tea = await buyer.PostDemandAsync(Trade.Demand($"Chè {word} cho khách sạn", set: 11).With("deliveryProvinceCode", "79"));
        var found = await (await app.Anonymous().GetAsync($"/api/v1/matching/demands?q=che%20{word}&set=11&province=79")).JsonAsync();
        Assert.Equal(tea, found.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt32());
        var none = await (await app.Anonymous().GetAsync($"/api/v1/matching/demands?q={word}&province=01")).JsonAsync();
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var (_, owner) = await app.VerifiedProducerAsync();
        var offer = await owner.PostOfferAsync(Trade.Offer($"Chè {word} Tân Cương", set: 11));
        var offers = await (await app.Anonymous().GetAsync($"/api/v1/matching/offers?q=Ch%C3%A8%20{word}&group=1&standard=Organic")).JsonAsync();
        Assert.Equal(offer, offers.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt32());
        Assert.Equal(0, (await (await app.Anonymous().GetAsync($"/api/v1/matching/offers?q={word}&standard=Halal")).JsonAsync()).GetProperty("total").GetInt32());
    }
}

[Collection(SqliteCollection.Name)] public sealed class MatchingSqliteTests(SqliteApp app) : MatchingTests(app);
[Collection(PostgresCollection.Name)] public sealed class MatchingPostgresTests(PostgresApp app) : MatchingTests(app);
