using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

/// <summary>Where a parcel goes relative to the seller: same province, same region (Bắc, Trung, Nam), or across regions.</summary>
public enum ShippingZone { SameProvince = 1, SameRegion = 2, Nationwide = 3 }

/// <summary>A delivery service (VNPost, Viettel Post, GHN, GHTK, or the producer's own delivery).</summary>
public sealed class Carrier
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>Added per started kilogram above the heaviest band.</summary>
    public long ExtraPerKg { get; set; }
    public List<ShippingRate> Rates { get; set; } = [];
}

/// <summary>The fee for parcels up to <see cref="MaxGrams"/> in a zone (the lightest band that fits applies).</summary>
public sealed class ShippingRate
{
    public int Id { get; set; }
    public required string CarrierCode { get; set; }
    public ShippingZone Zone { get; set; }
    public int MaxGrams { get; set; }
    public long Fee { get; set; }
}

internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.ToTable("carriers");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(100);
        b.HasMany(c => c.Rates).WithOne().HasForeignKey(r => r.CarrierCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShippingRateConfiguration : IEntityTypeConfiguration<ShippingRate>
{
    public void Configure(EntityTypeBuilder<ShippingRate> b)
    {
        b.ToTable("shipping_rates");
        b.Property(r => r.CarrierCode).HasMaxLength(20);
        b.HasIndex(r => new { r.CarrierCode, r.Zone, r.MaxGrams }).IsUnique();
    }
}
