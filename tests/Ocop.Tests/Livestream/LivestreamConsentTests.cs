using Ocop.Features.Identity;
using Ocop.Features.Livestream;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Livestream;

/// <summary>
/// Issue 17 §2: a product enters a session's bag and a deal only with its producer's consent (or an officer of the
/// producer's own province), a deal keeps to the producer's floor, and a host runs a session only as an organiser who
/// accepted. Each attack of the report is refused and leaves nothing behind.
/// </summary>
public abstract class LivestreamConsentTests(OcopApp app)
{
    private object Session(int product, params string[] hosts) => new
    {
        title = app.Unique("Chợ phiên "), organiser = "Sở Công Thương", hostNames = "Người dẫn", streamUrl = "https://www.youtube.com/watch?v=abcdefghijk",
        scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), plannedMinutes = 60, productIds = new[] { product }, hostEmails = hosts,
    };

    private Task<int> SessionsWithAsync(int product) => app.WithDb(db => db.Set<LiveSessionProduct>().CountAsync(p => p.ProductId == product));

    /// <summary>The report's attack: the Hà Tĩnh officer puts a Sơn La product into its session with a buyer as co-host.</summary>
    [Fact]
    public async Task AnOfficerOfAnotherProvince_CannotSellAProducersStock_NorMakeABuyerItsHost()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 1_435_000, stock: 20);
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        var buyer = await app.CreateUserAsync(Roles.Buyer);

        await (await haTinh.PostAsJsonAsync("/api/v1/livestreams", Session(product))).AssertProblemAsync(HttpStatusCode.BadRequest, "productIds");
        var (_, haTinhOwner) = await app.VerifiedProducerAsync("18073", "42");
        var own = await haTinhOwner.ListProductAsync(app);
        await (await haTinh.PostAsJsonAsync("/api/v1/livestreams", Session(own, buyer.Email!))).AssertProblemAsync(HttpStatusCode.BadRequest, "hostEmails");
        // Nor may it consent in the producer's stead.
        await (await haTinh.PutAsJsonAsync($"/api/v1/products/{product}/livestream-consent", new { floorPrice = 1 })).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(0, await SessionsWithAsync(product));
        Assert.Equal(0, await app.WithDb(db => db.LiveConsents.CountAsync(c => c.ProductId == product)));
        Assert.Equal(20, await app.StockAsync(product));
    }

    [Fact]
    public async Task AnOrganiser_WithoutTheProducersConsent_CannotPutItsProductInABag()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var host = await app.LoginAsNewAsync(Roles.Livestream, "14");
        await (await host.PostAsJsonAsync("/api/v1/livestreams", Session(product))).AssertProblemAsync(HttpStatusCode.BadRequest, "productIds");

        // Nor by editing a session of its own.
        var live = await app.LiveSessionAsync(start: false);
        var edited = await live.Host.PutAsJsonAsync($"/api/v1/livestreams/{live.SessionId}", new
        {
            title = "Chợ phiên", organiser = "Tỉnh đoàn", hostNames = "Người dẫn", streamUrl = "https://www.youtube.com/watch?v=abcdefghijk",
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), plannedMinutes = 60, productIds = new[] { live.ProductId, product },
        });
        await edited.AssertProblemAsync(HttpStatusCode.BadRequest, "productIds");
        Assert.Equal(0, await SessionsWithAsync(product));

        // Once the producer consents, it can.
        await owner.ConsentAsync(product, 50_000);
        await (await host.PostAsJsonAsync("/api/v1/livestreams", Session(product))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, await SessionsWithAsync(product));
    }

    [Fact]
    public async Task ADeal_BelowTheProducersFloor_IsRefused_AndNothingIsSold()
    {
        var live = await app.LiveSessionAsync(stock: 20, price: 100_000); // floor 50.000 ₫
        var url = $"/api/v1/livestreams/{live.SessionId}/deals";
        await (await live.Host.PostAsJsonAsync(url, Live.Deal(live.ProductId, price: 1, quota: 20))).AssertProblemAsync(HttpStatusCode.BadRequest, "dealPrice");
        await (await live.Host.PostAsJsonAsync(url, Live.Deal(live.ProductId, price: 49_999, quota: 20))).AssertProblemAsync(HttpStatusCode.BadRequest, "dealPrice");
        Assert.Equal(0, await app.WithDb(db => db.FlashDeals.CountAsync(d => d.SessionId == live.SessionId)));
        Assert.Equal(20, await app.StockAsync(live.ProductId));
        await (await live.Host.PostAsJsonAsync(url, Live.Deal(live.ProductId, price: 50_000, quota: 20))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AfterTheConsentIsWithdrawn_APlannedDealDoesNotStart_AndTheProductEntersNoNewBag()
    {
        var live = await app.LiveSessionAsync(stock: 20);
        var planned = await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/deals", Live.Deal(live.ProductId, quota: 10, start: false)))
            .JsonAsync(HttpStatusCode.Created);
        var owner = await app.LoginAsNewAsync(Roles.Producer, "14", producerId: live.ProducerId);
        (await owner.DeleteAsync($"/api/v1/products/{live.ProductId}/livestream-consent")).EnsureSuccessStatusCode();

        var dealId = planned.GetProperty("dealId").GetString();
        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/deals/{dealId}/start", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await live.Host.PostAsJsonAsync("/api/v1/livestreams", Session(live.ProductId))).AssertProblemAsync(HttpStatusCode.BadRequest, "productIds");
        Assert.Equal(DealState.Planned, (await app.DealAsync(dealId!)).State);
        Assert.Contains(await app.WithDb(db => db.AuditLog.Where(a => a.EntityType == "product" && a.EntityId == live.ProductId.ToString()).Select(a => a.Action).ToListAsync()),
            a => a == "livestream.consent-withdrawn");
    }

    [Fact]
    public async Task AnOfficerOfTheProducersProvince_ActsForIt_WithinTheDefaultFloor()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 100_000, stock: 20);
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var created = await (await sonLa.PostAsJsonAsync("/api/v1/livestreams", Session(product))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        await (await sonLa.PostAsync($"/api/v1/livestreams/{id}/start", null)).JsonAsync();
        var url = $"/api/v1/livestreams/{id}/deals";
        // Without a consent the floor is 70 % of the price.
        await (await sonLa.PostAsJsonAsync(url, Live.Deal(product, price: 69_999, quota: 5))).AssertProblemAsync(HttpStatusCode.BadRequest, "dealPrice");
        await (await sonLa.PostAsJsonAsync(url, Live.Deal(product, price: 70_000, quota: 5))).JsonAsync(HttpStatusCode.Created);
        // The officer may also set the consent for the producer; the producer sees it.
        await sonLa.ConsentAsync(product, 80_000);
        var mine = await (await owner.GetAsync("/api/v1/livestream-consents")).JsonAsync();
        var row = mine.EnumerateArray().Single(r => r.GetProperty("productId").GetInt32() == product);
        Assert.True(row.GetProperty("consented").GetBoolean());
        Assert.Equal(80_000, row.GetProperty("floorPrice").GetInt64());
    }

    [Fact]
    public async Task AnInvitedHost_RunsNothing_UntilItAccepts_AndOnlyOrganisersCanBeInvited()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: 100_000, stock: 20);
        await owner.ConsentAsync(product, 50_000);
        var creator = await app.LoginAsNewAsync(Roles.Livestream, "14");
        var buyer = await app.CreateUserAsync(Roles.Buyer);
        await (await creator.PostAsJsonAsync("/api/v1/livestreams", Session(product, buyer.Email!))).AssertProblemAsync(HttpStatusCode.BadRequest, "hostEmails");

        var invitedUser = await app.CreateUserAsync(Roles.Livestream, "14");
        var invited = await app.LoginAsync(invitedUser);
        var id = (await (await creator.PostAsJsonAsync("/api/v1/livestreams", Session(product, invitedUser.Email!))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await (await invited.PostAsync($"/api/v1/livestreams/{id}/start", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await invited.PostAsJsonAsync($"/api/v1/livestreams/{id}/deals", Live.Deal(product))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var stranger = await app.LoginAsNewAsync(Roles.Livestream, "14");
        await (await stranger.PostAsync($"/api/v1/livestreams/{id}/hosting/accept", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        await (await invited.PostAsync($"/api/v1/livestreams/{id}/hosting/accept", null)).JsonAsync();
        await (await invited.PostAsync($"/api/v1/livestreams/{id}/start", null)).JsonAsync();
        await (await invited.PostAsync($"/api/v1/livestreams/{id}/hosting/decline", null)).JsonAsync();
        await (await invited.PostAsync($"/api/v1/livestreams/{id}/end", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await creator.PostAsync($"/api/v1/livestreams/{id}/hosting/decline", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection(SqliteCollection.Name)] public sealed class LivestreamConsentSqliteTests(SqliteApp app) : LivestreamConsentTests(app);
[Collection(PostgresCollection.Name)] public sealed class LivestreamConsentPostgresTests(PostgresApp app) : LivestreamConsentTests(app);
