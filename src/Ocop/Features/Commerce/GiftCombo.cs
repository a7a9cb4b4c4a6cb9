using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

/// <summary>
/// A gift set of products (possibly from several producers) sold at one price. At checkout it
/// expands into ordinary lines of each producer's order, the saving shared in proportion.
/// </summary>
public sealed class GiftCombo
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public long Price { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>The producer that made it; null for a combo assembled by an administrator across producers.</summary>
    public int? OwnerProducerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<GiftComboItem> Items { get; set; } = [];
}

public sealed class GiftComboItem
{
    public int Id { get; set; }
    public int ComboId { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
}

internal sealed class GiftComboConfiguration : IEntityTypeConfiguration<GiftCombo>
{
    public void Configure(EntityTypeBuilder<GiftCombo> b)
    {
        b.ToTable("gift_combos");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ComboId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GiftComboItemConfiguration : IEntityTypeConfiguration<GiftComboItem>
{
    public void Configure(EntityTypeBuilder<GiftComboItem> b)
    {
        b.ToTable("gift_combo_items");
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.ComboId, i.ProductId }).IsUnique();
    }
}
