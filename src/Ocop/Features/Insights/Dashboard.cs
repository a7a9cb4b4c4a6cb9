using Microsoft.Extensions.Caching.Memory;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Features.Programme;

namespace Ocop.Features.Insights;

public sealed record SeriesPoint(string Label, DateTime AsOf, long Value);
public sealed record Figure(string Key, string Label, long Value);
/// <summary>One sales channel's figures; the paid ones are null where the platform does not record payment (B2B).</summary>
public sealed record ChannelRow(string Channel, string Label, long Orders, long Gmv, long? PaidOrders, long? PaidGmv, long? Refunds = null);
/// <summary>"Tiềm năng 5 sao" in a province: of its dossiers with a council result, how many scored 90–100 and went on to the
/// central council, and how many of those still await the centre's decision.</summary>
public sealed record PotentialFiveRow(string ProvinceCode, string Province, long Scored, long Potential, long AwaitingCentral)
{
    /// <summary>Share of the scored dossiers, in percent (one decimal); null when none was scored.</summary>
    public decimal? SharePercent => Scored == 0 ? null : Math.Round(Potential * 100m / Scored, 1, MidpointRounding.AwayFromZero);
}
public sealed record ProvinceCommerceRow(string ProvinceCode, string Province, long Orders, long Gmv, long PaidOrders, long PaidGmv, long Certified, long Listed);

/// <summary>What the dashboard shows for a scope, from the latest snapshot and one snapshot per past quarter.</summary>
public sealed record DashboardData(
    DateTime? AsOf, string? ProvinceCode,
    IReadOnlyList<Figure> CertifiedByStars, IReadOnlyList<Figure> CertifiedBySet, IReadOnlyList<Figure> CertifiedByGroup,
    IReadOnlyList<Figure> ProducersByLegalForm, long CertificatesNew, long CertificatesExpiring, long ListedProducts, long CertifiedWithLots,
    IReadOnlyList<ChannelRow> Channels, IReadOnlyList<ProvinceCommerceRow> Provinces,
    IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> Series,
    FunnelReport Funnel, IReadOnlyList<string> NotYetMeasured,
    PotentialFiveRow PotentialFive, IReadOnlyList<PotentialFiveRow> PotentialFiveByProvince);

/// <summary>
/// The national and provincial dashboard. Reads snapshots only (at most nine: one per past quarter and
/// the latest, funnel included), cached per snapshot set and scope; the live funnel is on the programme page. A provincial or commune officer sees their province; asking for another is refused.
/// </summary>
public sealed class Dashboard(OcopDb db, GeographyDirectory geo, CurrentUser me, IMemoryCache cache)
{
    public const int Quarters = 8;

    /// <summary>What the issue asks for that this build cannot measure yet, said on the page instead of showing zeros.</summary>
    public static readonly string[] Unmeasured =
    [
        "Bán buôn (B2B): tính theo giá trị thoả thuận của giao dịch kết nối cung cầu (khối lượng × đơn giá, vào ngày thoả thuận); thanh toán B2B diễn ra ngoài nền tảng nên chưa có số đã trả.",
    ];

