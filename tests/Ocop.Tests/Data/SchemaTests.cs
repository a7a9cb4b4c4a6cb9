using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ocop.Data;
using Ocop.Tests.Infrastructure;

namespace Ocop.Tests.Data;

/// <summary>
/// The schema the SQL migrations produce must equal the schema EF derives from the model: same
/// tables, columns, types, nullability, keys, foreign keys and indexes. A model change without a
/// migration (or a wrong migration) fails here, on each engine.
/// </summary>
public abstract class SchemaTests(OcopApp app)
{
    [Fact]
    public async Task MigratedSchema_EqualsTheModel()
    {
        var migrated = await app.WithDb(db => DumpAsync(db.Database.GetDbConnection(), app.Engine));
        var fromModel = await FromModelAsync();
        Assert.NotEmpty(migrated);
        Assert.Equal(fromModel, migrated);
    }

    [Fact]
    public async Task Migrator_HasNothingPendingAfterStart_AndRecordsEveryScript()
    {
        var pending = await app.WithDb(db => new Migrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance).PendingAsync());
        Assert.Empty(pending);
        Assert.NotEmpty(Migrator.Scripts(app.Engine));
    }

    private async Task<List<string>> FromModelAsync()
    {
        if (app.Engine == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(app.TempDir, "model.db");
            var options = new DbContextOptionsBuilder<OcopDb>().UseSqlite($"Data Source={path};Pooling=False").Options;
            await using var db = new OcopDb(options);
            await db.Database.EnsureCreatedAsync();
            return await DumpAsync(db.Database.GetDbConnection(), app.Engine);
        }
        var name = "ocop_model_" + Guid.NewGuid().ToString("N")[..10];
        await PostgresApp.CreateDatabaseAsync(name);
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = name }.ToString();
            var options = new DbContextOptionsBuilder<OcopDb>().UseNpgsql(cs).Options;
            await using var db = new OcopDb(options);
            await db.Database.EnsureCreatedAsync();
            return await DumpAsync(db.Database.GetDbConnection(), app.Engine);
        }
        finally { await PostgresApp.DropDatabaseAsync(name); }
    }

    private static async Task<List<string>> DumpAsync(DbConnection connection, DatabaseProvider engine)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var lines = new List<string>();
        if (engine == DatabaseProvider.Sqlite)
        {
            var tables = await QueryAsync(connection, $"SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '{Migrator.HistoryTable}'");
            foreach (var t in tables.Select(r => r[0]))
            {
                foreach (var c in await QueryAsync(connection, $"PRAGMA table_info(\"{t}\")"))
                    lines.Add($"column {t}.{c[1]} {c[2]} notnull={c[3]} pk={c[5]}");
                foreach (var f in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{t}\")"))
                    lines.Add($"fk {t}.{f[3]} -> {f[2]}.{f[4]} on delete {f[6]}");
                foreach (var i in await QueryAsync(connection, $"PRAGMA index_list(\"{t}\")"))
                {
                    var cols = await QueryAsync(connection, $"PRAGMA index_info(\"{i[1]}\")");
                    lines.Add($"index {t}.{i[1]} unique={i[2]} ({string.Join(",", cols.Select(c => c[2]))})");
                }
            }
        }
        else
        {
            foreach (var c in await QueryAsync(connection, $"""
                SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '{Migrator.HistoryTable}'
                """))
                lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]}");
            foreach (var i in await QueryAsync(connection, $"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '{Migrator.HistoryTable}'"))
                lines.Add($"index {i[0]}.{i[1]} {i[2]}");
            foreach (var k in await QueryAsync(connection, """
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '__ocop_migrations'
                """))
                lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var rows = new List<string[]>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            rows.Add(row);
        }
        return rows;
    }
}

[Collection(SqliteCollection.Name)] public sealed class SchemaSqliteTests(SqliteApp app) : SchemaTests(app);
[Collection(PostgresCollection.Name)] public sealed class SchemaPostgresTests(PostgresApp app) : SchemaTests(app);
