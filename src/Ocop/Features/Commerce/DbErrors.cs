using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ocop.Features.Commerce;

/// <summary>Engine errors that Commerce turns into answers instead of 500s.</summary>
internal static class DbErrors
{
    /// <summary>A unique index refused a second row (SQLite constraint 19, PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(Exception e) => Chain(e).Any(x =>
        x is SqliteException { SqliteErrorCode: 19 } || x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });

    /// <summary>A unique index of <paramref name="table"/> refused a second row.</summary>
    public static bool IsUniqueViolation(Exception e, string table) => Chain(e).Any(x =>
        x is SqliteException { SqliteErrorCode: 19 } s && s.Message.Contains($"UNIQUE constraint failed: {table}.", StringComparison.Ordinal)
        || x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p && p.TableName == table);

    /// <summary>SQLite's writer lock stayed busy beyond the busy timeout: the short transaction can simply be run again.</summary>
    public static bool IsBusy(Exception e) => Chain(e).Any(x => x is SqliteException { SqliteErrorCode: 5 or 6 });

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
