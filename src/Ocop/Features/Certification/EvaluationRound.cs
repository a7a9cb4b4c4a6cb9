namespace Ocop.Features.Certification;

public enum RecognitionLevel { Province = 1, Central = 2 }

public enum RoundStatus { Open = 0, Closed = 1 }

/// <summary>
/// An evaluation round (đợt đánh giá): a province's yearly round for 3★/4★, or the central
/// level's round for 5★. Dossiers are submitted while it is open.
/// </summary>
public sealed class EvaluationRound
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public RecognitionLevel Level { get; set; }
    /// <summary>The province that runs it; null for a central round.</summary>
    public string? ProvinceCode { get; set; }
    public int Year { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public RoundStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool AcceptsSubmissions(DateOnly today) => Status == RoundStatus.Open && today >= OpensOn && today <= ClosesOn;
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<EvaluationRound> b)
    {
        b.ToTable("cert_rounds");
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.ProvinceCode).HasMaxLength(2);
        b.HasIndex(r => new { r.ProvinceCode, r.Year });
    }
}
