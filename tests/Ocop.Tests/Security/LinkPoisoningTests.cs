using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Ocop.Features.Identity;
using Ocop.Features.Insights;

namespace Ocop.Tests.Security;

/// <summary>
/// Issue 17 §1: absolute links come from App:PublicBaseUrl, never from the Host or X-Forwarded-* headers a client sends,
/// so a forged Host cannot make the platform e-mail a victim a reset link to the forger's site.
/// </summary>
public abstract class LinkPoisoningTests(OcopApp app)
{
    private HttpClient Forger() => app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false });

    [Fact]
    public async Task ResetRequest_WithAForgedHost_EmailsALinkOnTheConfiguredBase()
    {
        var victim = await app.CreateUserAsync(Roles.Buyer);
        var forger = Forger();
        forger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        forger.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var response = await forger.SubmitAsync("/tai-khoan/quen-mat-khau", ("Email", victim.Email!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var message = await app.WithDb(db => db.Outbox.Where(m => m.Recipient == victim.Email).SingleAsync());
        Assert.DoesNotContain("evil.example", message.Body);
        var link = message.Body.Split('\n').Single(l => l.Contains("token="));
        Assert.StartsWith(OcopApp.PublicBaseUrl + "/tai-khoan/dat-lai-mat-khau?", link);
    }

    [Fact]
    public async Task FeedsAndResolver_OnAForgedHost_LinkToTheConfiguredBase()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Chè Tà Xùa ")))).EnsureSuccessStatusCode();
        var forger = Forger();
        var xml = XDocument.Parse(await (await forger.GetAsync($"/api/v1/feeds/google-merchant.xml?producer={producer.Slug}")).Content.ReadAsStringAsync());
        XNamespace g = MarketplaceFeeds.GoogleNamespace;
        var link = (string?)xml.Root!.Element("channel")!.Element("item")!.Element(g + "link");
        Assert.StartsWith(OcopApp.PublicBaseUrl + "/san-pham/", link);

        var resolver = await (await forger.GetAsync("/.well-known/gs1resolver")).JsonAsync();
        Assert.Equal(OcopApp.PublicBaseUrl, resolver.GetProperty("resolverRoot").GetString());
    }
}

[Collection(SqliteCollection.Name)] public sealed class LinkPoisoningSqliteTests(SqliteApp app) : LinkPoisoningTests(app);
[Collection(PostgresCollection.Name)] public sealed class LinkPoisoningPostgresTests(PostgresApp app) : LinkPoisoningTests(app);
