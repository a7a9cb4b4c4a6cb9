using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

/// <summary>Who may do what: organisers (livestream hosts, officers) create sessions; only a session's hosts (or an administrator) run it.</summary>
public sealed class LiveAccess(OcopDb db, CurrentUser me)
{
    public static readonly string[] Organisers = [Roles.Livestream, Roles.Province, Roles.Central, Roles.Admin];

    public bool CanOrganise => Organisers.Any(me.IsInRole);

    public async Task<bool> IsHostAsync(int sessionId, CancellationToken ct = default) =>
        me.IsAuthenticated && (me.IsAdmin || await db.LiveHosts.AnyAsync(h => h.SessionId == sessionId && h.UserId == me.Id, ct));

    /// <summary>The session for a host to act on: 404 when missing, 403 when the caller is not its host.</summary>
    public async Task<Result<LiveSession>> HostedAsync(int sessionId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return NotFound(sessionId);
        if (!await IsHostAsync(sessionId, ct)) return AppError.Forbidden("Chỉ người dẫn của phiên livestream này mới được thao tác.");
        return session;
    }

    public static AppError NotFound(int id) => AppError.NotFound($"Không tìm thấy phiên livestream #{id}.");
}
