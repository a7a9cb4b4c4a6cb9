using System.Data.Common;
using System.Reflection;

namespace Ocop.Data;

/// <summary>
/// Applies the versioned SQL migrations embedded under <c>Data/Migrations/{Sqlite|Postgres}</c>
/// (files <c>NNNN_Name.sql</c>) in order, each in its own transaction, recording them in
/// <c>__ocop_migrations</c>. dotnet-ef is not available here, so migrations are plain SQL; a test
/// proves on both engines that the migrated schema equals the schema EF derives from the model.
/// See docs/decisions/0002-sql-migrations.md.
/// </summary>
public sealed class Migrator(OcopDb db, ILogger<Migrator> logger)
{
    public const string HistoryTable = "__ocop_migrations";

    public static IReadOnlyList<(string Id, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Ocop.Data.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (Id: n[prefix.Length..^4], Sql: Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public DatabaseProvider Provider => db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>Applies every pending migration; returns the ids applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var provider = Provider;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            if (provider == DatabaseProvider.Postgres)
                await ExecAsync(connection, null, "SELECT pg_advisory_lock(7412026)", ct); // one node migrates at a time
            else
                await ExecAsync(connection, null, "PRAGMA journal_mode=WAL", ct);
            await ExecAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id VARCHAR(150) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", ct);
            var applied = new HashSet<string>(await AppliedAsync(connection, ct));
            var done = new List<string>();
            foreach (var (id, sql) in Scripts(provider).Where(s => !applied.Contains(s.Id)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecAsync(connection, tx, sql, ct);
                await using (var cmd = connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = $"INSERT INTO {HistoryTable} (id, applied_at) VALUES (@id, @at)";
                    AddParam(cmd, "@id", id);
                    AddParam(cmd, "@at", DateTime.UtcNow.ToString("O"));
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration} on {Provider}", id, provider);
                done.Add(id);
            }
            if (provider == DatabaseProvider.Postgres)
                await ExecAsync(connection, null, "SELECT pg_advisory_unlock(7412026)", ct);
            return done;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            var applied = new HashSet<string>();
            try { applied.UnionWith(await AppliedAsync(connection, ct)); }
            catch (DbException) { /* no history table yet: everything is pending */ }
            return Scripts(Provider).Select(s => s.Id).Where(id => !applied.Contains(id)).ToList();
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> AppliedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT id FROM {HistoryTable}";
        var ids = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 300;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParam(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
