using Microsoft.EntityFrameworkCore;
using Ocop.Tests.Infrastructure;

namespace Ocop.Tests.Data;

/// <summary>
/// The test apps run with <c>Database:QueryWarningsAsErrors</c>: a query whose answer depends on the
/// engine's row order (a <c>First</c> with neither filter nor order) throws instead of logging a warning on
/// the first requests, so every test that reaches such a query fails. The same query with an order runs.
/// </summary>
public abstract class QueryWarningTests(OcopApp app)
{
    [Fact]
    public async Task FirstWithoutOrderOrFilter_Throws_WithAnOrder_Runs()
    {
        var thrown = await app.WithDb(async db =>
            await Record.ExceptionAsync(() => db.Producers.AsNoTracking().Select(p => p.Id).FirstOrDefaultAsync()));
        Assert.IsType<InvalidOperationException>(thrown);
        Assert.Contains("FirstWithoutOrderByAndFilterWarning", thrown.Message, StringComparison.Ordinal);

        var ordered = await app.WithDb(db => db.Producers.AsNoTracking().OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync());
        Assert.True(ordered is null or > 0);
    }
}

[Collection(SqliteCollection.Name)] public sealed class QueryWarningSqliteTests(SqliteApp app) : QueryWarningTests(app);
[Collection(PostgresCollection.Name)] public sealed class QueryWarningPostgresTests(PostgresApp app) : QueryWarningTests(app);
