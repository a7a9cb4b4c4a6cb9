using Ocop.Features.Commerce;

namespace Ocop.Features.Livestream;

public sealed record LiveCounters(int Viewers, int Peak, int Unique, int Orders, int Items);

public sealed record LiveFiguresDto(int ViewersNow, int PeakViewers, int UniqueViewers, int Orders, int Items, long RevenuePlaced, long RevenuePaid,
    int PaidOrders, int Buyers, double Conversion, IReadOnlyList<ProductSales> Products, IReadOnlyList<DealFigures> Deals);

public sealed record DealFigures(string DealId, string ProductName, long DealPrice, int Quota, int Sold, string State, int Items, long Revenue);

/// <summary>
/// Our figures of a session: viewers (now on every node, peak, unique) kept by Livestream, and
/// orders, items and revenue placed and paid read from Commerce's attributed orders.
/// </summary>
public sealed class LiveFigures(OcopDb db, LiveFeed feed, AttributedSales sales, TimeProvider clock)
{
    /// <summary>Records this node's new viewer keys, raises the peak and the minute's high-water mark; returns the public counters.</summary>
    public async Task<LiveCounters> TickAsync(int sessionId, CancellationToken ct = default)
    {
        var now = feed.AllViewers(sessionId);
        var keys = feed.TakeNewViewers(sessionId);
        if (keys.Count > 0)
        {
            var known = await db.LiveViewers.Where(v => v.SessionId == sessionId && keys.Contains(v.ViewerKey)).Select(v => v.ViewerKey).ToListAsync(ct);
            var at = clock.UtcNow();
            db.LiveViewers.AddRange(keys.Except(known).Select(k => new LiveViewer { SessionId = sessionId, ViewerKey = k, FirstSeenAt = at }));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another node recorded the same viewer first
        }
        await db.LiveSessions.Where(s => s.Id == sessionId && s.PeakViewers < now).ExecuteUpdateAsync(s => s.SetProperty(x => x.PeakViewers, now), ct);
        var session = await db.LiveSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.PeakViewers, s.StartedAt, s.Status }).FirstAsync(ct);
        if (session is { Status: LiveStatus.Live, StartedAt: { } started } && now > 0)
        {
            var minute = (int)(clock.UtcNow() - started).TotalMinutes;
            var updated = await db.LiveMinutes.Where(m => m.SessionId == sessionId && m.Minute == minute && m.Viewers < now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Viewers, now), ct);
            if (updated == 0 && !await db.LiveMinutes.AnyAsync(m => m.SessionId == sessionId && m.Minute == minute, ct))
            {
                db.LiveMinutes.Add(new LiveMinute { SessionId = sessionId, Minute = minute, Viewers = now });
                try { await db.SaveChangesAsync(ct); }
                catch (DbUpdateException) { db.ChangeTracker.Clear(); }
            }
        }
        var totals = await sales.TotalsAsync(sessionId, ct);
        var unique = await db.LiveViewers.CountAsync(v => v.SessionId == sessionId, ct);
        return new LiveCounters(now, session.PeakViewers, unique, totals.Orders, totals.Items);
    }

    public async Task<LiveFiguresDto> FiguresAsync(int sessionId, CancellationToken ct = default)
    {
        var report = await sales.ReportAsync(sessionId, ct);
        var session = await db.LiveSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.PeakViewers }).FirstAsync(ct);
        var unique = await db.LiveViewers.CountAsync(v => v.SessionId == sessionId, ct);
        var deals = await db.FlashDeals.AsNoTracking().Where(d => d.SessionId == sessionId).OrderBy(d => d.Id).ToListAsync(ct);
        var bySales = report.Deals.ToDictionary(d => d.DealId);
        var t = report.Totals;
        return new LiveFiguresDto(feed.AllViewers(sessionId), session.PeakViewers, unique, t.Orders, t.Items, t.RevenuePlaced, t.RevenuePaid, t.PaidOrders, t.Buyers,
            unique == 0 ? 0 : Math.Round((double)t.Buyers / unique, 4), report.Products,
            deals.Select(d => new DealFigures(d.DealId, d.ProductName, d.DealPrice, d.Quota, d.Sold, d.State.ToString().ToLowerInvariant(),
                bySales.GetValueOrDefault(d.DealId)?.Items ?? 0, bySales.GetValueOrDefault(d.DealId)?.Revenue ?? 0)).ToList());
    }
}
