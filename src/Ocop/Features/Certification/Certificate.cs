namespace Ocop.Features.Certification;

public enum CertificateStatus { Valid = 0, Expired = 1, Revoked = 2 }

/// <summary>A recognition decision (quyết định công nhận) of a province (3★/4★) or the central level (5★).</summary>
public sealed class RecognitionDecision
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public DateOnly Date { get; set; }
    public required string Signer { get; set; }
    public RecognitionLevel Level { get; set; }
    public string? ProvinceCode { get; set; }
    public int? RoundId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// An OCOP certificate. Number format: <c>OCOP-{province code}-{year}-{sequence:0000}</c> for a
/// provincial decision (e.g. OCOP-14-2026-0007) and <c>OCOP-TW-{year}-{sequence:0000}</c> for a
/// central (5★) one. Valid 36 months from issue; expired by the background job; revoked with a
/// reason and a decision.
/// </summary>
public sealed class Certificate
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int? DossierId { get; set; }
    public int? ProductId { get; set; }
    public int? ProducerId { get; set; }
    public required string ProductName { get; set; }
    public required string ProducerName { get; set; }
    /// <summary>Today's province of the producer (historic records are mapped to current units).</summary>
    public required string ProvinceCode { get; set; }
    /// <summary>The province code printed on a pre-2025 certificate, when it differs.</summary>
    public string? LegacyProvinceCode { get; set; }
    public int SetCode { get; set; }
    public int Stars { get; set; }
    public decimal Score { get; set; }
    public RecognitionLevel Level { get; set; }
    public int? DecisionId { get; set; }
    public required string DecisionNumber { get; set; }
    public DateOnly DecisionDate { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public CertificateStatus Status { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
    public string? RevocationDecision { get; set; }
    public bool Historic { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Reminder bookkeeping: the last "days before expiry" reminder sent (90, then 30).</summary>
    public int? LastReminderDays { get; set; }

    public const int ValidityMonths = 36;

    public static DateOnly ExpiryFor(DateOnly issuedOn) => issuedOn.AddMonths(ValidityMonths).AddDays(-1);

    public CertificateStatus StatusOn(DateOnly today) =>
        Status == CertificateStatus.Revoked ? CertificateStatus.Revoked : today > ExpiresOn ? CertificateStatus.Expired : CertificateStatus.Valid;
}

internal sealed class RecognitionDecisionConfiguration : IEntityTypeConfiguration<RecognitionDecision>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RecognitionDecision> b)
    {
        b.ToTable("cert_decisions");
        b.Property(d => d.Number).HasMaxLength(60);
        b.Property(d => d.Signer).HasMaxLength(120);
        b.Property(d => d.ProvinceCode).HasMaxLength(2);
        b.HasIndex(d => new { d.Level, d.ProvinceCode, d.Number }).IsUnique();
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("cert_certificates");
        b.Property(c => c.Number).HasMaxLength(40);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.ProductName).HasMaxLength(200);
        b.Property(c => c.ProducerName).HasMaxLength(200);
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.Property(c => c.LegacyProvinceCode).HasMaxLength(2);
        b.Property(c => c.Score).HasPrecision(6, 2);
        b.Property(c => c.DecisionNumber).HasMaxLength(60);
        b.Property(c => c.RevocationReason).HasMaxLength(2000);
        b.Property(c => c.RevocationDecision).HasMaxLength(60);
        b.HasIndex(c => new { c.ProvinceCode, c.Status });
        b.HasIndex(c => c.ProductId);
        b.HasIndex(c => c.ExpiresOn);
    }
}
