using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Commerce;
using Ocop.Features.Matching;
using Ocop.Features.Producers;
using Ocop.Features.Programme;

namespace Ocop.Features.Insights;

/// <summary>
/// Computes a snapshot as of a moment from dated records: certificates by issue, expiry and revocation
/// dates; verified producers and products by creation; orders by placement and payment times. So a
/// snapshot can also be back-filled for past quarters. Insights writes only its own tables.
/// </summary>
public sealed class SnapshotBuilder(OcopDb db, FunnelQuery? funnel, TimeProvider clock)
{
    public async Task<InsightsSnapshot> TakeAsync(DateTime asOf, CancellationToken ct = default)
    {
        var figures = new List<InsightsFigure>();
        void Add(string metric, string province, string key, long value)
        {
            if (value != 0) figures.Add(new InsightsFigure { Metric = metric, ProvinceCode = province, Key = key, Value = value });
        }
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(asOf));

        var certs = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.IssuedOn <= day && c.ExpiresOn >= day && (c.Status != CertificateStatus.Revoked || c.RevokedAt > asOf))
            .GroupBy(c => new { c.ProvinceCode, c.Stars, c.SetCode }).Select(g => new { g.Key.ProvinceCode, g.Key.Stars, g.Key.SetCode, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var g in certs.GroupBy(c => (c.ProvinceCode, c.Stars))) Add(Metrics.CertifiedByStars, g.Key.ProvinceCode, g.Key.Stars.ToString(), g.Sum(c => c.Count));
        foreach (var g in certs.GroupBy(c => (c.ProvinceCode, c.SetCode))) Add(Metrics.CertifiedBySet, g.Key.ProvinceCode, g.Key.SetCode.ToString(), g.Sum(c => c.Count));
        foreach (var g in certs.Where(c => ProductSets.Find(c.SetCode) is not null).GroupBy(c => (c.ProvinceCode, ProductSets.GroupOf(c.SetCode).Code)))
            Add(Metrics.CertifiedByGroup, g.Key.ProvinceCode, g.Key.Code.ToString(), g.Sum(c => c.Count));

        var from = day.AddDays(-90);
        var until = day.AddDays(90);
        foreach (var r in await db.Set<Certificate>().AsNoTracking().Where(c => c.IssuedOn > from && c.IssuedOn <= day)
                     .GroupBy(c => c.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(Metrics.CertificatesNew, r.Key, "", r.Count);
        foreach (var r in await db.Set<Certificate>().AsNoTracking().Where(c => c.ExpiresOn >= day && c.ExpiresOn <= until && c.IssuedOn <= day && c.Status != CertificateStatus.Revoked)
                     .GroupBy(c => c.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(Metrics.CertificatesExpiring, r.Key, "", r.Count);

        foreach (var r in await db.Set<Producer>().AsNoTracking().Where(p => p.Status == ProducerStatus.Verified && p.CreatedAt <= asOf)
                     .GroupBy(p => new { p.ProvinceCode, p.LegalForm }).Select(g => new { g.Key.ProvinceCode, g.Key.LegalForm, Count = g.Count() }).ToListAsync(ct))
            Add(Metrics.ProducersByLegalForm, r.ProvinceCode, ((int)r.LegalForm).ToString(), r.Count);
        foreach (var r in await db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Listed && p.CreatedAt <= asOf)
                     .GroupBy(p => p.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Add(Metrics.ListedProducts, r.Key, "", r.Count);

        // One grouped pass over orders per snapshot (not per page view), by producer; the producer gives the province.
        // GMV, defined once (decision 0023): the goods of an order after its discounts, shipping left out (the carrier's,
        // not a sale), counted while the order stands: one cancelled or returned by asOf is no sale, placed or paid. The
        // same rule gives a session's figures (Commerce.AttributedSales). Money owed back on such orders is the refunds figure.
        var orders = await db.Set<Order>().AsNoTracking()
            .Where(o => o.PlacedAt <= asOf && !((o.Status == OrderStatus.Cancelled || o.Status == OrderStatus.Returned) && o.ClosedAt != null && o.ClosedAt <= asOf))
            .GroupBy(o => new { o.ProducerId, Live = o.LivestreamId != null })
            .Select(g => new
            {
                g.Key.ProducerId, g.Key.Live, Placed = g.Count(), Gmv = g.Sum(o => o.Subtotal - o.Discount),
                Paid = g.Sum(o => o.PaidAt != null && o.PaidAt <= asOf ? 1 : 0), GmvPaid = g.Sum(o => o.PaidAt != null && o.PaidAt <= asOf ? o.Subtotal - o.Discount : 0),
            }).ToListAsync(ct);
        var refunded = (await db.Refunds.AsNoTracking().Where(r => r.CreatedAt <= asOf)
            .Join(db.Set<Order>().AsNoTracking(), r => r.OrderId, o => o.Id, (r, o) => new { r.Amount, o.ProducerId, Live = o.LivestreamId != null })
            .GroupBy(x => new { x.ProducerId, x.Live })
            .Select(g => new { g.Key.ProducerId, g.Key.Live, Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct)).ToDictionary(r => (r.ProducerId, r.Live), r => r.Amount);
        var provinceOf = await db.Set<Producer>().AsNoTracking().Select(p => new { p.Id, p.ProvinceCode }).ToDictionaryAsync(p => p.Id, p => p.ProvinceCode, ct);
        var byKey = orders.ToDictionary(o => (o.ProducerId, o.Live));
        foreach (var g in byKey.Keys.Union(refunded.Keys).GroupBy(k => (Province: provinceOf.GetValueOrDefault(k.ProducerId) ?? "", Channel: SalesChannels.Of(k.Live))))
        {
            var standing = g.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
            Add(Metrics.OrdersPlaced, g.Key.Province, g.Key.Channel, standing.Sum(o => (long)o.Placed));
            Add(Metrics.GmvPlaced, g.Key.Province, g.Key.Channel, standing.Sum(o => o.Gmv));
            Add(Metrics.OrdersPaid, g.Key.Province, g.Key.Channel, standing.Sum(o => (long)o.Paid));
            Add(Metrics.GmvPaid, g.Key.Province, g.Key.Channel, standing.Sum(o => o.GmvPaid));
            Add(Metrics.Refunds, g.Key.Province, g.Key.Channel, g.Sum(k => refunded.GetValueOrDefault(k)));
        }

        // B2B: a deal agreed through Matching is the programme's wholesale sale, valued at its agreed terms on the
        // day of agreement (docs/decisions/0008). Matching records no payment, so B2B has no paid figures.
        foreach (var r in await db.Set<Deal>().AsNoTracking()
                     .Where(d => (d.Status == DealStatus.Agreed || d.Status == DealStatus.Closed) && d.AgreedAt != null && d.AgreedAt <= asOf)
                     .GroupBy(d => d.ProducerProvinceCode)
                     .Select(g => new { g.Key, Deals = g.Count(), Value = g.Sum(d => (long)d.AgreedQuantity!.Value * d.AgreedPrice!.Value) }).ToListAsync(ct))
        {
            Add(Metrics.OrdersPlaced, r.Key, SalesChannels.B2b, r.Deals);
            Add(Metrics.GmvPlaced, r.Key, SalesChannels.B2b, r.Value);
        }

        // Traceability coverage: certified products (valid certificate) with at least one lot, whose label carries a Digital Link QR.
        foreach (var r in await db.Set<Certificate>().AsNoTracking()
                     .Where(c => c.ProductId != null && c.IssuedOn <= day && c.ExpiresOn >= day && (c.Status != CertificateStatus.Revoked || c.RevokedAt > asOf)
                                 && db.Set<Traceability.Lot>().Any(l => l.ProductId == c.ProductId && l.CreatedAt <= asOf))
                     .GroupBy(c => c.ProvinceCode).Select(g => new { g.Key, Count = g.Select(c => c.ProductId).Distinct().Count() }).ToListAsync(ct))
            Add(Metrics.CertifiedWithLots, r.Key, "", r.Count);

        var now = clock.UtcNow();
        var backfilled = asOf < now.AddHours(-1);
        // Dossier results as they stand: dossiers carry no dated history of their states, so like the funnel these
        // figures are taken only by a current snapshot, never back-filled.
        if (!backfilled)
            foreach (var r in await db.Set<Dossier>().AsNoTracking()
                         .Where(d => d.AverageScore != null && (d.Status == DossierStatus.Scored || d.Status == DossierStatus.ForwardedToCentral
                                                                || d.Status == DossierStatus.Recognised || d.Status == DossierStatus.NotRecognised))
                         .GroupBy(d => d.ProvinceCode)
                         .Select(g => new
                         {
                             g.Key, Scored = g.Count(), Potential = g.Count(d => d.Status == DossierStatus.ForwardedToCentral || d.CentralCouncilId != null || d.CentralAverageScore != null),
                             Awaiting = g.Count(d => d.Status == DossierStatus.ForwardedToCentral),
                         }).ToListAsync(ct))
            {
                Add(Metrics.DossiersScored, r.Key, "", r.Scored);
                Add(Metrics.PotentialFiveStar, r.Key, "", r.Potential);
                Add(Metrics.PotentialFiveStar, r.Key, Metrics.AwaitingCentral, r.Awaiting);
            }
        if (!backfilled && funnel is not null)
            foreach (var row in (await funnel.BuildAsync(null)).Rows)
                for (var s = 0; s < row.Counts.Length; s++) Add(Metrics.Funnel, row.Key, s.ToString(), row.Counts[s]);

        var snapshot = new InsightsSnapshot { TakenAt = asOf, Backfilled = backfilled, CreatedAt = now };
        db.Add(snapshot);
        await db.SaveChangesAsync(ct);
        foreach (var f in figures) f.SnapshotId = snapshot.Id;
        db.AddRange(figures);
        await db.SaveChangesAsync(ct);
        return snapshot;
    }

    /// <summary>The end of each of the last <paramref name="quarters"/> quarters before now (Vietnam time), oldest first, in UTC.</summary>
    public static IReadOnlyList<DateTime> QuarterEnds(DateTime nowUtc, int quarters)
    {
        var local = VietnamTime.ToLocal(nowUtc);
        var start = new DateTime(local.Year, (local.Month - 1) / 3 * 3 + 1, 1);
        return Enumerable.Range(1, quarters).Reverse()
            .Select(i => TimeZoneInfo.ConvertTimeToUtc(start.AddMonths(-3 * (i - 1)).AddSeconds(-1), VietnamTime.Zone)).ToList();
    }
}

/// <summary>Takes a snapshot at start when the last one is older than the interval, then checks every hour.</summary>
public sealed class SnapshotJob(IServiceScopeFactory scopes, IConfiguration config, ILogger<SnapshotJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromHours(config.GetValue("Insights:SnapshotHours", 24.0));
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
                var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
                var last = await db.Set<InsightsSnapshot>().Where(s => !s.Backfilled).MaxAsync(s => (DateTime?)s.TakenAt, stoppingToken);
                if (last is null || last < clock.UtcNow() - interval)
                {
                    var s = await scope.ServiceProvider.GetRequiredService<SnapshotBuilder>().TakeAsync(clock.UtcNow(), stoppingToken);
                    logger.LogInformation("Insights snapshot {Id} taken as of {TakenAt:O}", s.Id, s.TakenAt);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Insights snapshot failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
