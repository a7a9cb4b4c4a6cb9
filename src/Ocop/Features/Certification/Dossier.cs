namespace Ocop.Features.Certification;

public enum EvaluationType { FirstTime = 1, Upgrade = 2, Rerank = 3 }

/// <summary>
/// Where a dossier stands. Transitions are guarded by <see cref="Dossier"/>'s methods; every one
/// is audited.
/// </summary>
public enum DossierStatus
{
    Draft = 0,
    Submitted = 1,            // waiting for the commune's pre-check
    ReturnedByCommune = 2,
    Forwarded = 3,            // commune forwarded to the province
    ReturnedByProvince = 4,
    Accepted = 5,             // complete; assigned to a council, being scored
    Scored = 6,               // the council session closed: result known
    ForwardedToCentral = 7,   // 90–100 points at province: "tiềm năng 5 sao"
    Recognised = 8,           // decision recorded (certificate issued for 3★+)
    NotRecognised = 9,        // decision recorded, below 3★: result, no certificate
}

/// <summary>
/// A producer's dossier (hồ sơ) for one product in one round: self-assessment on the rubric sheet
/// of the product's set, evidence, declared samples, and its path through commune, province and
/// council to a result.
/// </summary>
public sealed class Dossier
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int RoundId { get; set; }
    public int ProductId { get; set; }
    public int ProducerId { get; set; }
    public required string ProvinceCode { get; set; }
    public required string CommuneCode { get; set; }
    public int SetCode { get; set; }
    public int RubricSheetId { get; set; }
    public required string RubricVersionCode { get; set; }
    public EvaluationType Type { get; set; }
    public DossierStatus Status { get; set; }
    public string? SamplesDeclared { get; set; }
    public string? ProducerNote { get; set; }
    public string? ReturnReason { get; set; }
    public int? CouncilId { get; set; }
    public int? CentralCouncilId { get; set; }
    public decimal? AverageScore { get; set; }
    public int? Stars { get; set; }
    public decimal? CentralAverageScore { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<DossierCriterion> Criteria { get; set; } = [];
    public List<DossierEvidence> Evidence { get; set; } = [];

    public bool IsEditableByProducer => Status is DossierStatus.Draft or DossierStatus.ReturnedByCommune or DossierStatus.ReturnedByProvince;
}

/// <summary>
/// The producer's self-assessment of one criterion (a null option: none of the options applies) and,
/// for the criteria the commune checks, the commune's view.
/// </summary>
public sealed class DossierCriterion
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int CriterionNodeId { get; set; }
    public int? SelfOptionNodeId { get; set; }
    public string? Note { get; set; }
    public int? CommuneOptionNodeId { get; set; }
    public string? CommuneNote { get; set; }
    /// <summary>The commune has checked this criterion (confirmed or corrected; "none applies" is a check too).</summary>
    public bool CommuneChecked { get; set; }
}

public sealed class DossierEvidence
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int? CriterionNodeId { get; set; }
    public required string MediaHash { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public DateTime UploadedAt { get; set; }
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Dossier> b)
    {
        b.ToTable("cert_dossiers");
        b.Property(d => d.Number).HasMaxLength(40);
        b.HasIndex(d => d.Number).IsUnique();
        b.Property(d => d.ProvinceCode).HasMaxLength(2);
        b.Property(d => d.CommuneCode).HasMaxLength(5);
        b.Property(d => d.RubricVersionCode).HasMaxLength(40);
        b.Property(d => d.SamplesDeclared).HasMaxLength(1000);
        b.Property(d => d.ProducerNote).HasMaxLength(2000);
        b.Property(d => d.ReturnReason).HasMaxLength(2000);
        b.Property(d => d.AverageScore).HasPrecision(6, 2);
        b.Property(d => d.CentralAverageScore).HasPrecision(6, 2);
        b.HasOne<EvaluationRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(d => d.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Rubrics.RubricSheet>().WithMany().HasForeignKey(d => d.RubricSheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Criteria).WithOne().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Evidence).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.ProvinceCode, d.Status });
        b.HasIndex(d => new { d.ProducerId, d.Status });
        b.HasIndex(d => d.CouncilId);
    }
}

internal sealed class DossierCriterionConfiguration : IEntityTypeConfiguration<DossierCriterion>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DossierCriterion> b)
    {
        b.ToTable("cert_dossier_criteria");
        b.Property(c => c.Note).HasMaxLength(2000);
        b.Property(c => c.CommuneNote).HasMaxLength(2000);
        b.HasIndex(c => new { c.DossierId, c.CriterionNodeId }).IsUnique();
    }
}

internal sealed class DossierEvidenceConfiguration : IEntityTypeConfiguration<DossierEvidence>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DossierEvidence> b)
    {
        b.ToTable("cert_dossier_evidence");
        b.Property(e => e.MediaHash).HasMaxLength(64);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(60);
        b.HasIndex(e => e.DossierId);
    }
}
