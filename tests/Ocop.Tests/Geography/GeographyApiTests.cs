using System.Net;
using Ocop.Tests.Infrastructure;

namespace Ocop.Tests.Geography;

public abstract class GeographyApiTests(OcopApp app)
{
    [Fact]
    public async Task Provinces_Are34_WithOfficialCodes_AndNamesWithoutPrefix()
    {
        var list = await (await app.Anonymous().GetAsync("/api/v1/provinces")).JsonAsync();
        Assert.Equal(34, list.GetArrayLength());
        var sonLa = list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "14");
        Assert.Equal("Sơn La", sonLa.GetProperty("name").GetString());
        Assert.Equal("Tỉnh Sơn La", sonLa.GetProperty("fullName").GetString());
        Assert.Equal("Hà Nội", list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "01").GetProperty("name").GetString());
        Assert.Equal(3321, list.EnumerateArray().Sum(p => p.GetProperty("communes").GetInt32()));
    }

    [Fact]
    public async Task Communes_OfSonLa_IncludeXaSongMa()
    {
        var list = await (await app.Anonymous().GetAsync("/api/v1/provinces/14/communes")).JsonAsync();
        var songMa = list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "04168");
        Assert.Equal("Xã Sông Mã", songMa.GetProperty("name").GetString());
        Assert.All(list.EnumerateArray(), c => Assert.Equal("14", c.GetProperty("provinceCode").GetString()));
    }

    [Fact]
    public async Task Communes_OfUnknownProvince_Is404Problem()
    {
        await (await app.Anonymous().GetAsync("/api/v1/provinces/99/communes")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LegacyProvinces_MapToTheirSuccessors()
    {
        var (bacGiang, tienGiang) = await app.WithDb(async db => (
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.LegacyProvinces, l => l.Code == "24"),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.LegacyProvinces, l => l.Code == "82")));
        Assert.Equal("24", bacGiang.SuccessorCode); // Bắc Giang → Bắc Ninh (24)
        Assert.Equal("Tỉnh Bắc Giang", bacGiang.FullName);
        Assert.Equal("82,80", tienGiang.SuccessorCodes); // Tiền Giang split between Đồng Tháp and Tây Ninh
        Assert.Equal(63, await app.WithDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.LegacyProvinces)));
    }
}

[Collection(SqliteCollection.Name)] public sealed class GeographyApiSqliteTests(SqliteApp app) : GeographyApiTests(app);
[Collection(PostgresCollection.Name)] public sealed class GeographyApiPostgresTests(PostgresApp app) : GeographyApiTests(app);
