using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ocop.Data;

/// <summary>
/// Works around an open Npgsql defect (npgsql/npgsql#6391, still in 10.0.3): when the execution that
/// makes Npgsql prepare a statement automatically (its <c>Auto Prepare Min Usages</c>-th use) fails on
/// the server — a value too long, a unique key, the checkout's OC409 — Npgsql keeps the statement as
/// prepared although it is not, and the connection's next use of the same SQL fails with "Received
/// unexpected backend message DataRow"; pooled, the connection stays broken for every later request.
/// A connection on which a command failed is marked, and before it goes back to the pool (no
/// transaction is open any more) its prepared statements are dropped (<c>DEALLOCATE ALL</c>): they
/// are prepared again on their next uses. Failures are rare, so automatic preparation keeps paying
/// on the hot path (decision 0009). Tested by PreparedStatementRecoveryTests.
/// </summary>
public sealed class PreparedStatementRecovery : DbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, object> Failed = new();

    /// <summary>Marks the connection of a command that the server refused (for commands run outside EF, such as <see cref="WriteBatch"/>).</summary>
    public static void Mark(DbConnection connection, Exception exception)
    {
        if (exception is PostgresException && connection is NpgsqlConnection) Failed.AddOrUpdate(connection, exception);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        if (command.Connection is { } connection) Mark(connection, eventData.Exception);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (command.Connection is { } connection) Mark(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Recover(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Recover(connection);
        return ValueTask.FromResult(result);
    }

    private static void Recover(DbConnection connection)
    {
        if (!Failed.Remove(connection) || connection is not NpgsqlConnection { State: System.Data.ConnectionState.Open } npgsql) return;
        try { npgsql.UnprepareAll(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection cannot even be reset: keep it out of the pool.
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
