namespace Ocop.Data.Demo;

/// <summary>
/// Whether this database holds the demo data (the seeder's mark in the audit log), read once at start-up
/// (<see cref="Infrastructure.StartupTasks"/>) and after a seed. Every page then says so in a notice, because
/// the demo's people, orders and figures (some reproduced from press reports) are not real.
/// </summary>
public sealed class DemoData
{
    /// <summary>The audit action the seeder records with the demo data.</summary>
    public const string SeededAction = "demo.seeded";

    public bool Loaded { get; private set; }

    public async Task RefreshAsync(OcopDb db, CancellationToken ct = default) =>
        Loaded = await db.AuditLog.AsNoTracking().AnyAsync(a => a.Action == SeededAction && a.EntityType == "demo", ct);
}
