namespace Ocop.Features.Insights;

/// <summary>
/// A periodic snapshot of the programme's figures, taken as of <see cref="TakenAt"/> (UTC). Dashboards
/// read snapshots, never the live order table, so a page costs the same with a million orders.
/// </summary>
public sealed class InsightsSnapshot
{
    public int Id { get; set; }
    public DateTime TakenAt { get; set; }
    /// <summary>True when computed afterwards from dated records (issue, creation, placement and payment times).</summary>
    public bool Backfilled { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One figure of a snapshot: a metric for a province and a key (stars, set, group, legal form, channel, stage).</summary>
public sealed class InsightsFigure
{
    public long Id { get; set; }
    public int SnapshotId { get; set; }
    public required string Metric { get; set; }
    public required string ProvinceCode { get; set; }
    public required string Key { get; set; }
    public long Value { get; set; }
}

internal sealed class InsightsSnapshotConfiguration : IEntityTypeConfiguration<InsightsSnapshot>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<InsightsSnapshot> b)
    {
        b.ToTable("ins_snapshots");
        b.HasIndex(s => s.TakenAt);
    }
}

internal sealed class InsightsFigureConfiguration : IEntityTypeConfiguration<InsightsFigure>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<InsightsFigure> b)
    {
        b.ToTable("ins_figures");
        b.Property(f => f.Metric).HasMaxLength(40);
        b.Property(f => f.ProvinceCode).HasMaxLength(2);
        b.Property(f => f.Key).HasMaxLength(20);
        b.HasOne<InsightsSnapshot>().WithMany().HasForeignKey(f => f.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.SnapshotId, f.ProvinceCode, f.Metric });
    }
}

/// <summary>The metric names stored in <see cref="InsightsFigure.Metric"/>.</summary>
public static class Metrics
{
    public const string CertifiedByStars = "certified_stars";
    public const string CertifiedBySet = "certified_set";
    public const string CertifiedByGroup = "certified_group";
    public const string CertificatesNew = "certificates_new_90d";
    public const string CertificatesExpiring = "certificates_expiring_90d";
    public const string ProducersByLegalForm = "producers_legal_form";
    public const string ListedProducts = "products_listed";
    public const string OrdersPlaced = "orders_placed";
    public const string GmvPlaced = "gmv_placed";
    public const string OrdersPaid = "orders_paid";
    public const string GmvPaid = "gmv_paid";
    /// <summary>Money owed back to buyers for cancelled or returned orders (refunds written by then), a figure of its own.</summary>
    public const string Refunds = "refunds";
    public const string Funnel = "funnel";
    public const string CertifiedWithLots = "certified_with_lots";
    /// <summary>Dossiers with a provincial council result (scored, forwarded to the centre, or decided).</summary>
    public const string DossiersScored = "dossiers_scored";
    /// <summary>"Tiềm năng 5 sao": dossiers that scored 90–100 at the province and went on to the central council;
    /// key "" all of them, key <see cref="AwaitingCentral"/> those the centre has not decided yet.</summary>
    public const string PotentialFiveStar = "potential_5_star";
    public const string AwaitingCentral = "awaiting_central";
}

/// <summary>
/// Sales channels. Storefront and livestream from Commerce's own attribution: an order placed from a
/// livestream session carries its <c>LivestreamId</c>; every other order is a storefront sale. B2B from
/// Matching: each agreed (or closed) deal counts as one B2B sale worth its agreed volume × unit price,
/// placed when agreed; Matching records no payment, so B2B has no paid figures (docs/decisions/0008).
/// </summary>
public static class SalesChannels
{
    public const string Storefront = "storefront";
    public const string Livestream = "livestream";
    public const string B2b = "b2b";
    public static readonly string[] All = [Storefront, Livestream, B2b];

    public static string Of(bool fromLivestream) => fromLivestream ? Livestream : Storefront;

    /// <summary>Whether the platform records payment on this channel (B2B payment happens outside it).</summary>
    public static bool RecordsPayment(string channel) => channel != B2b;

    public static string Label(string channel) => channel switch
    {
        Storefront => "Gian hàng",
        Livestream => "Livestream",
        B2b => "Bán buôn (B2B)",
        _ => channel,
    };
}
