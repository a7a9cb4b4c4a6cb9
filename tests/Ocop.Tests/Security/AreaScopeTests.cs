using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Tests.Commerce;
using Ocop.Features.Traceability;
using Ocop.Tests.Traceability;

namespace Ocop.Tests.Security;

/// <summary>
/// Issue 17 §9: a producer belongs to its area. A verified producer that moves to another province is verified
/// there again; a commune officer manages the producers of its own commune only (places, lots, unpublished products).
/// </summary>
public abstract class AreaScopeTests(OcopApp app)
{
    private static object Body(Producer p, string commune) => new
    {
        name = p.Name, legalForm = "Cooperative", representativeName = "Lò Văn Páo", representativeGender = "Male",
        phone = "0987654321", communeCode = commune, bankBin = "970436", bankAccountNumber = "0123456789", bankAccountName = "HTX SONG MA",
    };

    [Fact]
    public async Task AVerifiedProducer_MovedToAnotherProvince_IsPendingThere_UntilThatProvinceVerifiesIt()
    {
        var (producer, owner) = await app.VerifiedProducerAsync(AccessWorld.OwnCommune, AccessWorld.OwnProvince);
        var product = await owner.ListProductAsync(app);
        var anonymous = app.Anonymous();

        // Another commune of the same province: still verified, still selling.
        var within = await (await owner.PutAsJsonAsync($"/api/v1/producers/{producer.Id}", Body(producer, AccessWorld.OtherCommune))).JsonAsync();
        Assert.Equal("Verified", within.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{product}")).StatusCode);

        // Hà Tĩnh: pending until Hà Tĩnh verifies; its products leave the shop meanwhile.
        var moved = await (await owner.PutAsJsonAsync($"/api/v1/producers/{producer.Id}", Body(producer, AccessWorld.OtherProvinceCommune))).JsonAsync();
        Assert.Equal("Pending", moved.GetProperty("status").GetString());
        Assert.Equal(AccessWorld.OtherProvince, moved.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/products/{product}")).StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.AuditLog.CountAsync(a => a.Action == "producer.reverification" && a.EntityId == producer.Id.ToString())));
        Assert.All(await app.WithDb(db => db.Users.Where(u => u.ProducerId == producer.Id).Select(u => u.ProvinceCode).ToListAsync()),
            code => Assert.Equal(AccessWorld.OtherProvince, code));

        var sonLa = await app.LoginAsNewAsync(Roles.Province, AccessWorld.OwnProvince);
        await (await sonLa.PostAsync($"/api/v1/producers/{producer.Id}/verify", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var haTinh = await app.LoginAsNewAsync(Roles.Province, AccessWorld.OtherProvince);
        var verified = await (await haTinh.PostAsync($"/api/v1/producers/{producer.Id}/verify", null)).JsonAsync();
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/products/{product}")).StatusCode);
    }

    [Fact]
    public async Task ANationalOfficer_MovingAProducer_KeepsItVerified()
    {
        var (producer, _) = await app.VerifiedProducerAsync(AccessWorld.OwnCommune, AccessWorld.OwnProvince);
        var central = await app.LoginAsNewAsync(Roles.Central);
        var moved = await (await central.PutAsJsonAsync($"/api/v1/producers/{producer.Id}", Body(producer, AccessWorld.OtherProvinceCommune))).JsonAsync();
        Assert.Equal("Verified", moved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACommuneOfficer_ManagesThePlacesLotsAndDraftsOfItsOwnCommuneOnly()
    {
        var (producer, owner) = await app.VerifiedProducerAsync(AccessWorld.OwnCommune, AccessWorld.OwnProvince);
        var draft = (await (await owner.PostAsJsonAsync("/api/v1/products",
            OcopApp.ProductBody(app.Unique("Mật ong bạc hà "), gtin: Trace.NewGtin13(), status: "Draft"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var own = await app.LoginAsNewAsync(Roles.Commune, AccessWorld.OwnProvince, AccessWorld.OwnCommune);
        var other = await app.LoginAsNewAsync(Roles.Commune, AccessWorld.OwnProvince, AccessWorld.OtherCommune);
        object Lot() => new { productId = draft, number = "XA" + Random.Shared.Next(100_000, 999_999), harvestedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), quantity = 10, unit = "KGM" };
        var place = new { kind = "Farm", name = "Vườn bạc hà bản Nà Sản" };
        var lotsBefore = await app.WithDb(db => db.Lots.CountAsync(l => l.ProductId == draft));
        var placesBefore = await app.WithDb(db => db.TraceLocations.CountAsync(l => l.ProducerId == producer.Id));

        await (await other.PostAsJsonAsync("/api/v1/lots", Lot())).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostAsJsonAsync($"/api/v1/trace-locations?producerId={producer.Id}", place)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/products/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/quan-ly/san-pham?producer={producer.Id}")).StatusCode);
        Assert.Equal(lotsBefore, await app.WithDb(db => db.Lots.CountAsync(l => l.ProductId == draft)));
        Assert.Equal(placesBefore, await app.WithDb(db => db.TraceLocations.CountAsync(l => l.ProducerId == producer.Id)));

        await (await own.PostAsJsonAsync("/api/v1/lots", Lot())).JsonAsync(HttpStatusCode.Created);
        await (await own.PostAsJsonAsync($"/api/v1/trace-locations?producerId={producer.Id}", place)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/v1/products/{draft}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AreaScopeSqliteTests(SqliteApp app) : AreaScopeTests(app);
[Collection(PostgresCollection.Name)] public sealed class AreaScopePostgresTests(PostgresApp app) : AreaScopeTests(app);
