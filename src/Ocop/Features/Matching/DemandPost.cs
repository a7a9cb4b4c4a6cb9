namespace Ocop.Features.Matching;

public enum PostStatus { Open = 0, Closed = 1 }

/// <summary>
/// A buyer's demand (nhu cầu thu mua): what, how much and how often, where and by when, at what
/// price, with which stars and standards; open until <see cref="ValidUntil"/> or closed by its owner.
/// </summary>
public sealed class DemandPost
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Title { get; set; }
    public required string Need { get; set; }
    public int Quantity { get; set; }
    public TradeUnit Unit { get; set; }
    public Frequency Frequency { get; set; }
    public required string DeliveryProvinceCode { get; set; }
    public DateOnly NeededBy { get; set; }
    public long? PriceMin { get; set; }
    public long? PriceMax { get; set; }
    public int MinStars { get; set; }
    public StandardMark Standards { get; set; }
    public DateOnly ValidUntil { get; set; }
    public PostStatus Status { get; set; }
    /// <summary>Folded title and need, for keyword matching.</summary>
    public string Folded { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<DemandSet> Sets { get; set; } = [];

    public bool IsOpenOn(DateOnly today) => Status == PostStatus.Open && ValidUntil >= today;

    public DemandFacts Facts() => new(Id, Sets.Select(s => s.SetCode).ToArray(), Folded, Quantity, Unit, Frequency,
        DeliveryProvinceCode, NeededBy, ValidUntil, PriceMin, PriceMax, MinStars, Standards, MatchRules.Fold(Title));
}

/// <summary>One product set a demand asks for (a demand may name several).</summary>
public sealed class DemandSet
{
    public int DemandId { get; set; }
    public int SetCode { get; set; }
}

internal sealed class DemandPostConfiguration : IEntityTypeConfiguration<DemandPost>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DemandPost> b)
    {
        b.ToTable("match_demands");
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Need).HasMaxLength(4000);
        b.Property(d => d.DeliveryProvinceCode).HasMaxLength(2);
        b.Property(d => d.Folded).HasMaxLength(4400);
        b.HasOne<BuyerOrganisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Sets).WithOne().HasForeignKey(s => s.DemandId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.Status, d.ValidUntil });
        b.HasIndex(d => d.OrganisationId);
    }
}

internal sealed class DemandSetConfiguration : IEntityTypeConfiguration<DemandSet>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DemandSet> b)
    {
        b.ToTable("match_demand_sets");
        b.HasKey(s => new { s.DemandId, s.SetCode });
        b.HasIndex(s => s.SetCode);
    }
}
