namespace Ocop.Features.Certification.Rubrics;

public enum RubricStatus { Draft = 0, Active = 1, Retired = 2 }

public enum RubricNodeKind { Part = 0, Group = 1, Criterion = 2, Option = 3 }

/// <summary>
/// A version of the OCOP evaluation criteria, e.g. Decision 148/QĐ-TTg (2023): one sheet per
/// product set. Evaluations record the version (and sheet) they used, so older results stay
/// readable when a new decision replaces the criteria.
/// </summary>
public sealed class RubricVersion
{
    public int Id { get; set; }
    /// <summary>Stable code, e.g. "QD148-2023".</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    /// <summary>The legal basis, e.g. "Quyết định 148/QĐ-TTg ngày 24/02/2023, Phụ lục III".</summary>
    public required string LegalBasis { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public RubricStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<RubricSheet> Sheets { get; set; } = [];
}

/// <summary>The scoring sheet of one product set (1–26) within a rubric version.</summary>
public sealed class RubricSheet
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public int SetCode { get; set; }
    public required string Title { get; set; }
    public RubricStatus Status { get; set; }
    /// <summary>Where the sheet came from (file name of the import) and every correction applied to it.</summary>
    public string? Source { get; set; }
    public string? Corrections { get; set; }
    public DateTime ImportedAt { get; set; }
    public List<RubricNode> Nodes { get; set; } = [];
}

/// <summary>
/// One node of a sheet's tree: part (A/B/C) → item group → criterion → option. Parts, groups and
/// criteria carry a maximum; options carry points and, when the option is required for a star
/// level, that level (3, 4 or 5) as its star gate. Knock-out conditions are kept in Description.
/// </summary>
public sealed class RubricNode
{
    public int Id { get; set; }
    public int SheetId { get; set; }
    public int? ParentId { get; set; }
    public RubricNodeKind Kind { get; set; }
    /// <summary>Human code in the sheet, e.g. "A", "A1", "A1a", "A1a.2".</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>Maximum for parts, groups and criteria; points for options.</summary>
    public decimal Score { get; set; }
    /// <summary>For an option: the star level (3, 4, 5) that requires it.</summary>
    public int? StarGate { get; set; }
    public int Sort { get; set; }
}

internal sealed class RubricVersionConfiguration : IEntityTypeConfiguration<RubricVersion>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RubricVersion> b)
    {
        b.ToTable("cert_rubric_versions");
        b.Property(v => v.Code).HasMaxLength(40);
        b.HasIndex(v => v.Code).IsUnique();
        b.Property(v => v.Title).HasMaxLength(300);
        b.Property(v => v.LegalBasis).HasMaxLength(300);
        b.HasMany(v => v.Sheets).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RubricSheetConfiguration : IEntityTypeConfiguration<RubricSheet>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RubricSheet> b)
    {
        b.ToTable("cert_rubric_sheets");
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Source).HasMaxLength(300);
        b.Property(s => s.Corrections).HasMaxLength(8000);
        b.HasIndex(s => new { s.VersionId, s.SetCode }).IsUnique();
        b.HasMany(s => s.Nodes).WithOne().HasForeignKey(n => n.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RubricNodeConfiguration : IEntityTypeConfiguration<RubricNode>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RubricNode> b)
    {
        b.ToTable("cert_rubric_nodes");
        b.Property(n => n.Code).HasMaxLength(20);
        b.Property(n => n.Title).HasMaxLength(2000);
        b.Property(n => n.Description).HasMaxLength(4000);
        b.Property(n => n.Score).HasPrecision(6, 2);
        b.HasIndex(n => new { n.SheetId, n.Sort });
        b.HasOne<RubricNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
