using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Livestream;

/// <summary>
/// A producer's consent that one of its products be sold in livestream markets, with the lowest flash-deal
/// price it accepts (<see cref="FloorPrice"/>). Without it a product enters a session's bag only when the
/// organiser is an officer of the producer's own province, and its deals then keep to
/// <see cref="DefaultFloorPercent"/> of the normal price. Given by the producer (or such an officer) and withdrawn by deleting the row.
/// </summary>
public sealed class LiveConsent
{
    /// <summary>The floor of a product without a consent: at most 30 % off its normal price.</summary>
    public const int DefaultFloorPercent = 70;

    public int ProductId { get; set; }
    public long FloorPrice { get; set; }
    public required string GrantedBy { get; set; }
    public DateTime GrantedAt { get; set; }

    /// <summary>The lowest deal price for a product sold at <paramref name="price"/>: the producer's floor, or the default share of the price (whole đồng, rounded up).</summary>
    public static long FloorOf(LiveConsent? consent, long price) => consent?.FloorPrice ?? (price * DefaultFloorPercent + 99) / 100;
}

internal sealed class LiveConsentConfiguration : IEntityTypeConfiguration<LiveConsent>
{
    public void Configure(EntityTypeBuilder<LiveConsent> b)
    {
        b.ToTable("livestream_consents");
        b.HasKey(c => c.ProductId);
        b.Property(c => c.ProductId).ValueGeneratedNever();
        b.Property(c => c.GrantedBy).HasMaxLength(64);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
