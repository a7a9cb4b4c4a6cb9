using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ocop.Features.Commerce;

/// <summary>
/// Gives new orders their ids, and so their codes (<c>DH</c> + date + id), before they are written, so
/// that an order, its lines, its audit line, its notifications and the checkout's stored answer all go
/// to the database in one batch. PostgreSQL: the orders' identity sequence advances by
/// <c>50</c> (migration 0005), so every <c>nextval</c> reserves a block of 50 ids that this node
/// hands out from memory; a row inserted the ordinary way takes a block of its own, so the two never
/// meet. SQLite (one node, one writer at a time): the next ids after the largest, read inside the
/// caller's write transaction. Ids may have gaps (a restart drops the rest of a block, a failed
/// checkout its ids), never duplicates.
/// </summary>
public sealed class OrderNumbers
{
    /// <summary>The increment of the orders' identity on PostgreSQL (migration 0005); the block actually used is read from the sequence.</summary>
    public const int PostgresBlock = 50;

    private readonly SemaphoreSlim _refill = new(1, 1);
    private readonly Lock _lock = new();
    private long _next;
    private long _end;
    private long? _blockSize;

    /// <summary>Sets <see cref="Order.Id"/> and <see cref="Order.Code"/> of each order. On SQLite, call it inside the write transaction.</summary>
    public async Task AssignAsync(OcopDb db, IReadOnlyList<Order> orders, CancellationToken ct = default)
    {
        if (orders.Count == 0) return;
        if (db.Database.IsNpgsql())
        {
            for (var i = 0; i < orders.Count; i++)
                Number(orders[i], await NextPostgresAsync(db, ct));
            return;
        }
        var largest = await ScalarAsync(db, """SELECT COALESCE(MAX("Id"), 0) FROM orders""", ct);
        for (var i = 0; i < orders.Count; i++) Number(orders[i], largest + 1 + i);
    }

    private static void Number(Order order, long id)
    {
        order.Id = checked((int)id);
        order.Code = Order.CodeFor(order.Id, order.PlacedAt);
    }

    private async ValueTask<long> NextPostgresAsync(OcopDb db, CancellationToken ct)
    {
        while (true)
        {
            lock (_lock)
            {
                if (_next < _end) return _next++;
            }
            await _refill.WaitAsync(ct);
            try
            {
                lock (_lock)
                {
                    if (_next < _end) continue; // another request refilled while this one waited
                }
                _blockSize ??= await ScalarAsync(db,
                    """SELECT seqincrement FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('orders', 'Id')::regclass""", ct);
                var start = await ScalarAsync(db, """SELECT nextval(pg_get_serial_sequence('orders', 'Id'))""", ct);
                lock (_lock)
                {
                    _next = start;
                    _end = start + Math.Max(1, _blockSize.Value);
                }
            }
            finally
            {
                _refill.Release();
            }
        }
    }

    private static async Task<long> ScalarAsync(OcopDb db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
