using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ocop.Data;
using Ocop.Features.Catalog;
using Ocop.Features.Producers;
using Ocop.Infrastructure;

namespace Ocop.Bench;

/// <summary>
/// <c>datagen</c>: a SQLite database migrated by the app's own <see cref="Migrator"/>, with the shipped
/// reference data and a deterministic catalogue of verified producers and listed products.
/// </summary>
public static class DataGen
{
    private const int BatchSize = 2000;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = await DatabaseAsync(args);
        var summary = await GenerateAsync(database, MediaRoot(args), args.Int("products", 10_000), args.Int("producers", 800), args.Int("seed", 2026),
            args.Int("events", 0));
        Console.WriteLine(summary);
        return 0;
    }

    /// <summary>
    /// <c>--db PATH</c> (SQLite file) or <c>--pg CONNECTION</c> (PostgreSQL; its database is created when missing,
    /// through the server's <c>postgres</c> database).
    /// </summary>
    public static async Task<BenchDatabase> DatabaseAsync(BenchArgs args)
    {
        if (args.Get("pg") is not { } pg)
        {
            var path = Path.GetFullPath(args.Required("db"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return Sqlite(path);
        }
        var target = new Npgsql.NpgsqlConnectionStringBuilder(pg);
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(pg) { Database = "postgres" };
        await using var conn = new Npgsql.NpgsqlConnection(admin.ToString());
        await conn.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn);
        exists.Parameters.AddWithValue("n", target.Database!);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", conn);
            await create.ExecuteNonQueryAsync();
        }
        return new BenchDatabase("Postgres", target.ToString(), $"PostgreSQL {target.Host}:{target.Port}/{target.Database}");
    }

    /// <summary>Media beside the SQLite file, or <c>--media DIR</c> (a temporary folder for PostgreSQL when not given).</summary>
    public static string MediaRoot(BenchArgs args) =>
        args.Get("media") ?? (args.Get("pg") is null ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args.Required("db")))!, "media")
            : Path.Combine(Path.GetTempPath(), "ocop-bench-media"));

    public static Task<string> GenerateAsync(string path, int productCount, int producerCount, int seed, int eventCount = 0)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return GenerateAsync(Sqlite(path), Path.Combine(Path.GetDirectoryName(path)!, "media"), productCount, producerCount, seed, eventCount);
    }

    public static BenchDatabase Sqlite(string path) => new("Sqlite", $"Data Source={path}", path);

    /// <summary>The same catalogue on either engine (the app's own configuration keys choose it).</summary>
    public static async Task<string> GenerateAsync(BenchDatabase database, string mediaRoot, int productCount, int producerCount, int seed, int eventCount = 0)
    {
        var path = database.Label;
        var watch = Stopwatch.StartNew();
        await using var app = CreateApp(database, mediaRoot);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync();
            await ReferenceData.EnsureAsync(scope.ServiceProvider);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
            if (await db.Producers.AnyAsync())
                throw new InvalidOperationException($"{path} already has producers; datagen needs a new database.");
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var communes = (await db.Communes.AsNoTracking().Select(c => new { c.Code, c.ProvinceCode, c.Name, c.Type }).ToListAsync())
                .GroupBy(c => c.ProvinceCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new CommuneRef(c.Code, c.ProvinceCode, PlaceName(c.Name, c.Type))).ToArray())
                .ToArray();
            var provinceNames = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name);
            var catalogue = new CatalogueFaker(seed, communes, provinceNames, DateTime.UtcNow);

            var producers = Enumerable.Range(0, producerCount).Select(catalogue.Producer).ToList();
            await InsertAsync(db, producers);
            for (var start = 0; start < productCount; start += BatchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(BatchSize, productCount - start))
                    .Select(i => catalogue.Product(i, producers[catalogue.ProducerIndexFor(i, producers.Count)]))
                    .ToList();
                await InsertAsync(db, batch);
            }
            var trace = eventCount > 0 ? "; " + await TraceDataGen.GenerateAsync(db, eventCount) : "";
            var certified = await db.Products.CountAsync(p => p.CertificateNumber != null);
            var provinces = await db.Producers.Select(p => p.ProvinceCode).Distinct().CountAsync();
            return $"{path}: {producerCount} verified producers in {provinces} provinces, {productCount} listed products " +
                   $"({certified} with a certificate snapshot) in {watch.Elapsed.TotalSeconds:0.0} s{trace}";
        }
    }

    /// <summary>The application's services over a SQLite file, without starting the web host.</summary>
    public static WebApplication CreateApp(string path) => CreateApp(Sqlite(path), Path.Combine(Path.GetDirectoryName(path)!, "media"));

    /// <summary>The real app host (services only, not started) on the given database.</summary>
    public static WebApplication CreateApp(BenchDatabase database, string mediaRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Ocop"] = database.ConnectionString,
            ["Media:Root"] = mediaRoot,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddOcop();
        return builder.Build();
    }

    /// <summary>"Xã Tà Xùa" → "Tà Xùa": products and producers are named after the place, not the unit.</summary>
    private static string PlaceName(string name, string type) =>
        name.StartsWith(type + " ", StringComparison.OrdinalIgnoreCase) ? name[(type.Length + 1)..] : name;

    public static async Task InsertAsync<T>(OcopDb db, List<T> rows) where T : class
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
    }
}

public sealed record CommuneRef(string Code, string ProvinceCode, string Name);

/// <summary>A database the benchmark runs against: the app's provider name, its connection string, a label for reports.</summary>
public sealed record BenchDatabase(string Provider, string ConnectionString, string Label);
