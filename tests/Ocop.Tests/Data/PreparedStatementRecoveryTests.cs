using Npgsql;
using Ocop.Data;

namespace Ocop.Tests.Data;

/// <summary>
/// npgsql/npgsql#6391: the execution that prepares a statement automatically fails on the server, and
/// the pooled connection's next use of that SQL answers "Received unexpected backend message DataRow".
/// With the app's connection defaults the second use of a statement is the one that prepares it.
/// </summary>
public sealed class PreparedStatementRecoveryTests
{
    private const string Insert = "INSERT INTO notes (v) VALUES ({0}) RETURNING id";

    [Fact]
    public async Task AFailedFirstPreparation_LeavesThePooledConnectionWorking()
    {
        await WithDatabaseAsync(async cs =>
        {
            await ExecuteAsync(cs, recover: true, "ok");
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(cs, recover: true, "much too long"));
            for (var i = 0; i < 3; i++) await ExecuteAsync(cs, recover: true, "fine");
            Assert.Equal(4, await CountAsync(cs));
        });
    }

    /// <summary>Proves the case above reproduces the defect: when Npgsql fixes it, this fails and the workaround can go.</summary>
    [Fact]
    public async Task WithoutRecovery_NpgsqlStillBreaksTheConnection()
    {
        await WithDatabaseAsync(async cs =>
        {
            await ExecuteAsync(cs, recover: false, "ok");
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(cs, recover: false, "much too long"));
            var broken = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(cs, recover: false, "fine"));
            Assert.Contains("DataRow", broken.ToString(), StringComparison.Ordinal);
        });
    }

    private static async Task ExecuteAsync(string cs, bool recover, string value)
    {
        var options = new DbContextOptionsBuilder<OcopDb>();
        if (recover) DataModule.UsePostgres(options, cs); else options.UseNpgsql(cs);
        await using var db = new OcopDb(options.Options);
        await db.Database.ExecuteSqlRawAsync(Insert, value);
    }

    private static async Task<long> CountAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM notes", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>A fresh database, reached through one pooled connection with the app's defaults (auto-prepare on the second use).</summary>
    private static async Task WithDatabaseAsync(Func<string, Task> test)
    {
        var name = "ocop_prep_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresApp.CreateDatabaseAsync(name);
        try
        {
            var cs = DataModule.PostgresConnectionString(new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString)
            {
                Database = name, MaxPoolSize = 1, ApplicationName = name,
            }.ToString());
            await using (var conn = new NpgsqlConnection(cs))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand("CREATE TABLE notes (id serial PRIMARY KEY, v varchar(5) NOT NULL)", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            await test(cs);
        }
        finally
        {
            await PostgresApp.DropDatabaseAsync(name);
        }
    }
}
