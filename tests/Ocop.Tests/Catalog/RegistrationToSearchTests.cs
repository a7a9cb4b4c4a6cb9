using System.Text.Json;
using Ocop.Features.Identity;

namespace Ocop.Tests.Catalog;

/// <summary>The foundation journey over the API: a producer registers, lists nothing until verified, the province verifies, the product is found in search.</summary>
public abstract class RegistrationToSearchTests(OcopApp app)
{
    [Fact]
    public async Task Producer_RegistersIsVerifiedAndListsAProduct_ThatSearchFindsWithOrWithoutDiacritics()
    {
        var email = app.Unique("htx") + "@test.example";
        var tag = app.Unique("Nhãn Sông Mã Xuồng ").Replace("x", "q"); // a unique, folded-safe marker in the name
        var anonymous = app.Anonymous();
        var registered = await (await anonymous.PostAsJsonAsync("/api/v1/producers/register", new
        {
            producer = new
            {
                name = "HTX Nông nghiệp " + tag, legalForm = "Cooperative", representativeName = "Lò Thị Hoa", representativeGender = "Female",
                representativeIsEthnicMinority = true, representativeEthnicity = "Thái", phone = "0912 345 678", communeCode = "04168",
                bankBin = "970415", bankAccountNumber = "1040012345", bankAccountName = "Hợp tác xã Sông Mã",
            },
            accountEmail = email, accountPassword = "Songma2026",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Pending", registered.GetProperty("status").GetString());
        Assert.Equal("14", registered.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal("HOP TAC XA SONG MA", registered.GetProperty("bankAccount").GetProperty("accountName").GetString());
        var producerId = registered.GetProperty("id").GetInt32();

        var owner = await app.LoginAsync(email, "Songma2026");
        // Listing before verification is refused; a draft is fine.
        await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(tag, status: "Listed"))).AssertProblemAsync(HttpStatusCode.BadRequest, "status");
        var draft = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(tag, status: "Draft"))).JsonAsync(HttpStatusCode.Created);
        var productId = draft.GetProperty("id").GetInt32();
        Assert.Equal(VietnameseSlug(tag), draft.GetProperty("slug").GetString());

        // Hà Tĩnh's officer cannot verify a Sơn La producer; Sơn La's can.
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        await (await haTinh.PostAsync($"/api/v1/producers/{producerId}/verify", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var verified = await (await sonLa.PostAsync($"/api/v1/producers/{producerId}/verify", null)).JsonAsync();
        Assert.Equal("Verified", verified.GetProperty("status").GetString());

        await (await owner.PostAsJsonAsync($"/api/v1/products/{productId}/status", new { status = "Listed" })).JsonAsync();

        foreach (var q in new[] { Fold(tag), tag.ToUpperInvariant(), tag })
        {
            var found = await (await anonymous.GetAsync($"/api/v1/products?q={Uri.EscapeDataString(q)}")).JsonAsync();
            var first = found.GetProperty("items")[0];
            Assert.Equal(productId, first.GetProperty("id").GetInt32());
            Assert.Equal(producerId, first.GetProperty("producer").GetProperty("id").GetInt32());
            Assert.Equal("Sơn La", first.GetProperty("province").GetProperty("name").GetString());
        }

        var detail = await (await anonymous.GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("certificate").ValueKind);
        var audit = await app.WithDb(db => db.AuditLog.Where(a => a.EntityType == "producer" && a.EntityId == producerId.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("producer.registered", audit);
        Assert.Contains("producer.verified", audit);
    }

    [Fact]
    public async Task Search_RanksExactDiacriticsFirst_AndFacetsCount()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var marker = app.Unique("Mận Hậu ");
        var folded = Fold(marker);
        // "Mạn" differs from "Mận" only in its tone mark: both match the folded query, the exact one ranks first.
        var other = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(marker.Replace("Mận", "Mạn"), price: 50_000, set: 7))).JsonAsync(HttpStatusCode.Created);
        var exact = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(marker, price: 250_000, set: 1))).JsonAsync(HttpStatusCode.Created);

        var byExact = await (await app.Anonymous().GetAsync($"/api/v1/products?q={Uri.EscapeDataString(marker)}")).JsonAsync();
        Assert.Equal(2, byExact.GetProperty("total").GetInt32());
        Assert.Equal(exact.GetProperty("id").GetInt32(), byExact.GetProperty("items")[0].GetProperty("id").GetInt32());

        var facets = byExact.GetProperty("facets");
        Assert.Equal(1, facets.GetProperty("sets").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "7").GetProperty("count").GetInt32());
        Assert.Equal(2, facets.GetProperty("provinces").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "14").GetProperty("count").GetInt32());

        var filtered = await (await app.Anonymous().GetAsync($"/api/v1/products?q={folded}&set=7")).JsonAsync();
        Assert.Equal(other.GetProperty("id").GetInt32(), filtered.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        // Disjunctive facets: the set facet still counts the other set while set=7 is applied.
        Assert.Equal(2, filtered.GetProperty("facets").GetProperty("sets").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));

        var priced = await (await app.Anonymous().GetAsync($"/api/v1/products?q={folded}&minPrice=100000&sort=price_desc")).JsonAsync();
        Assert.Equal(1, priced.GetProperty("total").GetInt32());
        var hidden = await app.Anonymous().GetAsync($"/api/v1/products?q={folded}&sort=cheapest");
        await hidden.AssertProblemAsync(HttpStatusCode.BadRequest, "sort");
    }

    [Fact]
    public async Task Products_OfTheSameName_GetDistinctSlugs()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var name = app.Unique("Chè Shan Tuyết ");
        var a = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(name))).JsonAsync(HttpStatusCode.Created);
        var b = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(name))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(a.GetProperty("slug").GetString() + "-2", b.GetProperty("slug").GetString());
    }

    private static string Fold(string s) => Ocop.Standards.Text.VietnameseText.Fold(s);
    private static string VietnameseSlug(string s) => Ocop.Standards.Text.VietnameseText.Slugify(s, 100);
}

[Collection(SqliteCollection.Name)] public sealed class RegistrationToSearchSqliteTests(SqliteApp app) : RegistrationToSearchTests(app);
[Collection(PostgresCollection.Name)] public sealed class RegistrationToSearchPostgresTests(PostgresApp app) : RegistrationToSearchTests(app);
