using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Tests.Infrastructure;

public abstract class PlatformTests(OcopApp app)
{
    [Fact]
    public async Task Health_LiveAndReady()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await app.Anonymous().GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task OpenApi_ListsEveryApiRoute()
    {
        var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var documented = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                $"{m} {System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimEnd('/'), @":\w+", "")}"))
            .ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Contains(r, documented));
        Assert.True(doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_WithAStrictCsp()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/provinces");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task UnknownApiRoute_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/api/v1/khong-co")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class PlatformSqliteTests(SqliteApp app) : PlatformTests(app);
[Collection(PostgresCollection.Name)] public sealed class PlatformPostgresTests(PostgresApp app) : PlatformTests(app);
