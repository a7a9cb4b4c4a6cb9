namespace Ocop.Data;

/// <summary>
/// SQLite allows one writer at a time; when many requests open write transactions together, the
/// losers wait inside SQLite's busy handler, which sleeps in growing steps and makes tail latency
/// spike. SQLite is a single-node deployment, so short write transactions that contend (checkout)
/// queue here instead, in order, without sleeping. On PostgreSQL the gate lets everyone through: row
/// locks and conditional updates do the work there.
/// </summary>
public sealed class WriteGate(DatabaseOptions options)
{
    private readonly SemaphoreSlim _sqlite = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        if (options.Provider != DatabaseProvider.Sqlite) return Open.Instance;
        await _sqlite.WaitAsync(ct);
        return new Release(_sqlite);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();
        public void Dispose() { }
    }
}
