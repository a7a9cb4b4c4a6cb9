namespace Ocop.Features.Traceability;

/// <summary>A new lot of one of the producer's products.</summary>
public sealed class LotInput
{
    public int ProductId { get; set; }
    public string? Number { get; set; }
    public DateOnly? HarvestedOn { get; set; }
    public DateOnly? ProducedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public decimal? Quantity { get; set; }
    public string? Unit { get; set; } = "KGM";
    public int? OriginLocationId { get; set; }

    /// <summary>UN/CEFACT Rec 20 units offered to producers, with what people read.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Units =
        [("KGM", "kg"), ("TNE", "tấn"), ("GRM", "gam"), ("LTR", "lít"), ("H87", "cái / hộp / gói")];

    public static string UnitLabel(string code) => Units.FirstOrDefault(u => u.Code == code).Label ?? code;
}

/// <summary>A new place of the producer.</summary>
public sealed class LocationInput
{
    public LocationKind Kind { get; set; } = LocationKind.Farm;
    public string? Name { get; set; }
    public string? CommuneCode { get; set; }
    public string? Gln { get; set; }

    public static string KindLabel(LocationKind kind) => kind switch
    {
        LocationKind.Farm => "Vùng trồng, trang trại",
        LocationKind.Workshop => "Cơ sở chế biến",
        _ => "Kho",
    };
}
