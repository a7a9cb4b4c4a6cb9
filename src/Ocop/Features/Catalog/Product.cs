namespace Ocop.Features.Catalog;

public enum ProductStatus { Draft = 0, Listed = 1, Hidden = 2 }

/// <summary>
/// A product of a producer. Price in whole đồng. The certificate fields are a snapshot written by
/// the Certification module through Catalog's public surface; the OCOP mark shows only while the
/// snapshot's certificate is unexpired (and it is cleared on revocation).
/// </summary>
public sealed class Product
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public int SetCode { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public string? Story { get; set; }
    public required string Unit { get; set; }
    public int? NetWeightGrams { get; set; }
    public long Price { get; set; }
    public int Stock { get; set; }
    public string? Gtin { get; set; }
    public ProductStatus Status { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string? CertificateNumber { get; set; }
    public int? CertificateStars { get; set; }
    public DateOnly? CertificateExpiresOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ProductPhoto> Photos { get; set; } = [];

    public int? StarsOn(DateOnly today) =>
        CertificateStars is not null && CertificateExpiresOn is { } exp && exp >= today ? CertificateStars : null;
}

public sealed class ProductPhoto
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public required string MediaHash { get; set; }
    public string? Alt { get; set; }
    public int SortOrder { get; set; }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Slug).HasMaxLength(120);
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.Story).HasMaxLength(20000);
        b.Property(p => p.Unit).HasMaxLength(30);
        b.Property(p => p.Gtin).HasMaxLength(14);
        b.Property(p => p.ProvinceCode).HasMaxLength(2);
        b.Property(p => p.CertificateNumber).HasMaxLength(60);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Photos).WithOne().HasForeignKey(f => f.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.ProducerId, p.Status });
        b.HasIndex(p => new { p.Status, p.ProvinceCode });
        b.HasIndex(p => p.Gtin);
    }
}

internal sealed class ProductPhotoConfiguration : IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ProductPhoto> b)
    {
        b.ToTable("product_photos");
        b.Property(p => p.MediaHash).HasMaxLength(64);
        b.Property(p => p.Alt).HasMaxLength(200);
        b.HasIndex(p => new { p.ProductId, p.SortOrder });
    }
}
