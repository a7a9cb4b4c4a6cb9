namespace Ocop.Features.Programme;

/// <summary>
/// The stored funnel: one row per trained person (by phone), with the place of their first training,
/// the producer they are and the stage derived by <see cref="OnboardingStages"/>. Written only by
/// <see cref="FunnelRefresh"/> — with the attendance that creates it, then by its catch-up passes — so
/// the funnel page counts rows instead of re-deriving every person on each view.
/// </summary>
public sealed class OnboardingPerson
{
    public required string Phone { get; set; }
    public required string ProvinceCode { get; set; }
    public required string CommuneCode { get; set; }
    public int? ProducerId { get; set; }
    public OnboardingStage Stage { get; set; }
    /// <summary>When the stage (or the producer) last changed.</summary>
    public DateTime ChangedAt { get; set; }
}

internal sealed class OnboardingPersonConfiguration : IEntityTypeConfiguration<OnboardingPerson>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<OnboardingPerson> b)
    {
        b.ToTable("prog_onboarding");
        b.HasKey(p => p.Phone);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.ProvinceCode).HasMaxLength(2);
        b.Property(p => p.CommuneCode).HasMaxLength(5);
        b.HasIndex(p => new { p.ProvinceCode, p.CommuneCode, p.Stage });
        b.HasIndex(p => new { p.Stage, p.ProducerId });
        b.HasIndex(p => p.ProducerId);
    }
}
