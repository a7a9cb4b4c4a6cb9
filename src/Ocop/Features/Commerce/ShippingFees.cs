using Microsoft.Extensions.Caching.Memory;

namespace Ocop.Features.Commerce;

/// <summary>A carrier's fee for one parcel, or why it cannot carry it.</summary>
public sealed record ShippingQuote(string CarrierCode, string CarrierName, ShippingZone Zone, int WeightGrams, long? Fee)
{
    public bool Available => Fee is not null;
}

/// <summary>
/// Fees from the carriers' tables by weight band and zone. Pure once the tables are loaded. The
/// tables are read on every checkout and change a few times a year, so they are kept in memory for
/// <see cref="CacheFor"/>; an edit on this node forgets them at once, other nodes see it within that time.
/// </summary>
public sealed class ShippingFees(OcopDb db, IMemoryCache cache)
{
    private const string CacheKey = "commerce:carriers";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>North: codes up to 37 (to Ninh Bình); Centre and Highlands: 38–68 (Thanh Hoá to Lâm Đồng); South: from 75.</summary>
    public static int RegionOf(string provinceCode) => int.TryParse(provinceCode, out var n) ? n <= 37 ? 1 : n <= 68 ? 2 : 3 : 0;

    public static ShippingZone ZoneOf(string fromProvince, string toProvince) =>
        fromProvince == toProvince ? ShippingZone.SameProvince
        : RegionOf(fromProvince) == RegionOf(toProvince) ? ShippingZone.SameRegion
        : ShippingZone.Nationwide;

    /// <summary>The lightest band that fits; above the heaviest band, its fee plus the carrier's fee per started kilogram.</summary>
    public static long? Fee(Carrier carrier, ShippingZone zone, int weightGrams)
    {
        if (!carrier.Active) return null;
        var bands = carrier.Rates.Where(r => r.Zone == zone).OrderBy(r => r.MaxGrams).ToList();
        if (bands.Count == 0) return null;
        var fit = bands.FirstOrDefault(r => r.MaxGrams >= weightGrams);
        if (fit is not null) return fit.Fee;
        var top = bands[^1];
        return top.Fee + (weightGrams - top.MaxGrams + 999) / 1000 * carrier.ExtraPerKg;
    }

    /// <summary>The carriers and their rates as of at most <see cref="CacheFor"/> ago; shared, so callers must not change them.</summary>
    public async Task<IReadOnlyList<Carrier>> CarriersAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(CacheKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return FreshCarriersAsync(ct);
        }))!;

    /// <summary>The carriers read from the database now (the administrator's fee pages).</summary>
    public async Task<IReadOnlyList<Carrier>> FreshCarriersAsync(CancellationToken ct = default) =>
        await db.Carriers.AsNoTracking().Include(c => c.Rates).OrderBy(c => c.Code).ToListAsync(ct);

    /// <summary>Drops the kept tables after an edit.</summary>
    public void Forget() => cache.Remove(CacheKey);

    public static ShippingQuote Quote(Carrier carrier, string fromProvince, string toProvince, int weightGrams)
    {
        var zone = ZoneOf(fromProvince, toProvince);
        return new ShippingQuote(carrier.Code, carrier.Name, zone, weightGrams, Fee(carrier, zone, weightGrams));
    }
}
