using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

/// <summary>
/// A person's account. Scope fields say where an officer may act (province, commune) and which
/// producer an owner runs; roles say what they may do (<see cref="Roles"/>).
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int? ProducerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool Disabled { get; set; }
}

/// <summary>The roles of DESIGN §1. Names are stable identifiers; <see cref="Label"/> is what people read.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Central = "central";
    public const string Province = "province";
    public const string Commune = "commune";
    public const string Council = "council";
    public const string Producer = "producer";
    public const string Buyer = "buyer";
    public const string Livestream = "livestream";
    public const string B2bBuyer = "b2b";

    public static readonly string[] All = [Admin, Central, Province, Commune, Council, Producer, Buyer, Livestream, B2bBuyer];

    /// <summary>Roles whose holder is a public officer of the programme.</summary>
    public static readonly string[] Officers = [Admin, Central, Province, Commune];

    public static string Label(string role) => role switch
    {
        Admin => "Quản trị",
        Central => "Trung ương",
        Province => "Cán bộ tỉnh",
        Commune => "Cán bộ xã",
        Council => "Thành viên hội đồng",
        Producer => "Chủ thể OCOP",
        Buyer => "Người mua",
        Livestream => "Người dẫn livestream",
        B2bBuyer => "Đơn vị thu mua",
        _ => role,
    };
}

/// <summary>Claim types carrying a user's scope.</summary>
public static class ScopeClaims
{
    public const string Province = "ocop:province";
    public const string Commune = "ocop:commune";
    public const string Producer = "ocop:producer";
    public const string FullName = "ocop:name";
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(120);
        b.Property(u => u.ProvinceCode).HasMaxLength(2);
        b.Property(u => u.CommuneCode).HasMaxLength(5);
        b.HasIndex(u => u.ProvinceCode);
        b.HasIndex(u => u.ProducerId);
    }
}
