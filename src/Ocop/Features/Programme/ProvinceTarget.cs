namespace Ocop.Features.Programme;

/// <summary>
/// A province's onboarding targets for a year, one number per funnel stage (e.g. Thái Nguyên: every
/// OCOP product online). Progress is measured against the derived funnel, never typed in.
/// </summary>
public sealed class ProvinceTarget
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    public int Year { get; set; }
    public int Trained { get; set; }
    public int Storefronts { get; set; }
    public int PaymentAccounts { get; set; }
    public int ListedProducers { get; set; }
    public int Selling { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int For(OnboardingStage stage) => stage switch
    {
        OnboardingStage.Trained => Trained,
        OnboardingStage.StorefrontOpened => Storefronts,
        OnboardingStage.PaymentAccount => PaymentAccounts,
        OnboardingStage.ProductListed => ListedProducers,
        _ => Selling,
    };
}

internal sealed class ProvinceTargetConfiguration : IEntityTypeConfiguration<ProvinceTarget>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ProvinceTarget> b)
    {
        b.ToTable("prog_targets");
        b.Property(t => t.ProvinceCode).HasMaxLength(2);
        b.HasIndex(t => new { t.ProvinceCode, t.Year }).IsUnique();
        b.HasOne<Geography.Province>().WithMany().HasForeignKey(t => t.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}
