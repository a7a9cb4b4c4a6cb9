using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

/// <summary>A session the signed-in account was invited to host (by its creator), accepted or not yet.</summary>
public sealed record LiveInvitation(int SessionId, string Title, string Organiser, DateTime ScheduledAt, string Status, string StatusLabel, bool Accepted);

/// <summary>
/// Who may do what: organisers (livestream hosts, officers) create sessions; only a session's hosts who
/// have accepted (or an administrator) run it. Only an organiser can be invited as a host.
/// </summary>
public sealed class LiveAccess(OcopDb db, CurrentUser me)
{
    public static readonly string[] Organisers = [Roles.Livestream, Roles.Province, Roles.Central, Roles.Admin];

    public bool CanOrganise => Organisers.Any(me.IsInRole);

    public async Task<bool> IsHostAsync(int sessionId, CancellationToken ct = default) =>
        me.IsAuthenticated && (me.IsAdmin || await db.LiveHosts.AnyAsync(h => h.SessionId == sessionId && h.UserId == me.Id && h.AcceptedAt != null, ct));

    /// <summary>The session for a host to act on: 404 when missing, 403 when the caller is not its host.</summary>
    public async Task<Result<LiveSession>> HostedAsync(int sessionId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return NotFound(sessionId);
        if (!await IsHostAsync(sessionId, ct)) return AppError.Forbidden("Chỉ người dẫn của phiên livestream này mới được thao tác.");
        return session;
    }

    /// <summary>The sessions not yet ended that the signed-in account was invited to host, soonest first.</summary>
    public async Task<List<LiveInvitation>> InvitationsAsync(CancellationToken ct = default)
    {
        if (!me.IsAuthenticated) return [];
        var rows = await db.LiveHosts.AsNoTracking().Where(h => h.UserId == me.Id)
            .Join(db.LiveSessions.AsNoTracking().Where(s => s.Status != LiveStatus.Ended && s.CreatedBy != me.Id), h => h.SessionId, s => s.Id,
                (h, s) => new { s.Id, s.Title, s.Organiser, s.ScheduledAt, s.Status, h.AcceptedAt })
            .OrderBy(x => x.ScheduledAt).Take(50).ToListAsync(ct);
        return rows.Select(r => new LiveInvitation(r.Id, r.Title, r.Organiser, r.ScheduledAt, LiveLabels.StatusCode(r.Status), LiveLabels.Status(r.Status),
            r.AcceptedAt is not null)).ToList();
    }

    public static AppError NotFound(int id) => AppError.NotFound($"Không tìm thấy phiên livestream #{id}.");
}
