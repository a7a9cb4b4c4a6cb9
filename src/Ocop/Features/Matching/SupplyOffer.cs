using System.Text.Json;

namespace Ocop.Features.Matching;

/// <summary>
/// A producer's supply offer (chào bán): a product or a whole product set, how much per period,
/// the minimum order, price tiers, the season, how far it delivers and the standards it holds.
/// </summary>
public sealed class SupplyOffer
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public int? ProductId { get; set; }
    public int SetCode { get; set; }
    public int GroupCode { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int Capacity { get; set; }
    public TradeUnit Unit { get; set; }
    public Frequency Period { get; set; }
    public int MinOrder { get; set; }
    /// <summary>The price tiers as JSON (<see cref="PriceTier"/> list, ascending quantity).</summary>
    public string PriceTiersJson { get; set; } = "[]";
    public int? SeasonFrom { get; set; }
    public int? SeasonTo { get; set; }
    public DeliveryDistance Reach { get; set; }
    public StandardMark Standards { get; set; }
    /// <summary>The producer's province, copied when the offer is written (producers rarely move; offers are re-saved when they do).</summary>
    public required string ProvinceCode { get; set; }
    public DateOnly ValidUntil { get; set; }
    public PostStatus Status { get; set; }
    public string Folded { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<PriceTier> Tiers
    {
        get => JsonSerializer.Deserialize<List<PriceTier>>(PriceTiersJson, Json) ?? [];
        set => PriceTiersJson = JsonSerializer.Serialize(value.OrderBy(t => t.MinQuantity).ToList(), Json);
    }

    public bool IsOpenOn(DateOnly today) => Status == PostStatus.Open && ValidUntil >= today;

    public OfferFacts Facts(int? stars) => new(Id, SetCode, Folded, Capacity, Unit, Period, MinOrder, Tiers, SeasonFrom, SeasonTo,
        Reach, ProvinceCode, Standards, stars, MatchRules.Fold(Title));
}

internal sealed class SupplyOfferConfiguration : IEntityTypeConfiguration<SupplyOffer>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<SupplyOffer> b)
    {
        b.ToTable("match_offers");
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.Description).HasMaxLength(4000);
        b.Property(o => o.PriceTiersJson).HasMaxLength(2000);
        b.Property(o => o.ProvinceCode).HasMaxLength(2);
        b.Property(o => o.Folded).HasMaxLength(4400);
        b.Ignore(o => o.Tiers);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(o => o.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.SetCode, o.Status, o.ValidUntil });
        b.HasIndex(o => new { o.GroupCode, o.Status, o.ValidUntil });
        b.HasIndex(o => o.ProducerId);
    }
}
