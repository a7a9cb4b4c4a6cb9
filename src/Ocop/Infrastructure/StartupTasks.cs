using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Infrastructure;

/// <summary>
/// Runs before the server accepts requests: migrations (when configured), reference data
/// (roles, administrative units) and, when asked, the demo data on an empty database.
/// </summary>
public sealed class StartupTasks(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<OcopDb>();
        // Nodes starting together on one PostgreSQL database take turns: the first migrates and
        // loads the reference data, the others then find it there (a session lock on this
        // scope's connection, which stays open until the work is done).
        var shared = db.Database.IsNpgsql();
        if (shared)
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7412027)", ct);
        }
        try
        {
            var migrator = sp.GetRequiredService<Migrator>();
            if (options.MigrateOnStartup)
                await migrator.MigrateAsync(ct);
            else if ((await migrator.PendingAsync(ct)).Count > 0)
                throw new InvalidOperationException("The database schema is not up to date: run `dotnet Ocop.dll migrate` (or set Database:MigrateOnStartup).");
            await ReferenceData.EnsureAsync(sp, ct);
            if (options.SeedDemoData)
            {
                var seeded = await sp.GetRequiredService<Data.Demo.DemoSeeder>().SeedIfEmptyAsync(ct);
                if (seeded) logger.LogInformation("Demo data loaded");
            }
            await sp.GetRequiredService<Data.Demo.DemoData>().RefreshAsync(db, ct);
        }
        finally
        {
            if (shared)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7412027)", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Reference data every installation needs (not demo data): roles, administrative units, the shipped OCOP rubric.</summary>
public static class ReferenceData
{
    public static async Task EnsureAsync(IServiceProvider sp, CancellationToken ct = default)
    {
        await IdentityModule.EnsureRolesAsync(sp);
        var db = sp.GetRequiredService<OcopDb>();
        if (!await db.Provinces.AnyAsync(ct))
            await sp.GetRequiredService<ImportAdminUnits>().RunAsync(AdminUnitsEdition.Shipped(), ct);
        await Features.Certification.Rubrics.ShippedRubrics.EnsureAsync(db, sp.GetRequiredService<TimeProvider>(), ct);
        await Features.Commerce.CommerceReferenceData.EnsureAsync(sp, ct);
    }
}
