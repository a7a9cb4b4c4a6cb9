using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Features.Identity;

namespace Ocop.Tests.Security;

/// <summary>
/// The application as deployed: Production, its public base https://ocop.test, one reverse proxy it trusts
/// (<see cref="Proxy"/>), a login limit small enough to reach, and a password hasher that counts its work.
/// </summary>
public static class Edge
{
    public const string Base = "https://ocop.test";
    public const string Proxy = "192.0.2.10";
    public const int LoginPerMinute = 6;
    private static int _next;

    /// <summary>A client address of its own for each caller, so tests do not share rate-limit partitions.</summary>
    public static string NewClientAddress() { var n = Interlocked.Increment(ref _next); return $"203.0.{113 + n / 250}.{n % 250 + 1}"; }

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("RateLimits:LoginPerMinute", LoginPerMinute.ToString());
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        builder.ConfigureServices(s => s.AddSingleton<IPasswordHasher<AppUser>, CountingHasher>());
    }

    /// <summary>Identity's hasher, counting how many passwords it checked.</summary>
    public sealed class CountingHasher(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options) : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new(options);
        public int Verifications;
        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class SqliteEdgeApp : SqliteApp
{
    public override string BaseUrl => Edge.Base;
    protected override void ConfigureWebHost(IWebHostBuilder builder) { base.ConfigureWebHost(builder); Edge.Configure(builder); }
}

public sealed class PostgresEdgeApp : PostgresApp
{
    public override string BaseUrl => Edge.Base;
    protected override void ConfigureWebHost(IWebHostBuilder builder) { base.ConfigureWebHost(builder); Edge.Configure(builder); }
}

[CollectionDefinition(Name)] public sealed class SqliteEdgeCollection : ICollectionFixture<SqliteEdgeApp> { public const string Name = "sqlite-edge"; }
[CollectionDefinition(Name)] public sealed class PostgresEdgeCollection : ICollectionFixture<PostgresEdgeApp> { public const string Name = "postgres-edge"; }
