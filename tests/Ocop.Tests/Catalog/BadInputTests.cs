using System.Net.Http.Headers;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Tests.Catalog;

/// <summary>Each refusal carries a clear Vietnamese problem and changes nothing.</summary>
public abstract class BadInputTests(OcopApp app)
{
    public static TheoryData<string, object, string> InvalidProducts => new()
    {
        { "gtin check digit", OcopApp.ProductBody("Gạo ST25 túi 5kg", gtin: "8934567890124"), "gtin" },
        { "gtin length", OcopApp.ProductBody("Gạo ST25 túi 5kg", gtin: "12345"), "gtin" },
        { "negative price", OcopApp.ProductBody("Gạo ST25 túi 5kg", price: -1), "price" },
        { "zero price", OcopApp.ProductBody("Gạo ST25 túi 5kg", price: 0), "price" },
        { "absurd price", OcopApp.ProductBody("Gạo ST25 túi 5kg", price: 5_000_000_000), "price" },
        { "script in name", OcopApp.ProductBody("<script>alert(1)</script>"), "name" },
        { "html in name", OcopApp.ProductBody("Gạo <b>ngon</b>"), "name" },
        { "unknown set", OcopApp.ProductBody("Gạo ST25 túi 5kg", set: 27), "setCode" },
        { "negative stock", OcopApp.ProductBody("Gạo ST25 túi 5kg", stock: -5), "stock" },
    };

    [Theory]
    [MemberData(nameof(InvalidProducts))]
    public async Task CreateProduct_WithBadInput_IsRefused_AndNothingIsStored(string why, object body, string field)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var response = await owner.PostAsJsonAsync("/api/v1/products", body);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.False(await app.WithDb(db => db.Products.AnyAsync(p => p.ProducerId == producer.Id)), why);
    }

    [Fact]
    public async Task ValidGtin_IsAccepted()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var gtin = "893" + "123456789";
        gtin += Ocop.Standards.Gs1.Gs1CheckDigit.Compute(gtin);
        var created = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Mật ong bạc hà "), gtin: gtin))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(gtin, created.GetProperty("gtin").GetString());
    }

    [Fact]
    public async Task ProducerEditingAnotherProducersProduct_IsForbidden_AndNothingChanges()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var (_, intruder) = await app.VerifiedProducerAsync();
        var name = app.Unique("Cà phê bột ");
        var product = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(name))).JsonAsync(HttpStatusCode.Created);
        var id = product.GetProperty("id").GetInt32();
        await (await intruder.PutAsJsonAsync($"/api/v1/products/{id}", OcopApp.ProductBody("Đã bị sửa", price: 1))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await intruder.PostAsJsonAsync($"/api/v1/products/{id}/status", new { status = "Hidden" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var stored = await app.WithDb(db => db.Products.SingleAsync(p => p.Id == id));
        Assert.Equal(name, stored.Name);
        Assert.Equal(120_000, stored.Price);
        Assert.Equal(ProductStatus.Listed, stored.Status);
    }

    [Fact]
    public async Task UnknownCommune_IsRefused()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/producers/register", new
        {
            producer = new { name = "HTX Không Tồn Tại", legalForm = "Cooperative", representativeName = "A", representativeGender = "Male", phone = "0912345678", communeCode = "99999" },
            accountEmail = app.Unique("c") + "@t.example", accountPassword = "Abcdef12",
        });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "communeCode");
        Assert.False(await app.WithDb(db => db.Producers.AnyAsync(p => p.Name == "HTX Không Tồn Tại")));
    }

    [Fact]
    public async Task OfficerOutsideTheirProvince_CannotVerify_CreateOrEdit()
    {
        var (producer, _) = await app.VerifiedProducerAsync(verified: false);
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        await (await haTinh.PostAsync($"/api/v1/producers/{producer.Id}/verify", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/reject", new { reason = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.PostAsJsonAsync("/api/v1/products?producerId=" + producer.Id, OcopApp.ProductBody("Sản phẩm lạ"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var commune = await app.LoginAsNewAsync(Roles.Commune, "42", "18073");
        await (await commune.PostAsJsonAsync("/api/v1/producers", new
        {
            producer = new { name = "Hộ ông Lò Văn Páo", legalForm = "FarmHousehold", representativeName = "Lò Văn Páo", representativeGender = "Male", phone = "0987654321", communeCode = "04168" },
        })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var stored = await app.WithDb(db => db.Producers.SingleAsync(p => p.Id == producer.Id));
        Assert.Equal(Ocop.Features.Producers.ProducerStatus.Pending, stored.Status);
        Assert.False(await app.WithDb(db => db.Producers.AnyAsync(p => p.Name == "Hộ ông Lò Văn Páo")));
    }

    [Fact]
    public async Task RejectWithoutReason_IsRefused()
    {
        var (producer, _) = await app.VerifiedProducerAsync(verified: false);
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        await (await sonLa.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/reject", new { reason = " " })).AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        var rejected = await (await sonLa.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/reject", new { reason = "Thiếu giấy đăng ký kinh doanh" })).JsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
    }

    [Fact]
    public async Task PhotoUpload_ChecksContentAndSize()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        var product = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Trà vỏ cà phê ")))).JsonAsync(HttpStatusCode.Created);
        var id = product.GetProperty("id").GetInt32();

        // A script named .png with an image content type is still not an image.
        var fake = await owner.PostAsync($"/api/v1/products/{id}/photos", File("photo.png", "image/png", "<script>alert(1)</script>"u8.ToArray()));
        await fake.AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        var big = new byte[300 * 1024];
        TinyPng.CopyTo(big, 0);
        await (await owner.PostAsync($"/api/v1/products/{id}/photos", File("big.png", "image/png", big))).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        Assert.Equal(0, await app.WithDb(db => db.ProductPhotos.CountAsync(p => p.ProductId == id)));

        var ok = await (await owner.PostAsync($"/api/v1/products/{id}/photos", File("ok.png", "application/octet-stream", TinyPng))).JsonAsync(HttpStatusCode.Created);
        var media = await app.Anonymous().GetAsync(ok.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TinyPng, await media.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StoryWithHtml_IsStoredAsText_AndNeverRenderedAsMarkup()
    {
        var html = Ocop.Infrastructure.MarkdownText.ToHtml("Ngon <script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("&lt;script&gt;", html);
        await Task.CompletedTask;
    }

    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }
}

[Collection(SqliteCollection.Name)] public sealed class BadInputSqliteTests(SqliteApp app) : BadInputTests(app);
[Collection(PostgresCollection.Name)] public sealed class BadInputPostgresTests(PostgresApp app) : BadInputTests(app);
