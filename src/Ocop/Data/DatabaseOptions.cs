namespace Ocop.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Settings under <c>Database</c>; the connection string is <c>ConnectionStrings:Ocop</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Apply pending migrations at start-up (default in Development; production runs the <c>migrate</c> command).</summary>
    public bool MigrateOnStartup { get; set; }
    /// <summary>Load the deterministic demo data into an empty database at start-up.</summary>
    public bool SeedDemoData { get; set; }
}
