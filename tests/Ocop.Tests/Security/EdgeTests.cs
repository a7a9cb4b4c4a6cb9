using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Identity;

namespace Ocop.Tests.Security;

/// <summary>
/// Issue 17 §1, §5, §13, §16 on the application as deployed: only the configured host is served, forwarded headers
/// are believed only from the configured proxy, a stranger cannot lock the owner out, sign-in timing does not tell
/// whether an account exists, HSTS lasts a year and the antiforgery cookie is Secure over HTTPS.
/// </summary>
public abstract class EdgeTests(OcopApp app)
{
    private HttpClient From(string peer, string? baseUrl = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseUrl ?? Edge.Base) });
        client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        return client;
    }

    private static Task<HttpResponseMessage> Token(HttpClient client, string email, string password, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { email, password }) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task AForgedHost_IsRefused()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await From(Edge.NewClientAddress(), "https://evil.example").GetAsync("/dang-nhap")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await From(Edge.NewClientAddress()).GetAsync("/dang-nhap")).StatusCode);
    }

    [Fact]
    public async Task RotatingForwardedFor_FromAnUntrustedClient_DoesNotDefeatTheLoginLimit()
    {
        var client = From(Edge.NewClientAddress());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Edge.LoginPerMinute; i++)
            statuses.Add((await Token(client, app.Unique("khong-co") + "@test.example", "Sai-mat-khau-9", forwardedFor: $"10.9.{i}.{i + 1}")).StatusCode);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TheTrustedProxy_ForwardsEachClientsOwnAddress()
    {
        var proxy = From(Edge.Proxy);
        for (var i = 0; i <= Edge.LoginPerMinute; i++)
        {
            var response = await Token(proxy, app.Unique("khong-co") + "@test.example", "Sai-mat-khau-9", forwardedFor: Edge.NewClientAddress());
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task AStranger_WhoGuessesWrong_LocksOutOnlyThemselves()
    {
        var owner = await app.CreateUserAsync(Roles.Producer);
        var stranger = From(Edge.NewClientAddress());
        for (var i = 0; i < PasswordSignIn.FailuresPerClient; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Token(stranger, owner.Email!, "Doan-sai-" + i)).StatusCode);
        await (await Token(stranger, owner.Email!, OcopApp.Password)).AssertProblemAsync(HttpStatusCode.TooManyRequests);

        var fromHome = await Token(From(Edge.NewClientAddress()), owner.Email!, OcopApp.Password);
        Assert.Equal(HttpStatusCode.OK, fromHome.StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmail_CostsTheSamePasswordHashing_AsAWrongPassword()
    {
        var hasher = (Edge.CountingHasher)app.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        var user = await app.CreateUserAsync(Roles.Buyer);
        var client = From(Edge.NewClientAddress());

        var before = hasher.Verifications;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, user.Email!, "Sai-mat-khau-9")).StatusCode);
        var known = hasher.Verifications - before;
        before = hasher.Verifications;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, app.Unique("khong-co") + "@test.example", "Sai-mat-khau-9")).StatusCode);
        var unknown = hasher.Verifications - before;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task OverHttps_HstsIsAYear_AndTheAntiforgeryCookieIsSecure()
    {
        var response = await From(Edge.NewClientAddress()).GetAsync("/dang-nhap");
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedProto_IsBelievedOnlyFromTheTrustedProxy()
    {
        static HttpRequestMessage Get() { var r = new HttpRequestMessage(HttpMethod.Get, "/dang-nhap"); r.Headers.Add("X-Forwarded-Proto", "https"); return r; }
        var spoofed = await From(Edge.NewClientAddress(), "http://ocop.test").SendAsync(Get());
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
        var proxied = await From(Edge.Proxy, "http://ocop.test").SendAsync(Get());
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
    }
}

[Collection(SqliteEdgeCollection.Name)] public sealed class EdgeSqliteTests(SqliteEdgeApp app) : EdgeTests(app);
[Collection(PostgresEdgeCollection.Name)] public sealed class EdgePostgresTests(PostgresEdgeApp app) : EdgeTests(app);
