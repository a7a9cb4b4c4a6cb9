using System.Collections.Concurrent;

namespace Ocop.Features.Traceability;

/// <summary>
/// An EF compiled query for the hot public reads (resolver, trace page): compiling skips EF's per-call translation lookup.
/// A compiled query keeps the SQL of the first database provider it met, so there is one per provider (the tests run
/// SQLite and PostgreSQL in one process).
/// </summary>
internal sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<string, TQuery> _byProvider = new(StringComparer.Ordinal);

    public TQuery For(OcopDb db) => _byProvider.GetOrAdd(db.Database.ProviderName ?? "", _ => compile());
}
