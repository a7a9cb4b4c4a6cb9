using System.Collections.Frozen;

namespace Ocop.Features.Matching;

/// <summary>How far a delivery travels, from the seller's province to the buyer's, nearest first.</summary>
public enum DeliveryDistance { SameProvince = 0, Neighbouring = 1, SameRegion = 2, Nationwide = 3 }

/// <summary>
/// Land neighbours and socio-economic regions of the 34 provinces of Decision 19/2025/QĐ-TTg.
/// Approach: each merged province is the union of its pre-2025 provinces, so two current provinces
/// are neighbours when any of their former provinces shared a land border (read from the
/// pre-2025 provincial borders, e.g. Quảng Ngãi + Kon Tum borders Gia Lai + Bình Định). Regions are
/// the six of the national master plan (Resolution 81/2023/QH15), a merged province taking the
/// region of the province whose name it kept (Tây Ninh + Long An → Đông Nam Bộ; Gia Lai, Đắk Lắk
/// and Lâm Đồng → Tây Nguyên). This is reference data of the Matching module only (the distance
/// reason of a match); the tests check that it is symmetric and covers every province.
/// </summary>
public static class ProvinceNeighbours
{
    public static readonly IReadOnlyList<(int Code, string Name)> Regions =
    [
        (1, "Trung du và miền núi phía Bắc"),
        (2, "Đồng bằng sông Hồng"),
        (3, "Bắc Trung Bộ và duyên hải miền Trung"),
        (4, "Tây Nguyên"),
        (5, "Đông Nam Bộ"),
        (6, "Đồng bằng sông Cửu Long"),
    ];

    // province code → (region, neighbouring province codes)
    private static readonly (string Code, int Region, string[] Neighbours)[] Table =
    [
        ("01", 2, ["19", "24", "33", "37", "25"]),
        ("04", 1, ["08", "19", "20"]),
        ("08", 1, ["04", "15", "19", "25"]),
        ("11", 1, ["12", "14"]),
        ("12", 1, ["11", "14", "15"]),
        ("14", 1, ["11", "12", "15", "25", "38"]),
        ("15", 1, ["08", "12", "14", "25"]),
        ("19", 1, ["01", "04", "08", "20", "24", "25"]),
        ("20", 1, ["04", "19", "22", "24"]),
        ("22", 2, ["20", "24", "31"]),
        ("24", 2, ["01", "19", "20", "22", "31", "33"]),
        ("25", 1, ["01", "08", "14", "15", "19", "37", "38"]),
        ("31", 2, ["22", "24", "33"]),
        ("33", 2, ["01", "24", "31", "37"]),
        ("37", 2, ["01", "25", "33", "38"]),
        ("38", 3, ["14", "25", "37", "40"]),
        ("40", 3, ["38", "42"]),
        ("42", 3, ["40", "44"]),
        ("44", 3, ["42", "46"]),
        ("46", 3, ["44", "48"]),
        ("48", 3, ["46", "51"]),
        ("51", 3, ["48", "52"]),
        ("52", 4, ["51", "66"]),
        ("56", 3, ["66", "68"]),
        ("66", 4, ["52", "56", "68"]),
        ("68", 4, ["56", "66", "75", "79"]),
        ("75", 5, ["68", "79", "80"]),
        ("79", 5, ["68", "75", "80", "82"]),
        ("80", 5, ["75", "79", "82"]),
        ("82", 6, ["79", "80", "86", "91", "92"]),
        ("86", 6, ["82", "92"]),
        ("91", 6, ["82", "92", "96"]),
        ("92", 6, ["82", "86", "91", "96"]),
        ("96", 6, ["91", "92"]),
    ];

    private static readonly FrozenDictionary<string, int> RegionByProvince = Table.ToFrozenDictionary(t => t.Code, t => t.Region);
    private static readonly FrozenDictionary<string, FrozenSet<string>> NeighboursByProvince =
        Table.ToFrozenDictionary(t => t.Code, t => t.Neighbours.ToFrozenSet());

    public static IEnumerable<string> ProvinceCodes => Table.Select(t => t.Code);

    public static int? RegionOf(string province) => RegionByProvince.TryGetValue(province, out var r) ? r : null;

    public static string RegionName(int region) => Regions.First(r => r.Code == region).Name;

    public static IReadOnlySet<string> NeighboursOf(string province) =>
        NeighboursByProvince.TryGetValue(province, out var n) ? n : FrozenSet<string>.Empty;

    public static DeliveryDistance Between(string from, string to) =>
        from == to ? DeliveryDistance.SameProvince
        : NeighboursOf(from).Contains(to) ? DeliveryDistance.Neighbouring
        : RegionOf(from) is { } r && r == RegionOf(to) ? DeliveryDistance.SameRegion
        : DeliveryDistance.Nationwide;
}
