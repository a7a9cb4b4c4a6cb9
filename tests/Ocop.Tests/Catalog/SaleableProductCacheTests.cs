using Ocop.Features.Catalog;

namespace Ocop.Tests.Catalog;

/// <summary>The memory checkout prices from: what it keeps, for how long, and that it never grows without bound.</summary>
public sealed class SaleableProductCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Ticks;
        public void Advance(TimeSpan by) => Ticks += by.Ticks;
    }

    private static SaleableProduct Product(int id, long price = 100_000) =>
        new(id, $"Sản phẩm {id}", "hộp", price, 10, 500, 1, "HTX", "14", true, new SellerAccount("970436", "0011001234567", "HTX", null, "0987654321"));

    [Fact]
    public void KeepsWhatWasRead_ForItsLifetimeOnly()
    {
        var clock = new ManualClock();
        var cache = new SaleableProductCache(TimeSpan.FromSeconds(30), clock);
        Assert.False(cache.TryGet(7, out _));

        cache.Put([Product(7)]);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(cache.TryGet(7, out var kept));
        Assert.Equal(100_000, kept.Price);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public void ANewerRead_ReplacesTheOlder_AndForgetDropsIt()
    {
        var clock = new ManualClock();
        var cache = new SaleableProductCache(TimeSpan.FromSeconds(30), clock);
        cache.Put([Product(7)]);
        clock.Advance(TimeSpan.FromSeconds(20));
        cache.Put([Product(7, price: 90_000)]);
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(cache.TryGet(7, out var newer));
        Assert.Equal(90_000, newer.Price);
        cache.Forget(7);
        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public void ZeroLifetime_KeepsNothing()
    {
        var cache = new SaleableProductCache(TimeSpan.Zero, new ManualClock());
        cache.Put([Product(7)]);
        Assert.False(cache.TryGet(7, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void AtCapacity_StartsOver()
    {
        var cache = new SaleableProductCache(TimeSpan.FromMinutes(1), new ManualClock());
        cache.Put(Enumerable.Range(1, SaleableProductCache.Capacity).Select(i => Product(i)));
        Assert.Equal(SaleableProductCache.Capacity, cache.Count);

        cache.Put([Product(SaleableProductCache.Capacity + 1)]);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(SaleableProductCache.Capacity + 1, out _));
    }
}
