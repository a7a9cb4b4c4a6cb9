using Microsoft.AspNetCore.Identity;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

public sealed record SessionInput(string? Title, string? Organiser, string? HostNames, string? Description, string? StreamUrl,
    DateTimeOffset? ScheduledAt, int? PlannedMinutes, List<int>? ProductIds, List<string>? HostEmails, string? ProvinceCode = null);

public sealed record PlatformFiguresInput(long? Reach, long? Views, long? Viewers, long? Interactions, string? Source);

/// <summary>
/// Creating and running sessions: bag of products, start and end, pin and unpin, the organiser's
/// platform figures and the run-sheet. Every change is audited; the feed hears of pins and ends.
/// </summary>
public sealed class SessionCommands(OcopDb db, LiveAccess access, StockLedger stock, AuditLog audit, LiveNewsroom news,
    UserManager<AppUser> users, CurrentUser me, FlashDeals deals, LiveCards cards, LiveConsents consents, TimeProvider clock)
{
    public const int MaxProducts = 100;

    public async Task<Result<LiveSession>> CreateAsync(SessionInput input, CancellationToken ct = default)
    {
        if (!access.CanOrganise) return AppError.Forbidden("Chỉ người dẫn livestream hoặc cán bộ OCOP được tạo phiên livestream.");
        var session = new LiveSession
        {
            Title = "", Organiser = "", HostNames = "", StreamUrl = "", CreatedBy = me.Id!, CreatedAt = clock.UtcNow(),
            ProvinceCode = input.ProvinceCode ?? me.ProvinceCode,
        };
        var error = await ApplyAsync(session, input, ct);
        if (error is not null) return error;
        session.Hosts.Add(new LiveSessionHost { UserId = me.Id!, AcceptedAt = session.CreatedAt });
        foreach (var email in input.HostEmails ?? [])
        {
            var user = email.Length <= 256 ? await users.FindByEmailAsync(email.Trim()) : null;
            if (user is null) return AppError.Validation("hostEmails", $"Không có tài khoản với email {email}.");
            var roles = await users.GetRolesAsync(user);
            if (!roles.Any(LiveAccess.Organisers.Contains) || user.Disabled)
                return AppError.Validation("hostEmails",
                    Lang.Text("Tài khoản {0} không có vai trò người dẫn livestream hoặc cán bộ OCOP; không mời làm người dẫn được.", email));
            // Invited, not yet a host: the account runs the console only after it accepts.
            if (session.Hosts.All(h => h.UserId != user.Id)) session.Hosts.Add(new LiveSessionHost { UserId = user.Id });
        }
        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(ct);
        audit.Record("livestream.created", "livestream", session.Id, after: new { session.Title, session.ScheduledAt, Products = session.Products.Count });
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<Result<LiveSession>> UpdateAsync(int id, SessionInput input, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        var session = hosted.Value!;
        await db.Entry(session).Collection(s => s.Products).LoadAsync(ct);
        if (session.Status == LiveStatus.Ended) return AppError.Conflict("Phiên đã kết thúc; không sửa được nữa.");
        var before = new { session.Title, session.StreamUrl, session.ScheduledAt, Products = session.Products.Select(p => p.ProductId).ToList() };
        var error = await ApplyAsync(session, input, ct);
        if (error is not null) return error;
        audit.Record("livestream.updated", "livestream", id, before, new { session.Title, session.StreamUrl, session.ScheduledAt, Products = session.Products.Select(p => p.ProductId).ToList() });
        await db.SaveChangesAsync(ct);
        return session;
    }

    private async Task<AppError?> ApplyAsync(LiveSession session, SessionInput input, CancellationToken ct)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(input.Title) && input.Title.Trim().Length <= 200, "title", "Vui lòng nhập tên phiên (tối đa 200 ký tự).");
        v.Require(!string.IsNullOrWhiteSpace(input.Organiser) && input.Organiser.Trim().Length <= 200, "organiser", "Vui lòng nhập đơn vị tổ chức (tối đa 200 ký tự).");
        v.Require(!string.IsNullOrWhiteSpace(input.HostNames) && input.HostNames.Trim().Length <= 300, "hostNames", "Vui lòng nhập người dẫn (tối đa 300 ký tự).");
        v.Require(input.Description is null || input.Description.Length <= 2000, "description", "Mô tả tối đa 2000 ký tự.");
        v.Require(!Html.ContainsMarkup(input.Title) && !Html.ContainsMarkup(input.Organiser) && !Html.ContainsMarkup(input.HostNames) && !Html.ContainsMarkup(input.Description),
            "title", "Không được nhập mã HTML hoặc script.");
        var url = input.StreamUrl?.Trim();
        v.Require(url is not null && url.Length <= 500 && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps,
            "streamUrl", "Đường dẫn phát trực tiếp phải là địa chỉ https:// (YouTube, Facebook, TikTok, Zalo…).");
        v.Require(input.ScheduledAt is not null, "scheduledAt", "Vui lòng chọn thời gian bắt đầu.");
        v.Require(input.PlannedMinutes is >= 15 and <= 720, "plannedMinutes", "Thời lượng dự kiến từ 15 đến 720 phút.");
        var ids = (input.ProductIds ?? []).Distinct().ToList();
        v.Require(ids.Count <= MaxProducts, "productIds", $"Mỗi phiên tối đa {MaxProducts} sản phẩm.");
        if (v.HasErrors) return v.ToError();
        var found = await stock.FindAsync(ids, ct);
        foreach (var pid in ids.Where(i => !found.TryGetValue(i, out var p) || !p.Listed))
            v.Add("productIds", $"Sản phẩm #{pid} không tồn tại hoặc không đang bán.");
        if (v.HasErrors) return v.ToError();
        var already = session.Products.Select(p => p.ProductId).ToHashSet();
        var consented = await consents.ConsentedAsync(ids, ct);
        foreach (var pid in ids.Where(i => !already.Contains(i) && !consented.Contains(i) && !consents.ActsForProducer(found[i].ProducerProvinceCode)))
            v.Add("productIds", LiveConsents.NotConsented(found[pid].Name));
        if (v.HasErrors) return v.ToError();

        session.Title = input.Title!.Trim();
        session.Organiser = input.Organiser!.Trim();
        session.HostNames = input.HostNames!.Trim();
        session.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        session.StreamUrl = url!;
        session.Platform = StreamEmbed.PlatformOf(new Uri(url!));
        session.ScheduledAt = input.ScheduledAt!.Value.UtcDateTime;
        session.PlannedMinutes = input.PlannedMinutes!.Value;
        var keep = session.Products.Where(p => ids.Contains(p.ProductId)).ToList();
        session.Products.RemoveAll(p => !ids.Contains(p.ProductId));
        for (var i = 0; i < ids.Count; i++)
        {
            var line = keep.FirstOrDefault(p => p.ProductId == ids[i]);
            if (line is null) session.Products.Add(line = new LiveSessionProduct { ProductId = ids[i] });
            line.SortOrder = i;
        }
        return null;
    }

    /// <summary>The signed-in account accepts its invitation to host the session; from then on it runs the console.</summary>
    public async Task<Result<LiveSession>> AcceptHostingAsync(int id, CancellationToken ct = default)
    {
        var (session, invitation) = await InvitationAsync(id, ct);
        if (invitation is null) return LiveAccess.NotFound(id);
        if (invitation.AcceptedAt is null)
        {
            invitation.AcceptedAt = clock.UtcNow();
            audit.Record("livestream.host-accepted", "livestream", id, after: new { invitation.UserId });
            await db.SaveChangesAsync(ct);
        }
        return session!;
    }

    /// <summary>The signed-in account declines (or gives up) hosting the session; the session's creator cannot.</summary>
    public async Task<Result<LiveSession>> DeclineHostingAsync(int id, CancellationToken ct = default)
    {
        var (session, invitation) = await InvitationAsync(id, ct);
        if (invitation is null) return LiveAccess.NotFound(id);
        if (session!.CreatedBy == me.Id) return AppError.Conflict("Người tạo phiên không rời phiên được.");
        db.LiveHosts.Remove(invitation);
        audit.Record("livestream.host-declined", "livestream", id, before: new { invitation.UserId, invitation.AcceptedAt });
        await db.SaveChangesAsync(ct);
        return session;
    }

    private async Task<(LiveSession?, LiveSessionHost?)> InvitationAsync(int id, CancellationToken ct)
    {
        if (!me.IsAuthenticated) return (null, null);
        var invitation = await db.LiveHosts.FirstOrDefaultAsync(h => h.SessionId == id && h.UserId == me.Id, ct);
        var session = invitation is null ? null : await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        return session is null ? (null, null) : (session, invitation);
    }

    public Task<Result<LiveSession>> StartAsync(int id, CancellationToken ct = default) =>
        MoveAsync(id, LiveStatus.Scheduled, LiveStatus.Live, "livestream.started", "status", ct);

    /// <summary>Ends the session and every deal still open in it.</summary>
    public async Task<Result<LiveSession>> EndAsync(int id, CancellationToken ct = default)
    {
        var moved = await MoveAsync(id, LiveStatus.Live, LiveStatus.Ended, "livestream.ended", "status", ct);
        if (moved.Ok) await deals.EndAllAsync(id, ct);
        return moved;
    }

    private async Task<Result<LiveSession>> MoveAsync(int id, LiveStatus from, LiveStatus to, string action, string eventName, CancellationToken ct)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        var session = hosted.Value!;
        if (session.Status != from)
            return AppError.Conflict(to == LiveStatus.Live ? "Phiên không ở trạng thái \"sắp diễn ra\"; không thể bắt đầu." : "Phiên chưa phát trực tiếp; không thể kết thúc.");
        var now = clock.UtcNow();
        session.Status = to;
        if (to == LiveStatus.Live) session.StartedAt = now; else { session.EndedAt = now; session.PinnedProductId = null; }
        audit.Record(action, "livestream", id, new { Status = from.ToString() }, new { Status = to.ToString() });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return AppError.Conflict("Phiên vừa được cập nhật ở nơi khác; hãy tải lại."); }
        await news.PublishAsync(id, eventName, new { status = LiveLabels.StatusCode(to) }, ct);
        return session;
    }

    /// <summary>Pins a product of the bag while live: its card shows on every viewer's page.</summary>
    public async Task<Result<LiveSession>> PinAsync(int id, int productId, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        var session = hosted.Value!;
        if (session.Status != LiveStatus.Live) return AppError.Conflict("Chỉ ghim sản phẩm khi phiên đang phát trực tiếp.");
        if (!await db.LiveProducts.AnyAsync(p => p.SessionId == id && p.ProductId == productId, ct))
            return AppError.Validation("productId", "Sản phẩm không có trong giỏ hàng của phiên.");
        var card = await cards.CardAsync(productId, ct);
        if (card is null) return AppError.Validation("productId", "Sản phẩm hiện không bán.");
        var before = session.PinnedProductId;
        session.PinnedProductId = productId;
        session.PinnedAt = clock.UtcNow();
        audit.Record("livestream.pinned", "livestream", id, new { PinnedProductId = before }, new { PinnedProductId = productId });
        await db.SaveChangesAsync(ct);
        await news.PublishAsync(id, "pin", card, ct);
        return session;
    }

    public async Task<Result<LiveSession>> UnpinAsync(int id, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        var session = hosted.Value!;
        if (session.PinnedProductId is not { } pinned) return AppError.Conflict("Chưa có sản phẩm nào được ghim.");
        session.PinnedProductId = null;
        session.PinnedAt = null;
        audit.Record("livestream.unpinned", "livestream", id, new { PinnedProductId = pinned }, new { PinnedProductId = (int?)null });
        await db.SaveChangesAsync(ct);
        await news.PublishAsync(id, "unpin", new { productId = pinned }, ct);
        return session;
    }

    public async Task<Result<LiveSession>> SavePlatformFiguresAsync(int id, PlatformFiguresInput input, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        var v = new Validation();
        foreach (var (field, value) in new[] { ("reach", input.Reach), ("views", input.Views), ("viewers", input.Viewers), ("interactions", input.Interactions) })
            v.Require(value is null or >= 0 and <= 10_000_000_000, field, "Số liệu phải là số nguyên không âm.");
        v.Require(input.Source is null || (input.Source.Length <= 200 && !Html.ContainsMarkup(input.Source)), "source", "Nguồn số liệu tối đa 200 ký tự, không chứa mã HTML.");
        if (v.HasErrors) return v.ToError();
        var s = hosted.Value!;
        var before = new { s.PlatformReach, s.PlatformViews, s.PlatformViewers, s.PlatformInteractions, s.PlatformSource };
        (s.PlatformReach, s.PlatformViews, s.PlatformViewers, s.PlatformInteractions) = (input.Reach, input.Views, input.Viewers, input.Interactions);
        s.PlatformSource = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        audit.Record("livestream.platform-figures", "livestream", id, before, new { s.PlatformReach, s.PlatformViews, s.PlatformViewers, s.PlatformInteractions, s.PlatformSource });
        await db.SaveChangesAsync(ct);
        return s;
    }

    public async Task<Result<LiveSession>> SaveRunSheetAsync(int id, string? text, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!;
        if (text is { Length: > 20000 }) return AppError.Validation("runSheet", "Kịch bản tối đa 20.000 ký tự.");
        if (Html.ContainsMarkup(text)) return AppError.Validation("runSheet", "Không được nhập mã HTML hoặc script.");
        var s = hosted.Value!;
        s.RunSheet = string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n").Trim();
        audit.Record("livestream.run-sheet", "livestream", id, after: new { Length = s.RunSheet?.Length ?? 0 });
        await db.SaveChangesAsync(ct);
        return s;
    }
}
