namespace Ocop.Features.Commerce;

/// <summary>
/// Carriers and their fee tables (đồng, by weight band and zone), loaded on start when missing.
/// The figures follow the carriers' published retail tables for standard parcels (2025); an
/// administrator edits them through <c>PUT /api/v1/shipping/carriers/{code}</c>.
/// </summary>
public static class CommerceReferenceData
{
    private static readonly int[] Bands = [500, 1000, 2000, 5000];

    private static readonly (string Code, string Name, long ExtraPerKg, long[] SameProvince, long[] SameRegion, long[] Nationwide)[] Carriers =
    [
        ("vnpost", "VNPost (Bưu điện Việt Nam)", 8_000, [16_500, 19_000, 24_000, 35_000], [22_000, 28_000, 36_000, 55_000], [30_000, 38_000, 52_000, 85_000]),
        ("viettelpost", "Viettel Post", 9_000, [18_000, 22_000, 27_000, 38_000], [25_000, 30_000, 39_000, 60_000], [32_000, 40_000, 55_000, 90_000]),
        ("ghn", "Giao Hàng Nhanh (GHN)", 8_500, [15_500, 20_500, 25_500, 35_500], [26_000, 32_000, 40_000, 62_000], [31_000, 39_000, 54_000, 88_000]),
        ("ghtk", "Giao Hàng Tiết Kiệm (GHTK)", 8_000, [16_000, 20_000, 25_000, 34_000], [24_000, 29_000, 38_000, 58_000], [30_000, 37_000, 50_000, 82_000]),
        ("self", "Chủ thể tự giao (trong tỉnh)", 5_000, [15_000, 15_000, 20_000, 30_000], [], []),
    ];

    public static async Task EnsureAsync(IServiceProvider sp, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<OcopDb>();
        if (await db.Carriers.AnyAsync(ct)) return;
        foreach (var c in Carriers)
        {
            var carrier = new Carrier { Code = c.Code, Name = c.Name, ExtraPerKg = c.ExtraPerKg };
            foreach (var (zone, fees) in new[] { (ShippingZone.SameProvince, c.SameProvince), (ShippingZone.SameRegion, c.SameRegion), (ShippingZone.Nationwide, c.Nationwide) })
                carrier.Rates.AddRange(fees.Select((fee, i) => new ShippingRate { CarrierCode = c.Code, Zone = zone, MaxGrams = Bands[i], Fee = fee }));
            db.Carriers.Add(carrier);
        }
        await db.SaveChangesAsync(ct);
    }
}
