using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

/// <summary>A buyer's rating (1–5) of a product from a received order; one per order and product.</summary>
public sealed class Review
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public int OrderId { get; set; }
    public int ProducerId { get; set; }
    public required string BuyerId { get; set; }
    public required string BuyerName { get; set; }
    public int Rating { get; set; }
    public string? Comment { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
    public bool Hidden { get; set; }
    public string? HiddenReason { get; set; }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("reviews");
        b.Property(r => r.BuyerId).HasMaxLength(64);
        b.Property(r => r.BuyerName).HasMaxLength(200);
        b.Property(r => r.Comment).HasMaxLength(2000);
        b.Property(r => r.Reply).HasMaxLength(2000);
        b.Property(r => r.HiddenReason).HasMaxLength(500);
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.OrderId, r.ProductId }).IsUnique();
        b.HasIndex(r => new { r.ProductId, r.Hidden });
    }
}
