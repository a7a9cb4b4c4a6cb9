namespace Ocop.Features.Traceability;

/// <summary>
/// A batch (lô) of a product: its number is GS1 AI 10 (1–20 characters of the GS1 82-character set),
/// so together with the product's GTIN it has a Digital Link <c>/01/{gtin14}/10/{number}</c>.
/// The quantity is in a UN/CEFACT unit (KGM, H87 …).
/// </summary>
public sealed class Lot
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public int ProducerId { get; set; }
    public required string Number { get; set; }
    /// <summary>The product's GTIN-14 when the lot was created (a GTIN change does not rewrite printed labels).</summary>
    public required string Gtin { get; set; }
    public DateOnly? HarvestedOn { get; set; }
    public DateOnly? ProducedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public decimal Quantity { get; set; }
    public required string Unit { get; set; }
    /// <summary>Where the lot came from (the farm of a harvest, the workshop of a processed lot).</summary>
    public int? OriginLocationId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Lot> b)
    {
        b.ToTable("lots");
        b.Property(l => l.Number).HasMaxLength(20);
        b.Property(l => l.Gtin).HasMaxLength(14);
        b.Property(l => l.Unit).HasMaxLength(3);
        b.Property(l => l.Quantity).HasPrecision(14, 3);
        b.HasIndex(l => new { l.Gtin, l.Number }).IsUnique();
        b.HasIndex(l => new { l.ProductId, l.CreatedAt });
        b.HasIndex(l => l.ProducerId);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(l => l.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TraceLocation>().WithMany().HasForeignKey(l => l.OriginLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
