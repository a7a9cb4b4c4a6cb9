using Ocop.Features.Identity;

namespace Ocop.Tests.Insights;

/// <summary>Who may read programme statistics, and in which scope: every role is checked.</summary>
public abstract class StatisticsPermissionTests(OcopApp app)
{
    [Theory]
    [InlineData(Roles.Admin, null, HttpStatusCode.OK)]
    [InlineData(Roles.Central, null, HttpStatusCode.OK)]
    [InlineData(Roles.Province, "14", HttpStatusCode.OK)]
    [InlineData(Roles.Commune, "14", HttpStatusCode.OK)]
    [InlineData(Roles.Council, "14", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Producer, "14", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Buyer, null, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Livestream, null, HttpStatusCode.Forbidden)]
    [InlineData(Roles.B2bBuyer, null, HttpStatusCode.Forbidden)]
    public async Task CatalogStatistics_ByRole(string role, string? province, HttpStatusCode expected)
    {
        var client = await app.LoginAsNewAsync(role, province, role == Roles.Commune ? "04168" : null);
        var response = await client.GetAsync("/api/v1/stats/catalog");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ProvincialOfficer_SeesOnlyTheirProvince_AndCannotAskForAnother()
    {
        await app.VerifiedProducerAsync();
        await app.VerifiedProducerAsync("18073", "42");
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var stats = await (await sonLa.GetAsync("/api/v1/stats/catalog")).JsonAsync();
        Assert.Equal("14", stats.GetProperty("provinceScope").GetString());
        Assert.All(stats.GetProperty("producersByProvince").EnumerateArray(), r => Assert.Equal("14", r.GetProperty("key").GetString()));
        Assert.True(stats.TryGetProperty("asOf", out _));
        await (await sonLa.GetAsync("/api/v1/stats/catalog?province=42")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var central = await app.LoginAsNewAsync(Roles.Central);
        var national = await (await central.GetAsync("/api/v1/stats/catalog")).JsonAsync();
        var provinces = national.GetProperty("producersByProvince").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToList();
        Assert.Contains("14", provinces);
        Assert.Contains("42", provinces);
    }

    [Fact]
    public async Task CatalogStatistics_Csv_CarriesTheAsOfTimeAndRows()
    {
        await app.VerifiedProducerAsync();
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        var response = await admin.GetAsync("/api/v1/stats/catalog.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("số liệu tại", text);
        Assert.Contains("chu_the_theo_tinh,14,Sơn La,", text);
    }

    [Fact]
    public async Task OfficerProducerList_IsScoped_PublicListShowsOnlyVerified()
    {
        var (pending, _) = await app.VerifiedProducerAsync(verified: false);
        var (otherProvince, _) = await app.VerifiedProducerAsync("18073", "42", verified: false);
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var queue = await (await sonLa.GetAsync("/api/v1/producers?officer=true&status=Pending&pageSize=200")).JsonAsync();
        var ids = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(pending.Id, ids);
        Assert.DoesNotContain(otherProvince.Id, ids);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await buyer.GetAsync("/api/v1/producers?officer=true")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/producers/{pending.Id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class StatisticsPermissionSqliteTests(SqliteApp app) : StatisticsPermissionTests(app);
[Collection(PostgresCollection.Name)] public sealed class StatisticsPermissionPostgresTests(PostgresApp app) : StatisticsPermissionTests(app);
