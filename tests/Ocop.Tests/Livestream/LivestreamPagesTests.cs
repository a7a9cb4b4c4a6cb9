namespace Ocop.Tests.Livestream;

/// <summary>The livestream pages render for viewers and hosts; the host pages refuse others.</summary>
public abstract class LivestreamPagesTests(OcopApp app)
{
    [Fact]
    public async Task ViewerAndHostPages_Render()
    {
        var live = await app.LiveSessionAsync();
        await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/pin", new { productId = live.ProductId })).JsonAsync();
        await app.OpenDealAsync(live);
        var list = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync("/livestream"));
        Assert.Contains("Chợ phiên OCOP – Sơn La", list);
        var viewer = await app.Anonymous().GetStringAsync($"/livestream/{live.SessionId}");
        Assert.Contains("https://www.youtube.com/embed/abcdefghijk", viewer);
        Assert.Contains("data-buy-deal=\"live-", viewer);
        foreach (var page in new[] { "dieu-khien", "bao-cao", "kich-ban" })
        {
            var response = await live.Host.GetAsync($"/livestream/{live.SessionId}/{page}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
        var sheet = WebUtility.HtmlDecode(await live.Host.GetStringAsync($"/livestream/{live.SessionId}/kich-ban"));
        Assert.Contains("KỊCH BẢN LIVESTREAM", sheet);
        var report = await live.Host.GetStringAsync($"/livestream/{live.SessionId}/bao-cao");
        Assert.Contains("<svg", report);
        var stranger = await app.LoginAsNewAsync(Ocop.Features.Identity.Roles.Buyer);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/livestream/{live.SessionId}/dieu-khien")).StatusCode);
    }

    [Fact]
    public async Task PlatformFigures_ImportFromCsv()
    {
        var live = await app.LiveSessionAsync(start: false);
        using var content = new StringContent("metric,value\nreach,\"20,350,000\"\nviewers,572000\nviews,1.240.000\ninteractions,86500\n", System.Text.Encoding.UTF8, "text/csv");
        var saved = await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/platform-figures/csv", content)).JsonAsync();
        Assert.Equal(20_350_000, saved.GetProperty("reach").GetInt64());
        Assert.Equal(1_240_000, saved.GetProperty("views").GetInt64());
        using var bad = new StringContent("metric,value\nfoo,1\n", System.Text.Encoding.UTF8, "text/csv");
        await (await live.Host.PostAsync($"/api/v1/livestreams/{live.SessionId}/platform-figures/csv", bad)).AssertProblemAsync(HttpStatusCode.BadRequest, "csv");
    }
}

[Collection(SqliteCollection.Name)] public sealed class LivestreamPagesSqliteTests(SqliteApp app) : LivestreamPagesTests(app);
[Collection(PostgresCollection.Name)] public sealed class LivestreamPagesPostgresTests(PostgresApp app) : LivestreamPagesTests(app);
