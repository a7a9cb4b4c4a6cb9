using Microsoft.Data.Sqlite;

namespace Ocop.Data;

public static class DataModule
{
    /// <summary>Registers <see cref="OcopDb"/> on SQLite (default, file under data/) or PostgreSQL.</summary>
    public static IServiceCollection AddOcopData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString("Ocop");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("ConnectionStrings:Ocop is required when Database:Provider is Postgres.");
            connectionString = PostgresConnectionString(connectionString);
            services.AddDbContextPool<OcopDb>(o => Warnings(UsePostgres(o, connectionString), options));
        }
        else
        {
            connectionString = SqliteConnectionString(connectionString, env.ContentRootPath);
            services.AddDbContextPool<OcopDb>(o => Warnings(o.UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmas(), new InputGuard()), options));
        }
        services.AddScoped<Migrator>();
        services.AddSingleton<WriteGate>();
        return services;
    }

    /// <summary>With <see cref="DatabaseOptions.QueryWarningsAsErrors"/>, the query warnings whose results depend on row order throw.</summary>
    private static DbContextOptionsBuilder Warnings(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        options.QueryWarningsAsErrors
            ? builder.ConfigureWarnings(w => w.Throw(
                Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.FirstWithoutOrderByAndFilterWarning,
                Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning,
                Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning))
            : builder;

    /// <summary>PostgreSQL as the app uses it: no retries, and connections recovered after a failed auto-prepared statement.</summary>
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, n => n.EnableRetryOnFailure(0)).AddInterceptors(new PreparedStatementRecovery(), new InputGuard());

    /// <summary>
    /// The configured PostgreSQL connection string with the pool tuned for many short requests, unless
    /// the operator set these keys: a connection returned to the pool is not reset with <c>DISCARD ALL</c>
    /// (the app keeps no session state on pooled connections), so the statements Npgsql prepares
    /// automatically after two uses stay prepared and PostgreSQL skips parsing and planning them.
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        // Keys as the operator wrote them, spaces and case ignored ("No Reset On Close" = "NoResetOnClose").
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!given.Contains("NoResetOnClose")) builder.NoResetOnClose = true;
        if (!given.Contains("MaxAutoPrepare")) builder.MaxAutoPrepare = 100;
        if (!given.Contains("AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        // PostgreSQL's own plan cache decides between generic and per-value plans (plan_cache_mode=auto):
        // forcing a fresh plan for every execution cost a third of the database's CPU on checkout
        // (decision 0009), and ANALYZE re-plans cached statements as tables grow.
        return builder.ToString();
    }

    /// <summary>Default: <c>data/ocop.db</c> under the content root; the folder is created.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/ocop.db" : configured);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

/// <summary>Per-connection SQLite settings (WAL itself is persistent and set by the migrator).</summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(System.Data.Common.DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
        cmd.ExecuteNonQuery();
    }
}
