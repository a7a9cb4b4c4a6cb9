namespace Ocop.Features.Matching;

public enum OrganisationStatus { Pending = 0, Verified = 1, Rejected = 2 }

/// <summary>
/// A B2B buyer (đơn vị thu mua): the organisation behind a user with the b2b role. Only an
/// organisation verified by an administrator or the provincial officer of its province posts
/// demand and reads producers' contact details.
/// </summary>
public sealed class BuyerOrganisation
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string TaxCode { get; set; }
    public required string AddressLine { get; set; }
    public required string ProvinceCode { get; set; }
    public required string ContactName { get; set; }
    public required string ContactPhone { get; set; }
    public required string ContactEmail { get; set; }
    public OrganisationStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public string? VerifiedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string Label(OrganisationStatus s) => s switch
    {
        OrganisationStatus.Verified => "Đã xác minh",
        OrganisationStatus.Rejected => "Bị từ chối",
        _ => "Chờ xác minh",
    };
}

internal sealed class BuyerOrganisationConfiguration : IEntityTypeConfiguration<BuyerOrganisation>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<BuyerOrganisation> b)
    {
        b.ToTable("match_buyer_organisations");
        b.Property(o => o.UserId).HasMaxLength(64);
        b.HasIndex(o => o.UserId).IsUnique();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.TaxCode).HasMaxLength(14);
        b.HasIndex(o => o.TaxCode).IsUnique();
        b.Property(o => o.AddressLine).HasMaxLength(300);
        b.Property(o => o.ProvinceCode).HasMaxLength(2);
        b.Property(o => o.ContactName).HasMaxLength(120);
        b.Property(o => o.ContactPhone).HasMaxLength(20);
        b.Property(o => o.ContactEmail).HasMaxLength(256);
        b.Property(o => o.StatusReason).HasMaxLength(1000);
        b.Property(o => o.VerifiedBy).HasMaxLength(64);
        b.HasOne<Identity.AppUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.ProvinceCode, o.Status });
    }
}