    public async Task<Result<DashboardData>> RunAsync(string? province)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được thống kê này.");
        var scope = me.ProvinceScope;
        if (province is not null && scope is not null && province != scope) return AppError.Forbidden("Bạn chỉ xem được thống kê của tỉnh mình.");
        var filter = province ?? scope;
        if (filter is not null && geo.Province(filter) is null) return AppError.NotFound("Không tìm thấy tỉnh/thành.");
        return await BuildAsync(filter);
    }

    /// <summary>The snapshots a chart uses: the last one of each quarter that has one (up to <see cref="Quarters"/>) and the latest.</summary>
    public async Task<List<InsightsSnapshot>> SeriesSnapshotsAsync(DateTime? until = null)
    {
        var q = db.Set<InsightsSnapshot>().AsNoTracking();
        if (until is not null) q = q.Where(s => s.TakenAt <= until);
        var all = await q.OrderByDescending(s => s.TakenAt).Take(400).ToListAsync();
        return all.GroupBy(s => QuarterLabel(s.TakenAt)).Select(g => g.First()).Take(Quarters + 1).OrderBy(s => s.TakenAt).ToList();
    }

    public async Task<DashboardData> BuildAsync(string? province, DateTime? until = null)
    {
        var snapshots = await SeriesSnapshotsAsync(until);
        var key = $"dash:{province}:{string.Join(',', snapshots.Select(s => s.Id))}";
        return (await cache.GetOrCreateAsync(key, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return await FromSnapshotsAsync(province, snapshots);
        }))!;
    }

    private async Task<DashboardData> FromSnapshotsAsync(string? province, List<InsightsSnapshot> snapshots)
    {
        var ids = snapshots.Select(s => s.Id).ToList();
        var figures = db.Set<InsightsFigure>().AsNoTracking().Where(f => ids.Contains(f.SnapshotId));
        if (province is not null) figures = figures.Where(f => f.ProvinceCode == province);
        var rows = await figures.Select(f => new { f.SnapshotId, f.Metric, f.ProvinceCode, f.Key, f.Value }).ToListAsync();
        var latest = snapshots.LastOrDefault();
        var now = rows.Where(r => r.SnapshotId == latest?.Id).ToList();

        IReadOnlyList<Figure> By(string metric, Func<string, string> label) => now.Where(r => r.Metric == metric)
            .GroupBy(r => r.Key).Select(g => new Figure(g.Key, label(g.Key), g.Sum(r => r.Value))).OrderBy(f => f.Key.PadLeft(3, '0')).ToList();
        long Sum(string metric) => now.Where(r => r.Metric == metric).Sum(r => r.Value);
        long Of(string metric, string channel) => now.Where(r => r.Metric == metric && r.Key == channel).Sum(r => r.Value);

        var channels = SalesChannels.All.Select(c => new ChannelRow(c, SalesChannels.Label(c), Of(Metrics.OrdersPlaced, c), Of(Metrics.GmvPlaced, c),
            SalesChannels.RecordsPayment(c) ? Of(Metrics.OrdersPaid, c) : null, SalesChannels.RecordsPayment(c) ? Of(Metrics.GmvPaid, c) : null,
            SalesChannels.RecordsPayment(c) ? Of(Metrics.Refunds, c) : null)).ToList();
        var provinces = now.GroupBy(r => r.ProvinceCode).Where(g => g.Key.Length > 0)
            .Select(g => new ProvinceCommerceRow(g.Key, geo.Province(g.Key)?.Name ?? g.Key,
                g.Where(r => r.Metric == Metrics.OrdersPlaced).Sum(r => r.Value), g.Where(r => r.Metric == Metrics.GmvPlaced).Sum(r => r.Value),
                g.Where(r => r.Metric == Metrics.OrdersPaid).Sum(r => r.Value), g.Where(r => r.Metric == Metrics.GmvPaid).Sum(r => r.Value),
                g.Where(r => r.Metric == Metrics.CertifiedByStars).Sum(r => r.Value), g.Where(r => r.Metric == Metrics.ListedProducts).Sum(r => r.Value)))
            .OrderBy(r => r.ProvinceCode).ToList();

        var potential = now.Where(r => r.Metric is Metrics.DossiersScored or Metrics.PotentialFiveStar).GroupBy(r => r.ProvinceCode)
            .Select(g => new PotentialFiveRow(g.Key, geo.Province(g.Key)?.Name ?? g.Key,
                g.Where(r => r.Metric == Metrics.DossiersScored).Sum(r => r.Value),
                g.Where(r => r.Metric == Metrics.PotentialFiveStar && r.Key == "").Sum(r => r.Value),
                g.Where(r => r.Metric == Metrics.PotentialFiveStar && r.Key == Metrics.AwaitingCentral).Sum(r => r.Value)))
            .OrderBy(r => r.ProvinceCode).ToList();
        var potentialTotal = new PotentialFiveRow(province ?? "", province is null ? "Toàn quốc" : geo.Province(province)?.Name ?? province,
            potential.Sum(r => r.Scored), potential.Sum(r => r.Potential), potential.Sum(r => r.AwaitingCentral));

        var series = new Dictionary<string, IReadOnlyList<SeriesPoint>>();
        void Series(string name, Func<string, string, bool> pick)
        {
            series[name] = snapshots.Select(s => new SeriesPoint(QuarterLabel(s.TakenAt), s.TakenAt,
                rows.Where(r => r.SnapshotId == s.Id && pick(r.Metric, r.Key)).Sum(r => r.Value))).ToList();
        }
        foreach (var stars in new[] { "3", "4", "5" }) Series($"stars-{stars}", (m, k) => m == Metrics.CertifiedByStars && k == stars);
        Series("gmv-placed", (m, _) => m == Metrics.GmvPlaced);
        Series("gmv-paid", (m, _) => m == Metrics.GmvPaid);
        Series("orders-placed", (m, _) => m == Metrics.OrdersPlaced);
        Series("listed", (m, _) => m == Metrics.ListedProducts);
        Series("traced", (m, _) => m == Metrics.CertifiedWithLots);

        return new DashboardData(latest?.TakenAt, province,
            By(Metrics.CertifiedByStars, k => $"{k} sao"),
            By(Metrics.CertifiedBySet, k => int.TryParse(k, out var c) && ProductSets.Find(c) is { } s ? s.Name : k),
            By(Metrics.CertifiedByGroup, k => int.TryParse(k, out var c) && ProductSets.Groups.FirstOrDefault(g => g.Code == c) is { } g ? g.Name : k),
            By(Metrics.ProducersByLegalForm, k => int.TryParse(k, out var c) ? ProducerLabels.Of((LegalForm)c) : k),
            Sum(Metrics.CertificatesNew), Sum(Metrics.CertificatesExpiring), Sum(Metrics.ListedProducts), Sum(Metrics.CertifiedWithLots),
            channels, provinces, series, FunnelOf(now.Where(r => r.Metric == Metrics.Funnel).Select(r => (r.ProvinceCode, r.Key, r.Value)), latest, province), Unmeasured,
            potentialTotal, potential);
    }

    /// <summary>The funnel as the snapshot recorded it (by province), so the dashboard never recomputes it per view.</summary>
    private FunnelReport FunnelOf(IEnumerable<(string Province, string Key, long Value)> rows, InsightsSnapshot? latest, string? province)
    {
        var byProvince = rows.GroupBy(r => r.Province).Select(g =>
        {
            var counts = new int[OnboardingFunnel.Stages.Length];
            foreach (var r in g) if (int.TryParse(r.Key, out var s) && s >= 0 && s < counts.Length) counts[s] = (int)r.Value;
            return new FunnelRow(g.Key, geo.Province(g.Key)?.Name ?? g.Key, counts);
        }).OrderByDescending(r => r.Counts[0]).ToList();
        var totals = OnboardingFunnel.Stages.Select(s => byProvince.Sum(r => r.Counts[(int)s])).ToArray();
        return new FunnelReport(latest?.TakenAt ?? DateTime.MinValue, province, byProvince, totals, null);
    }

    /// <summary>"Q3/2026" for a UTC time, by the Vietnam calendar.</summary>
    public static string QuarterLabel(DateTime utc)
    {
        var local = VietnamTime.ToLocal(utc);
        return $"Q{(local.Month - 1) / 3 + 1}/{local.Year}";
    }
}
