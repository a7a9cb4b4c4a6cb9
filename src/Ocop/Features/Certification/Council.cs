namespace Ocop.Features.Certification;

public enum CouncilRole { Chair = 1, Secretary = 2, Member = 3 }

public enum CouncilStatus { Open = 0, Closed = 1 }

/// <summary>
/// An evaluation council (hội đồng đánh giá, phân hạng) of a round: chair, secretary and members
/// who score the dossiers assigned to it. A member never scores their own producer.
/// </summary>
public sealed class Council
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public required string Name { get; set; }
    public RecognitionLevel Level { get; set; }
    public string? ProvinceCode { get; set; }
    public CouncilStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public List<CouncilMember> Members { get; set; } = [];
}

public sealed class CouncilMember
{
    public int Id { get; set; }
    public int CouncilId { get; set; }
    public required string UserId { get; set; }
    public required string FullName { get; set; }
    public CouncilRole Role { get; set; }
    /// <summary>The producer this member belongs to (if any): they never score its dossiers.</summary>
    public int? OwnProducerId { get; set; }
}

/// <summary>One member's independent score sheet for one dossier: one option per criterion.</summary>
public sealed class MemberScore
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public int CouncilId { get; set; }
    public required string MemberUserId { get; set; }
    public decimal Total { get; set; }
    public DateTime SubmittedAt { get; set; }
    public List<MemberScoreItem> Items { get; set; } = [];
}

public sealed class MemberScoreItem
{
    public int Id { get; set; }
    public int MemberScoreId { get; set; }
    public int CriterionNodeId { get; set; }
    public int OptionNodeId { get; set; }
    public decimal Points { get; set; }
}

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Council> b)
    {
        b.ToTable("cert_councils");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.HasOne<EvaluationRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<CouncilMember> b)
    {
        b.ToTable("cert_council_members");
        b.Property(m => m.UserId).HasMaxLength(64);
        b.Property(m => m.FullName).HasMaxLength(120);
        b.HasIndex(m => new { m.CouncilId, m.UserId }).IsUnique();
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class MemberScoreConfiguration : IEntityTypeConfiguration<MemberScore>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<MemberScore> b)
    {
        b.ToTable("cert_member_scores");
        b.Property(s => s.MemberUserId).HasMaxLength(64);
        b.Property(s => s.Total).HasPrecision(6, 2);
        b.HasIndex(s => new { s.DossierId, s.CouncilId, s.MemberUserId }).IsUnique();
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.MemberScoreId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MemberScoreItemConfiguration : IEntityTypeConfiguration<MemberScoreItem>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<MemberScoreItem> b)
    {
        b.ToTable("cert_member_score_items");
        b.Property(i => i.Points).HasPrecision(6, 2);
        b.HasIndex(i => new { i.MemberScoreId, i.CriterionNodeId }).IsUnique();
    }
}
