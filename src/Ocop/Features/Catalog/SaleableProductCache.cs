using System.Collections.Concurrent;

namespace Ocop.Features.Catalog;

/// <summary>
/// The sale facts of recently sold products (price, listing, weight, seller, where the seller is paid),
/// kept in memory for <see cref="Lifetime"/> so that checkout can price a cart without reading the
/// catalogue before it writes. Nothing read from here is trusted: the stock take re-checks, in its own
/// WHERE clause, every fact that decides money, eligibility or payee
/// (<see cref="StockLedger.Take(SaleableProduct, int)"/>), and checkout prices afresh when a take is
/// refused. Names and contact details may lag an edit by up to <see cref="Lifetime"/>.
/// Each read of the catalogue (<see cref="StockLedger.FindAsync"/>) refreshes the products it read.
/// See docs/decisions/0010-checkout-priced-from-memory.md.
/// </summary>
public sealed class SaleableProductCache(TimeSpan lifetime, TimeProvider clock)
{
    /// <summary>More products than this and the cache starts over rather than grow without bound.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<int, (SaleableProduct Product, long ReadAt)> _entries = new();

    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>The product as read less than <see cref="Lifetime"/> ago.</summary>
    public bool TryGet(int productId, out SaleableProduct product)
    {
        if (_entries.TryGetValue(productId, out var entry) && clock.GetElapsedTime(entry.ReadAt) < Lifetime)
        {
            product = entry.Product;
            return true;
        }
        product = null!;
        return false;
    }

    /// <summary>Keeps what was just read from the database.</summary>
    public void Put(IEnumerable<SaleableProduct> products)
    {
        if (Lifetime <= TimeSpan.Zero) return;
        if (_entries.Count >= Capacity) _entries.Clear();
        var now = clock.GetTimestamp();
        foreach (var p in products) _entries[p.Id] = (p, now);
    }

    /// <summary>Drops a product, so its next checkout reads it again (a read that no longer found it).</summary>
    public void Forget(int productId) => _entries.TryRemove(productId, out _);

    public int Count => _entries.Count;
}
