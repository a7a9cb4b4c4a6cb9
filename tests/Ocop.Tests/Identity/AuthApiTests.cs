using Ocop.Features.Identity;

namespace Ocop.Tests.Identity;

public abstract class AuthApiTests(OcopApp app)
{
    [Fact]
    public async Task Token_ForValidCredentials_IsAcceptedAsBearer()
    {
        var user = await app.CreateUserAsync(Roles.Province, "14");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = OcopApp.Password });
        var token = await response.JsonAsync();
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("14", me.GetProperty("provinceCode").GetString());
        Assert.Contains("province", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Token_WithWrongPassword_Is401Problem()
    {
        var user = await app.CreateUserAsync(Roles.Buyer);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "wrong-password1" });
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_AfterFiveFailures_IsLockedOut_EvenWithTheRightPassword()
    {
        var user = await app.CreateUserAsync(Roles.Buyer);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "wrong-password1" });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = OcopApp.Password });
        var problem = await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("khoá", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task DisabledAccount_GetsNoToken_AndItsTokenStopsWorking()
    {
        var target = await app.CreateUserAsync(Roles.Commune, "14", "04168");
        var before = await app.LoginAsync(target);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/me")).StatusCode);
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{target.Id}/disable", null)).StatusCode);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = target.Email, password = OcopApp.Password });
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{target.Id}/enable", null)).StatusCode);
        await app.LoginAsync(target);
    }

    [Fact]
    public async Task ProtectedApi_WithoutToken_Is401_NotARedirect()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var bad = app.Anonymous();
        bad.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_WritesALinkToTheOutbox_ThatSetsANewPassword()
    {
        var user = await app.CreateUserAsync(Roles.Buyer);
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            var reset = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PasswordReset>(scope.ServiceProvider);
            await reset.RequestAsync(user.Email);
        }
        var message = await app.WithDb(db => db.Outbox.Where(m => m.Recipient == user.Email).SingleAsync());
        var link = new Uri(message.Body.Split('\n').Single(l => l.StartsWith("http")));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            var reset = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PasswordReset>(scope.ServiceProvider);
            var bad = await reset.ResetAsync(user.Email, "tampered" + query["token"], "NewPass2026");
            Assert.False(bad.Ok);
            var ok = await reset.ResetAsync(user.Email, query["token"], "NewPass2026");
            Assert.True(ok.Ok, ok.Error?.Message);
        }
        await app.LoginAsync(user.Email!, "NewPass2026");
        var old = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = OcopApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }

    [Fact]
    public async Task Users_AdminSeesAll_ProvinceOfficerOnlyTheirProvince_BuyerNone()
    {
        var inSonLa = await app.CreateUserAsync(Roles.Commune, "14", "04168");
        var inHaTinh = await app.CreateUserAsync(Roles.Commune, "42");
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        var all = await (await admin.GetAsync("/api/v1/users?q=commune")).JsonAsync();
        Assert.Contains(all.EnumerateArray(), u => u.GetProperty("id").GetString() == inHaTinh.Id);

        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var scoped = await (await sonLa.GetAsync("/api/v1/users?q=commune")).JsonAsync();
        Assert.Contains(scoped.EnumerateArray(), u => u.GetProperty("id").GetString() == inSonLa.Id);
        Assert.DoesNotContain(scoped.EnumerateArray(), u => u.GetProperty("id").GetString() == inHaTinh.Id);

        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await buyer.GetAsync("/api/v1/users")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProvinceOfficer_CannotCreateUsersOutsideTheirProvince_OrOfficersOfTheirRank()
    {
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var outside = await sonLa.PostAsJsonAsync("/api/v1/users", new { fullName = "Cán bộ xã", email = app.Unique("x") + "@t.example", password = "Abcdef12", role = "commune", communeCode = "18073" });
        await outside.AssertProblemAsync(HttpStatusCode.Forbidden);
        var rank = await sonLa.PostAsJsonAsync("/api/v1/users", new { fullName = "Cán bộ tỉnh", email = app.Unique("x") + "@t.example", password = "Abcdef12", role = "province", provinceCode = "14" });
        await rank.AssertProblemAsync(HttpStatusCode.Forbidden);
        var ok = await sonLa.PostAsJsonAsync("/api/v1/users", new { fullName = "Cán bộ xã Sông Mã", email = app.Unique("x") + "@t.example", password = "Abcdef12", role = "commune", communeCode = "04168" });
        var created = await ok.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("14", created.GetProperty("provinceCode").GetString());
        var audit = await app.WithDb(db => db.AuditLog.AnyAsync(a => a.Action == "user.created" && a.EntityId == created.GetProperty("id").GetString()));
        Assert.True(audit);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AuthApiSqliteTests(SqliteApp app) : AuthApiTests(app);
[Collection(PostgresCollection.Name)] public sealed class AuthApiPostgresTests(PostgresApp app) : AuthApiTests(app);
