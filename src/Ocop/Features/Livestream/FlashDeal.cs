using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Livestream;

public enum DealState { Planned = 0, Running = 1, Ended = 2 }

public enum DealEndReason { Expired = 1, EndedEarly = 2, SoldOut = 3, SessionEnded = 4 }

/// <summary>
/// A flash deal on one product of a session: a price below the normal price, its own quota
/// (<see cref="Sold"/> never exceeds <see cref="Quota"/>: one conditional UPDATE per claim), a
/// per-buyer limit, a countdown before it opens and a duration. Its id on order lines is
/// <c>live-{Id}</c>. Planned deals (the run-sheet's) start when the host says so. Starting a deal
/// moves its quota out of the product's stock (its own allocation, <see cref="Left"/> units while
/// it runs); when it ends, what is left goes back to stock once, recorded in
/// <see cref="ReturnedToStock"/>.
/// </summary>
public sealed class FlashDeal
{
    public const string Prefix = "live-";
    public const int MinCountdown = 10, MaxCountdown = 300, MinDuration = 1, MaxDuration = 20;

    public int Id { get; set; }
    public int SessionId { get; set; }
    public int ProductId { get; set; }
    public required string ProductName { get; set; }
    public required string Unit { get; set; }
    public long NormalPrice { get; set; }
    public long DealPrice { get; set; }
    public int Quota { get; set; }
    public int Sold { get; set; }
    public int PerBuyerLimit { get; set; }
    public int CountdownSeconds { get; set; }
    public int DurationMinutes { get; set; }
    /// <summary>Minutes after the session's start when the run-sheet plans it (planned deals).</summary>
    public int? PlannedMinute { get; set; }
    public DealState State { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public DealEndReason? EndReason { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Units of the allocation given back to the product's stock after the deal ended; null while it runs or until that is done.</summary>
    public int? ReturnedToStock { get; set; }

    public string DealId => Prefix + Id;

    /// <summary>Units of the quota not sold (the deal's own allocation while it runs).</summary>
    public int Left => Math.Max(0, Quota - Sold);

    public static int? IdOf(string dealId) =>
        dealId.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(dealId.AsSpan(Prefix.Length), out var id) ? id : null;

    /// <summary>Starts the countdown now; the deal opens after it and closes after its duration.</summary>
    public void Start(DateTime now)
    {
        State = DealState.Running;
        StartsAt = now.AddSeconds(CountdownSeconds);
        EndsAt = StartsAt.Value.AddMinutes(DurationMinutes);
    }

    public bool IsOpen(DateTime now) => State == DealState.Running && StartsAt <= now && now < EndsAt && Sold < Quota;
}

/// <summary>Units of one deal claimed by one buyer (user or guest session), for the per-buyer limit.</summary>
public sealed class DealClaim
{
    public int FlashDealId { get; set; }
    public required string BuyerKey { get; set; }
    public int Quantity { get; set; }
}

internal sealed class FlashDealConfiguration : IEntityTypeConfiguration<FlashDeal>
{
    public void Configure(EntityTypeBuilder<FlashDeal> b)
    {
        b.ToTable("livestream_deals");
        b.Property(d => d.ProductName).HasMaxLength(200);
        b.Property(d => d.Unit).HasMaxLength(30);
        b.Ignore(d => d.DealId);
        b.Ignore(d => d.Left);
        b.HasOne<LiveSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.SessionId, d.State });
        b.HasIndex(d => new { d.State, d.EndsAt });
    }
}

internal sealed class DealClaimConfiguration : IEntityTypeConfiguration<DealClaim>
{
    public void Configure(EntityTypeBuilder<DealClaim> b)
    {
        b.ToTable("livestream_deal_claims");
        b.HasKey(c => new { c.FlashDealId, c.BuyerKey });
        b.Property(c => c.BuyerKey).HasMaxLength(80);
        b.HasOne<FlashDeal>().WithMany().HasForeignKey(c => c.FlashDealId).OnDelete(DeleteBehavior.Cascade);
    }
}
