using Ocop.Features.Catalog;

namespace Ocop.Features.Livestream;

public sealed record LiveSummary(int Id, string Title, string Organiser, string HostNames, string Status, string StatusLabel, string Platform,
    DateTime ScheduledAt, int PlannedMinutes, DateTime? StartedAt, DateTime? EndedAt, string? Cover, int Products);

public sealed record LiveSessionDto(int Id, string Title, string Organiser, string HostNames, string? Description, string Status, string StatusLabel,
    string Platform, string StreamUrl, string? EmbedUrl, DateTime ScheduledAt, int PlannedMinutes, DateTime? StartedAt, DateTime? EndedAt,
    string? Cover, LiveCard? Pinned, IReadOnlyList<LiveCard> Products, IReadOnlyList<DealDto> Deals, int PeakViewers);

public sealed record LiveLists(IReadOnlyList<LiveSummary> Live, IReadOnlyList<LiveSummary> Upcoming, IReadOnlyList<LiveSummary> Past);

/// <summary>Public reads of sessions: lists, the viewer page's data and the feed's opening state.</summary>
public sealed class LiveQueries(OcopDb db, LiveCards cards, TimeProvider clock)
{
    public async Task<LiveLists> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.LiveSessions.AsNoTracking()
            .Select(s => new { Session = s, Products = s.Products.Count })
            .ToListAsync(ct);
        LiveSummary Map(LiveSession s, int products) => new(s.Id, s.Title, s.Organiser, s.HostNames, LiveLabels.StatusCode(s.Status), LiveLabels.Status(s.Status),
            StreamEmbed.Label(s.Platform), s.ScheduledAt, s.PlannedMinutes, s.StartedAt, s.EndedAt, Cover(s), products);
        return new LiveLists(
            rows.Where(r => r.Session.Status == LiveStatus.Live).OrderBy(r => r.Session.StartedAt).Select(r => Map(r.Session, r.Products)).ToList(),
            rows.Where(r => r.Session.Status == LiveStatus.Scheduled).OrderBy(r => r.Session.ScheduledAt).Take(50).Select(r => Map(r.Session, r.Products)).ToList(),
            rows.Where(r => r.Session.Status == LiveStatus.Ended).OrderByDescending(r => r.Session.EndedAt).Take(50).Select(r => Map(r.Session, r.Products)).ToList());
    }

    /// <summary>The sessions on air now, longest running first (the home page shows them first).</summary>
    public async Task<IReadOnlyList<LiveSummary>> LiveNowAsync(int take = 3, CancellationToken ct = default)
    {
        var rows = await db.LiveSessions.AsNoTracking().Where(s => s.Status == LiveStatus.Live).OrderBy(s => s.StartedAt).Take(take)
            .Select(s => new { Session = s, Products = s.Products.Count }).ToListAsync(ct);
        return rows.Select(r => new LiveSummary(r.Session.Id, r.Session.Title, r.Session.Organiser, r.Session.HostNames, LiveLabels.StatusCode(r.Session.Status),
            LiveLabels.Status(r.Session.Status), StreamEmbed.Label(r.Session.Platform), r.Session.ScheduledAt, r.Session.PlannedMinutes, r.Session.StartedAt,
            r.Session.EndedAt, Cover(r.Session), r.Products)).ToList();
    }

    public async Task<LiveSessionDto?> DetailAsync(int id, CancellationToken ct = default)
    {
        var s = await db.LiveSessions.AsNoTracking().Include(x => x.Products).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return null;
        var bag = new List<LiveCard>();
        foreach (var p in s.Products.OrderBy(p => p.SortOrder))
            if (await cards.CardAsync(p.ProductId, ct) is { } card) bag.Add(card);
        var deals = await db.FlashDeals.AsNoTracking().Where(d => d.SessionId == id).OrderBy(d => d.Id).ToListAsync(ct);
        return new LiveSessionDto(s.Id, s.Title, s.Organiser, s.HostNames, s.Description, LiveLabels.StatusCode(s.Status), LiveLabels.Status(s.Status),
            StreamEmbed.Label(s.Platform), s.StreamUrl, StreamEmbed.EmbedUrl(s.StreamUrl), s.ScheduledAt, s.PlannedMinutes, s.StartedAt, s.EndedAt, Cover(s),
            bag.FirstOrDefault(c => c.ProductId == s.PinnedProductId), bag, deals.Select(DealDto.From).ToList(), s.PeakViewers);
    }

    public Task<bool> ExistsAsync(int id, CancellationToken ct = default) => db.LiveSessions.AnyAsync(s => s.Id == id, ct);

    /// <summary>The feed's first message: status, pinned card and open deals, with the server's time.</summary>
    public async Task<string?> StateJsonAsync(int id, CancellationToken ct = default)
    {
        var s = await db.LiveSessions.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Status, x.PinnedProductId }).FirstOrDefaultAsync(ct);
        if (s is null) return null;
        var pinned = s.PinnedProductId is { } pid ? await cards.CardAsync(pid, ct) : null;
        var deals = await db.FlashDeals.AsNoTracking().Where(d => d.SessionId == id && d.State == DealState.Running).ToListAsync(ct);
        return LiveNewsroom.Stamp(new { status = LiveLabels.StatusCode(s.Status), pinned, deals = deals.Select(DealDto.From) }, clock.UtcNow());
    }

    private static string? Cover(LiveSession s) => s.CoverHash is null ? null : $"/media/{s.CoverHash}";
}
