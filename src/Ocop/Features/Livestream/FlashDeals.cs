using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

public sealed record DealInput(int? ProductId, long? DealPrice, int? Quota, int? PerBuyerLimit, int? CountdownSeconds, int? DurationMinutes,
    bool Start = true, int? PlannedMinute = null);

public sealed record DealDto(string DealId, int ProductId, string ProductName, string Unit, long NormalPrice, long DealPrice, string DealPriceText,
    int Quota, int Sold, int Left, int PerBuyerLimit, int CountdownSeconds, int DurationMinutes, int? PlannedMinute, string State,
    DateTime? StartsAt, DateTime? EndsAt, string? EndReason)
{
    public static DealDto From(FlashDeal d) => new(d.DealId, d.ProductId, d.ProductName, d.Unit, d.NormalPrice, d.DealPrice,
        Standards.Money.Vnd.Display(d.DealPrice), d.Quota, d.Sold, d.Left, d.PerBuyerLimit, d.CountdownSeconds,
        d.DurationMinutes, d.PlannedMinute, d.State.ToString().ToLowerInvariant(), d.StartsAt, d.EndsAt, d.EndReason is null ? null : LiveLabels.EndReason(d.EndReason));
}

/// <summary>
/// Flash deals: the host creates one on a product of the bag (price below the normal price, quota
/// within stock, per-buyer limit, countdown 10–300 s, duration 1–20 min), starts a planned one, or
/// ends one early. Starting moves the quota out of the product's stock in the same transaction
/// (one conditional UPDATE through <see cref="StockLedger"/>), so normal buyers only see what is
/// left. Deals that run out of time or quota are closed by <see cref="CloseFinishedAsync"/>; each
/// close is one conditional UPDATE, so with several nodes only one announces it, and the unsold
/// remainder then goes back to stock exactly once (see <see cref="ReturnToStockAsync"/>).
/// </summary>
public sealed class FlashDeals(OcopDb db, LiveAccess access, StockLedger stock, AuditLog audit, LiveNewsroom news, WriteGate writeGate, LiveConsents consents,
    TimeProvider clock)
{
    public async Task<Result<FlashDeal>> CreateAsync(int sessionId, DealInput input, CancellationToken ct = default)
    {
        var hosted = await access.HostedAsync(sessionId, ct);
        if (!hosted.Ok) return hosted.Error!;
        var session = hosted.Value!;
        if (session.Status == LiveStatus.Ended) return AppError.Conflict("Phiên đã kết thúc; không tạo ưu đãi được nữa.");
        if (input.Start && session.Status != LiveStatus.Live) return AppError.Conflict("Chỉ mở ưu đãi khi phiên đang phát trực tiếp; hãy lưu thành ưu đãi dự kiến.");
        var v = new Validation();
        v.Require(input.ProductId is not null, "productId", "Vui lòng chọn sản phẩm.");
        v.Require(input.CountdownSeconds is >= FlashDeal.MinCountdown and <= FlashDeal.MaxCountdown, "countdownSeconds",
            $"Đếm ngược từ {FlashDeal.MinCountdown} đến {FlashDeal.MaxCountdown} giây.");
        v.Require(input.DurationMinutes is >= FlashDeal.MinDuration and <= FlashDeal.MaxDuration, "durationMinutes",
            $"Thời lượng ưu đãi từ {FlashDeal.MinDuration} đến {FlashDeal.MaxDuration} phút.");
        v.Require(input.Quota is >= 1, "quota", "Số suất phải từ 1 trở lên.");
        v.Require(input.PerBuyerLimit is >= 1 && input.PerBuyerLimit <= (input.Quota ?? 1), "perBuyerLimit", "Giới hạn mỗi khách từ 1 đến số suất.");
        v.Require(input.PlannedMinute is null or >= 0 and <= 720, "plannedMinute", "Phút dự kiến từ 0 đến 720.");
        if (v.HasErrors) return v.ToError();
        var productId = input.ProductId!.Value;
        if (!await db.LiveProducts.AnyAsync(p => p.SessionId == sessionId && p.ProductId == productId, ct))
            return AppError.Validation("productId", "Sản phẩm không có trong giỏ hàng của phiên.");
        var product = (await stock.FindAsync([productId], ct)).GetValueOrDefault(productId);
        if (product is null || !product.Listed) return AppError.Validation("productId", "Sản phẩm hiện không bán.");
        if (input.DealPrice is not { } price || price < 1 || price >= product.Price)
            return AppError.Validation("dealPrice", $"Giá ưu đãi phải thấp hơn giá thường {Standards.Money.Vnd.Display(product.Price)}.");
        if (!await consents.AllowsDealAsync(product, ct)) return NoConsent(product);
        if (await consents.FloorAsync(productId, product.Price, ct) is var floor && price < floor)
            return BelowFloor(floor);
        if (input.Quota > product.Stock) return QuotaAboveStock(product);
        if (input.Start && await db.FlashDeals.AnyAsync(d => d.SessionId == sessionId && d.ProductId == productId && d.State == DealState.Running, ct))
            return AppError.Conflict("Sản phẩm này đang có một ưu đãi mở; hãy kết thúc ưu đãi đó trước.");

        var now = clock.UtcNow();
        var deal = new FlashDeal
        {
            SessionId = sessionId, ProductId = productId, ProductName = product.Name, Unit = product.Unit, NormalPrice = product.Price,
            DealPrice = price, Quota = input.Quota!.Value, PerBuyerLimit = input.PerBuyerLimit!.Value, CountdownSeconds = input.CountdownSeconds!.Value,
            DurationMinutes = input.DurationMinutes!.Value, PlannedMinute = input.PlannedMinute, CreatedAt = now, State = DealState.Planned,
        };
        if (input.Start) deal.Start(now);
        using (await writeGate.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (input.Start && !await stock.TryTakeAsync(productId, deal.Quota, ct))
            {
                await tx.RollbackAsync(ct);
                return QuotaAboveStock((await stock.FindAsync([productId], ct))[productId]);
            }
            db.FlashDeals.Add(deal);
            await db.SaveChangesAsync(ct);
            audit.Record(input.Start ? "livestream.deal-started" : "livestream.deal-planned", "livestream", sessionId, after: new
            {
                deal.DealId, deal.ProductId, deal.DealPrice, deal.NormalPrice, deal.Quota, deal.PerBuyerLimit, deal.CountdownSeconds, deal.DurationMinutes,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (input.Start) await news.PublishAsync(sessionId, "deal-started", DealDto.From(deal), ct);
        return deal;
    }

    private static AppError NoConsent(SaleableProduct product) =>
        AppError.Validation("productId", LiveConsents.NotConsented(product.Name));

    private static AppError BelowFloor(long floor) =>
        AppError.Validation("dealPrice", Lang.Text("Giá ưu đãi thấp hơn giá sàn {0} mà chủ thể cho phép; chưa có gì thay đổi.", Standards.Money.Vnd.Display(floor)));

    private static AppError QuotaAboveStock(SaleableProduct product) =>
        AppError.Validation("quota", $"Số suất vượt tồn kho: chỉ còn {product.Stock} {product.Unit} chưa dành cho ưu đãi nào; chưa có gì thay đổi.");

    /// <summary>Starts a planned deal now (countdown first), re-checking price and stock as they are now and setting its quota aside.</summary>
    public async Task<Result<FlashDeal>> StartAsync(int sessionId, string dealId, CancellationToken ct = default)
    {
        var found = await HostedDealAsync(sessionId, dealId, ct);
        if (!found.Ok) return found.Error!;
        var (session, deal) = found.Value;
        if (session.Status != LiveStatus.Live) return AppError.Conflict("Chỉ mở ưu đãi khi phiên đang phát trực tiếp.");
        if (deal.State != DealState.Planned) return AppError.Conflict("Ưu đãi này đã được mở trước đó.");
        var product = (await stock.FindAsync([deal.ProductId], ct)).GetValueOrDefault(deal.ProductId);
        if (product is null || !product.Listed) return AppError.Conflict("Sản phẩm hiện không bán.");
        if (deal.DealPrice >= product.Price) return AppError.Conflict($"Giá ưu đãi không còn thấp hơn giá thường {Standards.Money.Vnd.Display(product.Price)}.");
        if (!await consents.AllowsDealAsync(product, ct)) return NoConsent(product) with { Status = 409 };
        if (await consents.FloorAsync(deal.ProductId, product.Price, ct) is var floor && deal.DealPrice < floor) return BelowFloor(floor) with { Status = 409 };
        if (deal.Quota > product.Stock) return StockShort(product);
        if (await db.FlashDeals.AnyAsync(d => d.SessionId == sessionId && d.ProductId == deal.ProductId && d.State == DealState.Running, ct))
            return AppError.Conflict("Sản phẩm này đang có một ưu đãi mở; hãy kết thúc ưu đãi đó trước.");
        deal.NormalPrice = product.Price;
        deal.Start(clock.UtcNow());
        using (await writeGate.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await stock.TryTakeAsync(deal.ProductId, deal.Quota, ct))
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return StockShort((await stock.FindAsync([deal.ProductId], ct))[deal.ProductId]);
            }
            var started = await db.FlashDeals.Where(d => d.Id == deal.Id && d.State == DealState.Planned).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DealState.Running).SetProperty(d => d.NormalPrice, deal.NormalPrice)
                .SetProperty(d => d.StartsAt, deal.StartsAt).SetProperty(d => d.EndsAt, deal.EndsAt), ct);
            if (started == 0)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return AppError.Conflict("Ưu đãi này vừa được mở ở nơi khác.");
            }
            db.Entry(deal).State = EntityState.Unchanged;
            audit.Record("livestream.deal-started", "livestream", sessionId, new { State = "Planned" }, new { deal.DealId, deal.StartsAt, deal.EndsAt });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await news.PublishAsync(sessionId, "deal-started", DealDto.From(deal), ct);
        return deal;
    }

    private static AppError StockShort(SaleableProduct product) =>
        AppError.Conflict($"Số suất vượt tồn kho hiện tại ({product.Stock} {product.Unit}); chưa có gì thay đổi.");

    public async Task<Result<FlashDeal>> EndAsync(int sessionId, string dealId, CancellationToken ct = default)
    {
        var found = await HostedDealAsync(sessionId, dealId, ct);
        if (!found.Ok) return found.Error!;
        var deal = found.Value.Deal;
        if (deal.State == DealState.Ended) return AppError.Conflict("Ưu đãi đã kết thúc.");
        if (!await CloseAsync(deal, DealEndReason.EndedEarly, ct)) return AppError.Conflict("Ưu đãi vừa kết thúc ở nơi khác.");
        var ended = await db.FlashDeals.AsNoTracking().FirstAsync(d => d.Id == deal.Id, ct);
        audit.Record("livestream.deal-ended", "livestream", sessionId, after: new { deal.DealId, ended.Sold, ended.ReturnedToStock, Reason = "EndedEarly" });
        await db.SaveChangesAsync(ct);
        return ended;
    }

    public async Task EndAllAsync(int sessionId, CancellationToken ct = default)
    {
        foreach (var deal in await db.FlashDeals.AsNoTracking().Where(d => d.SessionId == sessionId && d.State != DealState.Ended).ToListAsync(ct))
            await CloseAsync(deal, DealEndReason.SessionEnded, ct);
    }

    /// <summary>
    /// Closes running deals whose time is up or quota is gone (announced once, by the node whose
    /// UPDATE won), and finishes any stock return a crash or failure left undone.
    /// </summary>
    public async Task<int> CloseFinishedAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow();
        var finished = await db.FlashDeals.AsNoTracking().Where(d => d.State == DealState.Running && (d.EndsAt <= now || d.Sold >= d.Quota)).ToListAsync(ct);
        var closed = 0;
        foreach (var deal in finished)
            if (await CloseAsync(deal, deal.Sold >= deal.Quota ? DealEndReason.SoldOut : DealEndReason.Expired, ct)) closed++;
        foreach (var id in await db.FlashDeals.AsNoTracking().Where(d => d.State == DealState.Ended && d.ReturnedToStock == null).Select(d => d.Id).ToListAsync(ct))
            await ReturnToStockAsync(id, ct);
        return closed;
    }

    private async Task<bool> CloseAsync(FlashDeal deal, DealEndReason reason, CancellationToken ct)
    {
        var now = clock.UtcNow();
        var state = deal.State;
        int? returned = state == DealState.Running ? null : 0; // a planned deal never set units aside
        var rows = await db.FlashDeals.Where(d => d.Id == deal.Id && d.State == state)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DealState.Ended).SetProperty(d => d.EndedAt, now).SetProperty(d => d.EndReason, reason)
                .SetProperty(d => d.ReturnedToStock, returned), ct);
        if (rows == 0) return false;
        if (state == DealState.Running) await ReturnToStockAsync(deal.Id, ct);
        var fresh = await db.FlashDeals.AsNoTracking().FirstAsync(d => d.Id == deal.Id, ct);
        if (state == DealState.Running) await news.PublishAsync(deal.SessionId, "deal-ended", DealDto.From(fresh), ct);
        return true;
    }

    /// <summary>
    /// Gives an ended deal's unsold units back to the product's stock, once: the stock UPDATE and
    /// the conditional marking of <see cref="FlashDeal.ReturnedToStock"/> commit together, and a
    /// second runner (another node, a repeat of the job) finds the mark and rolls back. Once ended,
    /// a deal's sold count no longer moves (claims and releases need it running), so the
    /// remainder read first is final. Stock row first, deal row second: the checkout's lock order.
    /// </summary>
    private async Task ReturnToStockAsync(int dealId, CancellationToken ct)
    {
        var ended = await db.FlashDeals.AsNoTracking().Where(d => d.Id == dealId && d.State == DealState.Ended && d.ReturnedToStock == null)
            .Select(d => new { d.ProductId, Left = d.Quota - d.Sold }).FirstOrDefaultAsync(ct);
        if (ended is null) return;
        var left = Math.Max(0, ended.Left);
        using (await writeGate.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (left > 0) await stock.ReleaseAsync(ended.ProductId, left, ct);
            var marked = await db.FlashDeals.Where(d => d.Id == dealId && d.ReturnedToStock == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReturnedToStock, left), ct);
            if (marked == 1) await tx.CommitAsync(ct);
            else await tx.RollbackAsync(ct);
        }
    }

    private async Task<Result<(LiveSession Session, FlashDeal Deal)>> HostedDealAsync(int sessionId, string dealId, CancellationToken ct)
    {
        var hosted = await access.HostedAsync(sessionId, ct);
        if (!hosted.Ok) return hosted.Error!;
        var id = FlashDeal.IdOf(dealId);
        var deal = id is null ? null : await db.FlashDeals.FirstOrDefaultAsync(d => d.Id == id && d.SessionId == sessionId, ct);
        if (deal is null) return AppError.NotFound($"Không tìm thấy ưu đãi {dealId} trong phiên này.");
        return (hosted.Value!, deal);
    }
}
