namespace Ocop.Features.Programme;

/// <summary>
/// The stored funnel's clock (one row): facts changed before <see cref="CheckedAt"/> are in it. The next
/// pass re-reads producers and products changed since then (less an overlap for late commits) and the
/// attendance rows after <see cref="LastAttendanceId"/>; <see cref="RebuiltAt"/> is the last full pass.
/// </summary>
public sealed class FunnelRefreshState
{
    public const int SingleId = 1;
    public int Id { get; set; } = SingleId;
    public DateTime CheckedAt { get; set; }
    public DateTime RebuiltAt { get; set; }
    public int LastAttendanceId { get; set; }
}

internal sealed class FunnelRefreshStateConfiguration : IEntityTypeConfiguration<FunnelRefreshState>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<FunnelRefreshState> b)
    {
        b.ToTable("prog_funnel_state");
        b.Property(s => s.Id).ValueGeneratedNever();
    }
}
