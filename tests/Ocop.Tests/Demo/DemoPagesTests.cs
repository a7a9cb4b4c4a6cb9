using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Data.Demo;
using Ocop.Features.Commerce;
using Ocop.Features.Livestream;
using Ocop.Features.Traceability;

namespace Ocop.Tests.Demo;

/// <summary>
/// What people see of the demo data: every page says it is demo data (and only when it is); the ended Sơn La
/// session shows its real figures and no order form; the home page leads with a session on air; the buyer's
/// order names its carrier; the product page links its lots' trace pages.
/// </summary>
public abstract class DemoPagesTests
{
    protected abstract OcopApp NewApp();

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(body);
    }

    [Fact]
    public async Task DemoData_IsShownAsSuch_AndItsPagesShowWhatHappened()
    {
        await using var app = NewApp();
        await app.InitializeAsync();
        var anonymous = app.Anonymous();
        // No demo data, no notice (the query string keeps the home page's output cache out of the way).
        Assert.DoesNotContain("demo-notice", await PageAsync(anonymous, "/?before=seed"));
        Assert.DoesNotContain("demo-notice", await PageAsync(anonymous, "/tim-kiem?before=seed"));

        using (var scope = app.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync());
        var sessions = await app.WithDb(db => db.LiveSessions.AsNoTracking().Select(s => new { s.Id, s.Status, s.ScheduledAt }).ToListAsync());
        var ended = sessions.Single(s => s.Status == LiveStatus.Ended).Id;
        var next = sessions.Where(s => s.Status == LiveStatus.Scheduled).OrderBy(s => s.ScheduledAt).First().Id;

        // Every page says the data is demo data.
        foreach (var url in new[] { "/tim-kiem", "/livestream", "/dang-nhap", "/chung-nhan" })
            Assert.Contains("id=\"demo-notice\"", await PageAsync(anonymous, url));

        // The ended session: 2,350 orders shown (vi-VN digit grouping), its products, no order form and no live panels.
        var past = await PageAsync(anonymous, $"/livestream/{ended}");
        Assert.Matches(new Regex("id=\"final-orders\">2\\.350<"), past);
        Assert.Contains("Nhãn Sông Mã", past);
        Assert.DoesNotContain("live-buy-form", past);
        Assert.DoesNotContain("id=\"live-deals\"", past);
        Assert.DoesNotContain("id=\"live-ticker\"", past);
        // A scheduled session still takes orders on its page.
        Assert.Contains("live-buy-form", await PageAsync(anonymous, $"/livestream/{next}"));

        // Nothing on air: the home page shows no live box; the host starts the session and the home page leads with it.
        Assert.DoesNotContain("class=\"live-now\"", await PageAsync(anonymous, "/?live=before"));
        var host = await app.LoginAsync("livestream@ocop.example", DemoSeeder.Password);
        await (await host.PostAsync($"/api/v1/livestreams/{next}/start", null)).JsonAsync();
        var home = await PageAsync(anonymous, "/?live=after");
        Assert.Contains("class=\"live-now\"", home);
        Assert.Contains($"href=\"/livestream/{next}\"", home);
        Assert.Contains("id=\"demo-notice\"", home);

        // The buyer's order names its carrier; the API gives code and name.
        var buyer = await app.LoginAsync("nguoimua@ocop.example", DemoSeeder.Password);
        var buyerId = await app.WithDb(db => db.Users.AsNoTracking().Where(u => u.Email == "nguoimua@ocop.example").Select(u => u.Id).SingleAsync());
        var order = await app.WithDb(db => db.Orders.AsNoTracking().Where(o => o.BuyerId == buyerId).OrderBy(o => o.Id)
            .Select(o => new { o.Code, o.CarrierCode }).FirstAsync());
        var carrier = await app.WithDb(db => db.Carriers.AsNoTracking().Where(c => c.Code == order.CarrierCode).Select(c => c.Name).SingleAsync());
        var detail = await PageAsync(buyer, $"/don-hang/{order.Code}");
        Assert.Contains($"<dd>{carrier}", detail);
        Assert.DoesNotContain($"<dd>{order.CarrierCode}", detail);
        var json = await (await buyer.GetAsync($"/api/v1/orders/{order.Code}")).JsonAsync();
        Assert.Equal((order.CarrierCode, carrier), (json.GetProperty("carrier").GetString(), json.GetProperty("carrierName").GetString()));

        // The product page links each of its lots' trace pages.
        var productId = await app.WithDb(db => db.Products.AsNoTracking().Where(p => p.Slug == "nhan-song-ma").Select(p => p.Id).SingleAsync());
        var lots = await app.WithDb(db => db.Lots.AsNoTracking().Where(l => l.ProductId == productId).OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => l.Id).ToListAsync());
        Assert.NotEmpty(lots);
        var product = await PageAsync(anonymous, "/san-pham/nhan-song-ma");
        Assert.All(lots.Take(5), id => Assert.Contains($"href=\"/truy-xuat/{id}\"", product));
    }
}

public sealed class DemoPagesSqliteTests : DemoPagesTests { protected override OcopApp NewApp() => new SqliteApp(); }
public sealed class DemoPagesPostgresTests : DemoPagesTests { protected override OcopApp NewApp() => new PostgresApp(); }
