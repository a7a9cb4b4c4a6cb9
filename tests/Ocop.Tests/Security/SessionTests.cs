using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Identity;

namespace Ocop.Tests.Security;

/// <summary>
/// Issue 17 §8 (sessions end on the server), §13 (password policy) and §15 (cookie-authenticated API writes need the
/// platform's own origin or antiforgery; bearer calls are unaffected).
/// </summary>
public abstract class SessionTests(OcopApp app)
{
    /// <summary>Signs in through the login page; returns the browser's client and its sign-in cookie as sent.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInOnThePageAsync(AppUser user)
    {
        var browser = app.Anonymous();
        var response = await browser.SubmitAsync("/dang-nhap", ("Email", user.Email!), ("Password", OcopApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(IdentityModule.AuthCookie + "=", StringComparison.Ordinal));
        return (browser, cookie.Split(';')[0]);
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task ACopiedCookie_StopsWorking_AfterSignOut()
    {
        var user = await app.CreateUserAsync(Roles.Buyer);
        var (browser, cookie) = await SignInOnThePageAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookie).GetAsync("/api/v1/me")).StatusCode);

        var signedOut = await browser.SubmitAsync("/dang-xuat");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).GetAsync("/api/v1/me")).StatusCode);
        await app.LoginAsync(user); // the account itself still signs in
    }

    [Fact]
    public async Task ABearerToken_StopsWorking_AfterAPasswordReset()
    {
        var user = await app.CreateUserAsync(Roles.Producer);
        var api = await app.LoginAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var token = await users.GeneratePasswordResetTokenAsync(await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException());
            var encoded = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
            var result = await scope.ServiceProvider.GetRequiredService<PasswordReset>().ResetAsync(user.Email, encoded, "Mới-đổi-2026 sông Mã");
            Assert.True(result.Ok, result.Error?.Message);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        await app.LoginAsync(user.Email!, "Mới-đổi-2026 sông Mã");
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("P@ssw0rd!")]
    [InlineData("Matkhau@123")]
    [InlineData("12345678910")]
    [InlineData("aaaaaaa1")]
    public async Task AWeakPassword_IsRefused_WithAVietnameseReason(string password)
    {
        using var scope = app.Services.CreateScope();
        var email = app.Unique("yeu") + "@test.example";
        var result = await scope.ServiceProvider.GetRequiredService<RegisterAccount>().RunAsync(new RegisterAccountRequest("Người Mua Thử", email, password, null));
        Assert.False(result.Ok);
        Assert.StartsWith("Mật khẩu", Assert.Single(result.Error!.Fields!["password"]));
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task AGoodPassphrase_IsAccepted()
    {
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<RegisterAccount>()
            .RunAsync(new RegisterAccountRequest("Người Mua Thử", app.Unique("tot") + "@test.example", "nhãn Sông Mã ngọt 2026", null));
        Assert.True(result.Ok, result.Error?.Message);
    }

    [Fact]
    public async Task ACrossOriginCookieWrite_IsRefused_WhileTheSameOriginAndBearerWork()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var target = await app.CreateUserAsync(Roles.Buyer);
        var (_, cookie) = await SignInOnThePageAsync(admin);

        async Task<HttpStatusCode> Disable(string? origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{target.Id}/disable")
            { Content = new FormUrlEncodedContent([]) };
            if (origin is not null) request.Headers.Add("Origin", origin);
            return (await WithCookie(cookie).SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await Disable("http://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await Disable(null));
        Assert.False(await app.WithDb(db => db.Users.Where(u => u.Id == target.Id).Select(u => u.Disabled).SingleAsync()));

        Assert.Equal(HttpStatusCode.NoContent, await Disable(OcopApp.PublicBaseUrl));
        var bearer = await app.LoginAsync(admin);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync($"/api/v1/users/{target.Id}/enable", null)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class SessionSqliteTests(SqliteApp app) : SessionTests(app);
[Collection(PostgresCollection.Name)] public sealed class SessionPostgresTests(PostgresApp app) : SessionTests(app);
