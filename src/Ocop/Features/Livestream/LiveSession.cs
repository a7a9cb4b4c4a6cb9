using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Livestream;

public enum LiveStatus { Scheduled = 0, Live = 1, Ended = 2 }

public enum StreamPlatform { YouTube = 1, Facebook = 2, TikTok = 3, Zalo = 4, Other = 9 }

/// <summary>
/// A livestream market (phiên chợ livestream): the video streams on a platform, the buying happens
/// here. Scheduled → Live → Ended, moved only by a host. The platform's own figures (reach, views,
/// interactions) are entered by the organiser after the session, beside ours.
/// </summary>
public sealed class LiveSession
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Organiser { get; set; }
    /// <summary>Who appears on camera (names as announced), not necessarily accounts.</summary>
    public required string HostNames { get; set; }
    public string? Description { get; set; }
    public StreamPlatform Platform { get; set; }
    public required string StreamUrl { get; set; }
    public DateTime ScheduledAt { get; set; }
    public int PlannedMinutes { get; set; }
    public string? CoverHash { get; set; }
    public LiveStatus Status { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public int? PinnedProductId { get; set; }
    public DateTime? PinnedAt { get; set; }
    public int PeakViewers { get; set; }
    public string? ProvinceCode { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public long? PlatformReach { get; set; }
    public long? PlatformViews { get; set; }
    public long? PlatformViewers { get; set; }
    public long? PlatformInteractions { get; set; }
    public string? PlatformSource { get; set; }
    /// <summary>The host's edited run-sheet; null until edited (then generated from the bag).</summary>
    public string? RunSheet { get; set; }
    public List<LiveSessionProduct> Products { get; set; } = [];
    public List<LiveSessionHost> Hosts { get; set; } = [];

    public DateTime PlannedEnd => ScheduledAt.AddMinutes(PlannedMinutes);
}

/// <summary>A product in the session's bag, in running order.</summary>
public sealed class LiveSessionProduct
{
    public int SessionId { get; set; }
    public int ProductId { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>
/// An account that runs the session's console (pin, deals, start/end) once it has accepted
/// (<see cref="AcceptedAt"/>); the organiser who creates the session accepts by creating it, an
/// invited host by answering the invitation.
/// </summary>
public sealed class LiveSessionHost
{
    public int SessionId { get; set; }
    public required string UserId { get; set; }
    public DateTime? AcceptedAt { get; set; }
}

/// <summary>A viewer of our page, counted once per session (user id or guest cookie id).</summary>
public sealed class LiveViewer
{
    public int SessionId { get; set; }
    public required string ViewerKey { get; set; }
    public DateTime FirstSeenAt { get; set; }
}

/// <summary>Concurrent viewers on our page in one minute of the session (the report's timeline).</summary>
public sealed class LiveMinute
{
    public int SessionId { get; set; }
    public int Minute { get; set; }
    public int Viewers { get; set; }
}

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> b)
    {
        b.ToTable("livestream_sessions");
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Organiser).HasMaxLength(200);
        b.Property(s => s.HostNames).HasMaxLength(300);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.StreamUrl).HasMaxLength(500);
        b.Property(s => s.CoverHash).HasMaxLength(64);
        b.Property(s => s.ProvinceCode).HasMaxLength(2);
        b.Property(s => s.CreatedBy).HasMaxLength(64);
        b.Property(s => s.PlatformSource).HasMaxLength(200);
        b.Property(s => s.RunSheet).HasMaxLength(20000);
        b.Property(s => s.Status).IsConcurrencyToken();
        b.Ignore(s => s.PlannedEnd);
        b.HasMany(s => s.Products).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Hosts).WithOne().HasForeignKey(h => h.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Status, s.ScheduledAt });
    }
}

internal sealed class LiveSessionProductConfiguration : IEntityTypeConfiguration<LiveSessionProduct>
{
    public void Configure(EntityTypeBuilder<LiveSessionProduct> b)
    {
        b.ToTable("livestream_products");
        b.HasKey(p => new { p.SessionId, p.ProductId });
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LiveSessionHostConfiguration : IEntityTypeConfiguration<LiveSessionHost>
{
    public void Configure(EntityTypeBuilder<LiveSessionHost> b)
    {
        b.ToTable("livestream_hosts");
        b.HasKey(h => new { h.SessionId, h.UserId });
        b.Property(h => h.UserId).HasMaxLength(64);
        b.HasOne<Identity.AppUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveViewerConfiguration : IEntityTypeConfiguration<LiveViewer>
{
    public void Configure(EntityTypeBuilder<LiveViewer> b)
    {
        b.ToTable("livestream_viewers");
        b.HasKey(v => new { v.SessionId, v.ViewerKey });
        b.Property(v => v.ViewerKey).HasMaxLength(64);
        b.HasOne<LiveSession>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveMinuteConfiguration : IEntityTypeConfiguration<LiveMinute>
{
    public void Configure(EntityTypeBuilder<LiveMinute> b)
    {
        b.ToTable("livestream_minutes");
        b.HasKey(m => new { m.SessionId, m.Minute });
        b.HasOne<LiveSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
