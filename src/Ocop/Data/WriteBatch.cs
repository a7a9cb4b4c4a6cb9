using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ocop.Data;

/// <summary>
/// The statements of one hot transaction, sent together: rows inserted straight from their EF
/// mapping (tables, columns, value conversions and parameter types all come from the model, so
/// nothing is written twice and nothing is change-tracked) and conditional statements whose
/// affected-row counts the caller checks. On PostgreSQL they travel as one <see cref="DbBatch"/>,
/// a single round trip; SQLite runs in the process, so there they simply run one after another.
/// Runs in the context's current transaction. See docs/decisions/0009-checkout-in-one-batch.md.
/// </summary>
public sealed class WriteBatch(OcopDb db)
{
    private readonly List<(string Sql, List<DbParameter> Parameters)> _statements = [];
    private readonly bool _positional = db.Database.IsNpgsql();
    private DbCommand? _parameterFactory;
    private int[]? _affected;

    /// <summary>Adds one INSERT of every row (nothing when there are none); returns its index.</summary>
    public int Insert<T>(IReadOnlyCollection<T> rows) where T : class
    {
        if (rows.Count == 0) return -1;
        // A value the database generates is left to it unless the caller set it (orders: ids allocated beforehand).
        var (into, columns) = InsertPlan.For(db.Model, typeof(T)).Columns(column => rows.All(r => column.Getter.HasSentinelValue(r)));
        var sql = new StringBuilder(into).Append(" VALUES ");
        var parameters = new List<DbParameter>(rows.Count * columns.Length);
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < columns.Length; i++)
            {
                var c = columns[i];
                if (i > 0) sql.Append(", ");
                sql.Append(Placeholder(parameters.Count + 1));
                var value = c.Getter.GetClrValue(row);
                if (value is string text) InputGuard.Check(c.Property, text);
                parameters.Add(c.Mapping.CreateParameter(Factory(), Name(parameters.Count + 1), value, c.Nullable));
            }
            sql.Append(')');
        }
        _statements.Add((sql.ToString(), parameters));
        return _statements.Count - 1;
    }

    /// <summary>
    /// How rows of one entity type are inserted, read from the model once per model and type (the model's
    /// metadata calls cost more than the rest of the insert): quoted table and column names, each column's
    /// type mapping and getter, which columns the database may generate, and the INSERT's head for each
    /// choice of them.
    /// </summary>
    private sealed class InsertPlan
    {
        public sealed record Column(string Quoted, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable, bool Generated, IProperty Property);

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IModel, Type), InsertPlan> Plans = new();

        private readonly string _table;
        private readonly Column[] _columns;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<long, (string, Column[])> _heads = new();

        private InsertPlan(IEntityType entity)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = entity.GetProperties().ToList();
            if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new NotSupportedException($"{entity.ClrType.Name}.{shadow.Name} is a shadow property; WriteBatch writes mapped CLR properties only.");
            if (properties.Count > 63) throw new NotSupportedException($"{entity.ClrType.Name} has more than 63 columns.");
            _table = Quote(table.Name);
            _columns = [.. properties.Select(p => new Column(Quote(p.GetColumnName(table)!), p.GetRelationalTypeMapping(),
                p.GetGetter(), p.IsNullable, p.ValueGenerated == ValueGenerated.OnAdd, p))];
        }

        public static InsertPlan For(IModel model, Type type) => Plans.GetOrAdd((model, type), static key =>
            new InsertPlan(key.Item1.FindEntityType(key.Item2) ?? throw new InvalidOperationException($"{key.Item2.Name} is not mapped.")));

        /// <summary>The INSERT's head and its columns, leaving out each generated column that <paramref name="leaveToDatabase"/> says.</summary>
        public (string Into, Column[] Columns) Columns(Func<Column, bool> leaveToDatabase)
        {
            long left = 0;
            for (var i = 0; i < _columns.Length; i++)
                if (_columns[i].Generated && leaveToDatabase(_columns[i])) left |= 1L << i;
            return _heads.GetOrAdd(left, mask =>
            {
                var kept = _columns.Where((_, i) => (mask & (1L << i)) == 0).ToArray();
                return ($"INSERT INTO {_table} ({string.Join(", ", kept.Select(c => c.Quoted))})", kept);
            });
        }
    }

    /// <summary>Adds a hand-written statement; each interpolated value becomes a parameter. Returns its index for <see cref="Affected"/>.</summary>
    public int Add(FormattableString statement)
    {
        var parameters = new List<DbParameter>(statement.ArgumentCount);
        var placeholders = new object[statement.ArgumentCount];
        var types = db.GetService<IRelationalTypeMappingSource>();
        foreach (var value in statement.GetArguments())
        {
            var n = parameters.Count + 1;
            var plain = value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
            var mapping = plain is null ? null : types.FindMapping(plain.GetType())
                ?? throw new NotSupportedException($"No database type for a {plain.GetType().Name} parameter.");
            var parameter = mapping?.CreateParameter(Factory(), Name(n), plain) ?? Null(n);
            placeholders[n - 1] = Placeholder(n);
            parameters.Add(parameter);
        }
        _statements.Add((string.Format(System.Globalization.CultureInfo.InvariantCulture, statement.Format, placeholders), parameters));
        return _statements.Count - 1;
    }

    /// <summary>Runs every statement in the current transaction; a failing statement throws and the caller rolls back.</summary>
    public async Task ExecuteAsync(CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("WriteBatch runs inside a transaction.");
        _affected = new int[_statements.Count];
        if (connection.CanCreateBatch)
        {
            await using var batch = Build(connection, transaction);
            await RunAsync(batch, connection, ct);
            for (var i = 0; i < _affected.Length; i++) _affected[i] = batch.BatchCommands[i].RecordsAffected;
            return;
        }
        for (var i = 0; i < _statements.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _statements[i].Sql;
            foreach (var p in _statements[i].Parameters) command.Parameters.Add(p);
            _affected[i] = await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// PostgreSQL only, outside any transaction: sends the batch with no <c>BEGIN</c>/<c>COMMIT</c>. PostgreSQL
    /// runs the statements up to the batch's single Sync as one implicit transaction: all are committed
    /// together, or the first error rolls back every one and skips the rest (Npgsql adds no error barriers
    /// unless asked). So the caller's checks must be statements that fail, not row counts read afterwards.
    /// </summary>
    public async Task ExecuteAtomicallyAsync(CancellationToken ct = default)
    {
        if (!_positional) throw new NotSupportedException("Only PostgreSQL runs a batch as one implicit transaction.");
        if (db.Database.CurrentTransaction is not null) throw new InvalidOperationException("ExecuteAtomicallyAsync runs outside a transaction.");
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = Build(db.Database.GetDbConnection(), null);
            await RunAsync(batch, db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs the batch; a connection the server refused it on is marked for <see cref="PreparedStatementRecovery"/>.</summary>
    private static async Task RunAsync(DbBatch batch, DbConnection connection, CancellationToken ct)
    {
        try { await batch.ExecuteNonQueryAsync(ct); }
        catch (DbException e)
        {
            PreparedStatementRecovery.Mark(connection, e);
            throw;
        }
    }

    /// <summary>Rows the statement at <paramref name="index"/> changed, after <see cref="ExecuteAsync"/>.</summary>
    public int Affected(int index) => (_affected ?? throw new InvalidOperationException("The batch has not run."))[index];

    private DbBatch Build(DbConnection connection, DbTransaction? transaction)
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, parameters) in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var p in parameters) command.Parameters.Add(p);
            batch.BatchCommands.Add(command);
        }
        return batch;
    }

    private DbCommand Factory() => _parameterFactory ??= db.Database.GetDbConnection().CreateCommand();

    private DbParameter Null(int n)
    {
        var p = Factory().CreateParameter();
        p.ParameterName = Name(n);
        p.Value = DBNull.Value;
        return p;
    }

    // PostgreSQL: positional $n with unnamed parameters (Npgsql sends them as they are, no rewriting);
    // SQLite: named @pN.
    private string Placeholder(int n) => _positional ? "$" + n : "@p" + n;
    private string Name(int n) => _positional ? "" : "@p" + n;
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
