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
    /// <summary>
    /// Entity Framework's query warnings (a <c>First</c> without order or filter, a row limit without order)
    /// become exceptions: the tests and the browser suite run with it on, so a query whose result depends on
    /// the engine's row order fails there instead of logging on the first requests. Off by default.
    /// </summary>
    public bool QueryWarningsAsErrors { get; set; }
}
