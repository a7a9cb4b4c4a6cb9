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
            services.AddDbContextPool<OcopDb>(o => o.UseNpgsql(connectionString, n => n.EnableRetryOnFailure(0)));
        }
        else
        {
            connectionString = SqliteConnectionString(connectionString, env.ContentRootPath);
            services.AddDbContextPool<OcopDb>(o => o.UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmas()));
        }
        services.AddScoped<Migrator>();
        services.AddSingleton<WriteGate>();
        return services;
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
