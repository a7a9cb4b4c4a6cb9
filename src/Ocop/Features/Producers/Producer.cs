namespace Ocop.Features.Producers;

/// <summary>Legal forms of an OCOP subject (chủ thể), as scored by criterion A3a of Decision 148.</summary>
public enum LegalForm
{
    HouseholdBusiness = 1,   // hộ kinh doanh có đăng ký
    FarmHousehold = 2,       // hộ sản xuất / trang trại
    CooperativeGroup = 3,    // tổ hợp tác
    Cooperative = 4,         // hợp tác xã
    Enterprise = 5,          // doanh nghiệp (TNHH, cổ phần, tư nhân)
}

public enum Gender { Male = 1, Female = 2, Other = 3 }

public enum ProducerStatus { Pending = 0, Verified = 1, Rejected = 2 }

public static class ProducerLabels
{
    public static string Of(LegalForm f) => f switch
    {
        LegalForm.HouseholdBusiness => "Hộ kinh doanh",
        LegalForm.FarmHousehold => "Hộ sản xuất, trang trại",
        LegalForm.CooperativeGroup => "Tổ hợp tác",
        LegalForm.Cooperative => "Hợp tác xã",
        LegalForm.Enterprise => "Doanh nghiệp",
        _ => f.ToString(),
    };

    public static string Of(ProducerStatus s) => s switch
    {
        ProducerStatus.Pending => "Chờ xác minh",
        ProducerStatus.Verified => "Đã xác minh",
        ProducerStatus.Rejected => "Bị từ chối",
        _ => s.ToString(),
    };

    public static string Of(Gender g) => g switch { Gender.Male => "Nam", Gender.Female => "Nữ", _ => "Khác" };
}

/// <summary>
/// A producer (chủ thể OCOP): the legal person behind products, with its storefront and the bank
/// account buyers pay into by VietQR. Only verified producers sell.
/// </summary>
public sealed class Producer
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public LegalForm LegalForm { get; set; }
    public string? RegistrationNumber { get; set; }
    public required string RepresentativeName { get; set; }
    public Gender RepresentativeGender { get; set; }
    public bool RepresentativeIsEthnicMinority { get; set; }
    public string? RepresentativeEthnicity { get; set; }
    public required string Phone { get; set; }
    public string? Email { get; set; }
    public string? AddressLine { get; set; }
    public required string CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string? BankBin { get; set; }
    public string? BankAccountNumber { get; set; }
    public string? BankAccountName { get; set; }
    public string? Tagline { get; set; }
    public string? Story { get; set; }
    public string? BannerHash { get; set; }
    public ProducerStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public string? VerifiedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool HasPaymentAccount => BankBin is not null && BankAccountNumber is not null && BankAccountName is not null;
}

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Producer> b)
    {
        b.ToTable("producers");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Slug).HasMaxLength(100);
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.RegistrationNumber).HasMaxLength(40);
        b.Property(p => p.RepresentativeName).HasMaxLength(120);
        b.Property(p => p.RepresentativeEthnicity).HasMaxLength(40);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.AddressLine).HasMaxLength(300);
        b.Property(p => p.CommuneCode).HasMaxLength(5);
        b.Property(p => p.ProvinceCode).HasMaxLength(2);
        b.Property(p => p.BankBin).HasMaxLength(6);
        b.Property(p => p.BankAccountNumber).HasMaxLength(19);
        b.Property(p => p.BankAccountName).HasMaxLength(100);
        b.Property(p => p.Tagline).HasMaxLength(200);
        b.Property(p => p.Story).HasMaxLength(20000);
        b.Property(p => p.BannerHash).HasMaxLength(64);
        b.Property(p => p.StatusReason).HasMaxLength(1000);
        b.Property(p => p.VerifiedBy).HasMaxLength(64);
        b.HasOne<Geography.Commune>().WithMany().HasForeignKey(p => p.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ProvinceCode, p.Status });
        b.Ignore(p => p.HasPaymentAccount);
    }
}
