namespace Ocop.Features.Geography;

/// <summary>A province-level unit after the 2025 reform (Decision 19/2025/QĐ-TTg, 2-digit code).</summary>
public sealed class Province
{
    public required string Code { get; init; }
    /// <summary>Name without the "Tỉnh"/"Thành phố" prefix, e.g. "Sơn La", "Hà Nội".</summary>
    public required string Name { get; set; }
    /// <summary>Official full name, e.g. "Tỉnh Sơn La".</summary>
    public required string FullName { get; set; }
    /// <summary>"tỉnh" or "thành phố trung ương".</summary>
    public required string Type { get; set; }
    public required string Codename { get; set; }
    public string? Edition { get; set; }
}

/// <summary>A commune, ward or special zone (5-digit code) inside a province.</summary>
public sealed class Commune
{
    public required string Code { get; init; }
    public required string ProvinceCode { get; set; }
    public required string Name { get; set; }
    /// <summary>"xã", "phường" or "đặc khu".</summary>
    public required string Type { get; set; }
    public required string Codename { get; set; }
    public string? Edition { get; set; }
}

/// <summary>A pre-2025 province (63 of them), kept for historic records, with the unit that succeeded it.</summary>
public sealed class LegacyProvince
{
    public required string Code { get; init; }
    public required string FullName { get; set; }
    /// <summary>The current province that received most of its communes.</summary>
    public required string SuccessorCode { get; set; }
    /// <summary>Every current province that received part of it, comma-separated (Tiền Giang → 82,80).</summary>
    public required string SuccessorCodes { get; set; }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Province> b)
    {
        b.ToTable("geo_provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(2);
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.FullName).HasMaxLength(120);
        b.Property(p => p.Type).HasMaxLength(40);
        b.Property(p => p.Codename).HasMaxLength(100);
        b.Property(p => p.Edition).HasMaxLength(60);
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Commune> b)
    {
        b.ToTable("geo_communes");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(5);
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.Type).HasMaxLength(20);
        b.Property(c => c.Codename).HasMaxLength(120);
        b.Property(c => c.Edition).HasMaxLength(60);
        b.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ProvinceCode);
    }
}

internal sealed class LegacyProvinceConfiguration : IEntityTypeConfiguration<LegacyProvince>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<LegacyProvince> b)
    {
        b.ToTable("geo_legacy_provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(2);
        b.Property(p => p.FullName).HasMaxLength(120);
        b.Property(p => p.SuccessorCode).HasMaxLength(2);
        b.Property(p => p.SuccessorCodes).HasMaxLength(40);
    }
}
