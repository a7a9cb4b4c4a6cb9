using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record ReviewInput(int ProductId, int Rating, string? Comment);
public sealed record ReviewDto(int Id, int ProductId, string BuyerName, int Rating, string? Comment, DateTime CreatedAt, string? Reply, DateTime? RepliedAt);
public sealed record ReviewRow(int Id, int ProductId, string ProductName, string BuyerName, int Rating, string? Comment, DateTime CreatedAt,
    string? Reply, bool Hidden, string? HiddenReason);
public sealed record ProductReviews(int ProductId, double? Average, int Count, IReadOnlyList<ReviewDto> Items);

/// <summary>
/// Ratings of received products: the buyer of a delivered order rates each of its products once
/// (1–5, plain-text comment); the producer replies; an administrator hides an abusive review,
/// which then counts in neither the list nor the average.
/// </summary>
public sealed class Reviews(OcopDb db, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ReviewDto>> AddAsync(string code, ReviewInput input, CancellationToken ct = default)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Code == code, ct);
        if (order is null || me.Id is null || order.BuyerId != me.Id) return OrderAccess.NotFound(code);
        if (!Order.Received.Contains(order.Status)) return AppError.Conflict("Chỉ đánh giá được sau khi đã nhận hàng.");
        var line = order.Lines.FirstOrDefault(l => l.ProductId == input.ProductId);
        var v = new Validation();
        v.Require(line is not null, "productId", "Sản phẩm này không có trong đơn hàng.");
        v.Require(input.Rating is >= 1 and <= 5, "rating", "Điểm đánh giá từ 1 đến 5 sao.");
        v.Require(input.Comment is null || input.Comment.Length <= 2000, "comment", "Nhận xét tối đa 2000 ký tự.");
        v.Require(!Html.ContainsMarkup(input.Comment), "comment", "Không được nhập mã HTML hoặc script.");
        if (v.HasErrors) return v.ToError();
        if (await db.Reviews.AnyAsync(r => r.OrderId == order.Id && r.ProductId == input.ProductId, ct))
            return AppError.Conflict("Bạn đã đánh giá sản phẩm này trong đơn hàng này.");
        var review = new Review
        {
            ProductId = input.ProductId, OrderId = order.Id, ProducerId = order.ProducerId, BuyerId = me.Id, BuyerName = me.Name,
            Rating = input.Rating, Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), CreatedAt = clock.UtcNow(),
        };
        db.Reviews.Add(review);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e)) { return AppError.Conflict("Bạn đã đánh giá sản phẩm này trong đơn hàng này."); }
        return ToDto(review);
    }

    public async Task<Result<ReviewDto>> ReplyAsync(int id, string? text, CancellationToken ct = default)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || !(me.IsAdmin || me.ProducerId == review.ProducerId)) return AppError.NotFound("Không tìm thấy đánh giá.");
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000 || Html.ContainsMarkup(text)) return AppError.Validation("reply", "Trả lời từ 1 đến 2000 ký tự, không có mã HTML.");
        review.Reply = text.Trim();
        review.RepliedAt = clock.UtcNow();
        audit.Record("review.replied", "review", id, after: new { review.Reply });
        await db.SaveChangesAsync(ct);
        return ToDto(review);
    }

    public async Task<Result<ReviewDto>> HideAsync(int id, string? reason, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return AppError.Forbidden("Chỉ quản trị viên ẩn đánh giá.");
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null) return AppError.NotFound("Không tìm thấy đánh giá.");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500) return AppError.Validation("reason", "Vui lòng ghi lý do ẩn (tối đa 500 ký tự).");
        review.Hidden = true;
        review.HiddenReason = reason.Trim();
        audit.Record("review.hidden", "review", id, before: new { review.Rating, review.Comment }, reason: review.HiddenReason);
        await db.SaveChangesAsync(ct);
        return ToDto(review);
    }

    public async Task<ProductReviews> ForProductAsync(int productId, CancellationToken ct = default)
    {
        var visible = db.Reviews.AsNoTracking().Where(r => r.ProductId == productId && !r.Hidden);
        var count = await visible.CountAsync(ct);
        var average = count == 0 ? (double?)null : Math.Round(await visible.AverageAsync(r => (double)r.Rating, ct), 1);
        var items = await visible.OrderByDescending(r => r.Id).Take(100).ToListAsync(ct);
        return new ProductReviews(productId, average, count, items.Select(ToDto).ToList());
    }

    /// <summary>The reviews written for one order (the buyer's order page shows which products are rated).</summary>
    public Task<List<ReviewDto>> OfOrderAsync(int orderId, CancellationToken ct = default) =>
        db.Reviews.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.Id)
            .Select(r => new ReviewDto(r.Id, r.ProductId, r.BuyerName, r.Rating, r.Comment, r.CreatedAt, r.Reply, r.RepliedAt)).ToListAsync(ct);

    /// <summary>Reviews to answer or moderate, newest first: the producer's own products, or every review for an administrator.</summary>
    public async Task<List<ReviewRow>> ToModerateAsync(CancellationToken ct = default)
    {
        if (!me.IsAdmin && me.ProducerId is null) return [];
        var query = db.Reviews.AsNoTracking();
        if (!me.IsAdmin) query = query.Where(r => r.ProducerId == me.ProducerId);
        var rows = await query.OrderByDescending(r => r.Id).Take(200)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new { Review = r, p.Name }).ToListAsync(ct);
        return rows.OrderByDescending(x => x.Review.Id).Select(x => new ReviewRow(x.Review.Id, x.Review.ProductId, x.Name, x.Review.BuyerName,
            x.Review.Rating, x.Review.Comment, x.Review.CreatedAt, x.Review.Reply, x.Review.Hidden, x.Review.HiddenReason)).ToList();
    }

    private static ReviewDto ToDto(Review r) => new(r.Id, r.ProductId, r.BuyerName, r.Rating, r.Comment, r.CreatedAt, r.Reply, r.RepliedAt);
}
