using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ocop.Data;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// The application over HTTP on one database engine, with a fresh database of its own. Intent
/// methods create users and producers and log in, so tests read as the scenario they check.
/// </summary>
public abstract class OcopApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test@2026pass";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ocop-tests-" + Guid.NewGuid().ToString("N"));
    private int _counter;

    /// <summary>Where the platform says it lives (links in e-mails, QR codes, feeds); the test server answers on it.</summary>
    public const string PublicBaseUrl = "http://localhost";

    /// <summary>The base this host is configured with and its clients use.</summary>
    public virtual string BaseUrl => PublicBaseUrl;

    public abstract DatabaseProvider Engine { get; }
    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:PublicBaseUrl", BaseUrl);
        builder.UseSetting("Database:Provider", Engine.ToString());
        builder.UseSetting("ConnectionStrings:Ocop", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Database:QueryWarningsAsErrors", "true");
        builder.UseSetting("Media:Root", Path.Combine(_dir, "media"));
        builder.UseSetting("Media:MaxImageBytes", (200 * 1024).ToString());
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("RateLimits:RegisterPerHour", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeer>());
    }

    public string TempDir => _dir;

    public virtual Task InitializeAsync()
    {
        _ = Server; // start the host: migrations and reference data run now
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}x{Guid.NewGuid().ToString("N")[..6]}";

    public async Task<T> WithDb<T>(Func<OcopDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDb>());
    }

    public async Task<AppUser> CreateUserAsync(string role, string? province = null, string? commune = null, int? producerId = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = Unique(role) + "@test.example";
        var user = new AppUser
        {
            UserName = email, Email = email, FullName = "Test " + role, EmailConfirmed = true,
            ProvinceCode = province, CommuneCode = commune, ProducerId = producerId, CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(";", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(BaseUrl) });

    public async Task<HttpClient> LoginAsync(AppUser user) => await LoginAsync(user.Email!, Password);

    public async Task<HttpClient> LoginAsync(string email, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<HttpClient> LoginAsNewAsync(string role, string? province = null, string? commune = null, int? producerId = null) =>
        await LoginAsync(await CreateUserAsync(role, province, commune, producerId));

    /// <summary>A verified producer in Sơn La's Xã Sông Mã (or the given commune), with its owner logged in.</summary>
    public async Task<(Producer Producer, HttpClient Owner)> VerifiedProducerAsync(string commune = "04168", string province = "14", bool verified = true)
    {
        var producer = await WithDb(async db =>
        {
            var p = NewProducer(commune, province, verified ? ProducerStatus.Verified : ProducerStatus.Pending);
            db.Producers.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var owner = await LoginAsNewAsync(Roles.Producer, province, producerId: producer.Id);
        return (producer, owner);
    }

    /// <summary>A cooperative with a unique name and a Vietcombank account, not yet saved; <paramref name="registered"/> defaults to now.</summary>
    public Producer NewProducer(string commune, string province, ProducerStatus status, DateTime? registered = null)
    {
        var name = Unique("HTX Thử nghiệm ");
        var at = registered ?? DateTime.UtcNow;
        return new Producer
        {
            Name = name, Slug = Standards.Text.VietnameseText.Slugify(name), LegalForm = LegalForm.Cooperative, RepresentativeName = "Lò Văn Test",
            RepresentativeGender = Gender.Male, Phone = "0912345678", CommuneCode = commune, ProvinceCode = province,
            Status = status, CreatedAt = at, UpdatedAt = at,
            BankBin = "970436", BankAccountNumber = "0123456789", BankAccountName = "HTX THU NGHIEM",
        };
    }

    public static object ProductBody(string name, long price = 120_000, int set = 1, string? gtin = null, string status = "Listed", int stock = 50) => new
    {
        name, setCode = set, unit = "hộp", netWeightGrams = 1000, price, stock, gtin, status,
        description = "Mô tả thử nghiệm", story = "Câu chuyện **sản phẩm**.",
    };
}

public class SqliteApp : OcopApp
{
    public override DatabaseProvider Engine => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(TempDir, "ocop.db")}";
}

/// <summary>
/// PostgreSQL: a fresh database on the server started by ./test.sh (OCOP_TEST_POSTGRES). Without
/// that server the tests fail and say how to run them: they are never silently skipped.
/// </summary>
public class PostgresApp : OcopApp
{
    private readonly string _database = "ocop_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("OCOP_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OCOP_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server.");

    public override DatabaseProvider Engine => DatabaseProvider.Postgres;

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _database }.ToString();

    public override async Task InitializeAsync()
    {
        await CreateDatabaseAsync(_database);
        await base.InitializeAsync();
    }

    public static async Task CreateDatabaseAsync(string name)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync(_database);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp> { public const string Name = "sqlite"; }

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp> { public const string Name = "postgres"; }
