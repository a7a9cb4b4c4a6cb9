using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Pages.Shared;

namespace Ocop.Pages.don_hang;

public sealed class ReviewForm
{
    public int ProductId { get; set; }
    public int Rating { get; set; } = 5;
    public string? Comment { get; set; }
}

/// <summary>
/// The buyer's order: lines, totals, payment state (also partly paid), status timeline, tracking
/// number once shipped, cancellation while allowed, and rating the products once received.
/// </summary>
public sealed class ChiTietModel(OrderQueries orders, OrderWorkflow workflow, OrderAccess access, Reviews reviews, AuditLog audit, CurrentUser me)
    : OcopPageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public ReviewForm Review { get; set; } = new();
    public OrderDto Order { get; private set; } = null!;
    public List<TimelineStep> Timeline { get; private set; } = [];
    public List<ReviewDto> Reviews { get; private set; } = [];
    public bool IsBuyer { get; private set; }
    public bool IsSeller { get; private set; }
    public bool CanCancel => IsBuyer && Order.Status is nameof(OrderStatus.AwaitingPayment) or nameof(OrderStatus.CodPending);
    public bool CanReview => IsBuyer && me.IsAuthenticated && Order.Status is nameof(OrderStatus.Delivered) or nameof(OrderStatus.CodCollected) or nameof(OrderStatus.Completed);

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(string code, string? reason)
    {
        var result = await workflow.ApplyAsync(code, OrderAction.Cancel, new OrderActionRequest(Reason: string.IsNullOrWhiteSpace(reason) ? null : reason), Token,
            HttpContext.RequestAborted);
        if (result.Ok) return Done(OrderPages.Link(code, Token), "Đã huỷ đơn hàng; hàng đã được trả lại kho.");
        return await RefusedAsync(code, result.Error!);
    }

    public async Task<IActionResult> OnPostReviewAsync(string code)
    {
        var result = await reviews.AddAsync(code, new ReviewInput(Review.ProductId, Review.Rating, Review.Comment), HttpContext.RequestAborted);
        if (result.Ok) return Done(OrderPages.Link(code, Token), "Cảm ơn bạn đã đánh giá sản phẩm.");
        return await RefusedAsync(code, result.Error!, "Review");
    }

    private async Task<IActionResult> RefusedAsync(string code, AppError error, string prefix = "Input")
    {
        if (error.Status == 404) return NotFound();
        AddErrors(error, prefix);
        return await LoadAsync(code) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code)
    {
        var ct = HttpContext.RequestAborted;
        var visible = await orders.VisibleAsync(code, Token, ct);
        if (!visible.Ok) return false;
        var order = visible.Value!;
        Order = await orders.ToDtoAsync(order, ct);
        IsBuyer = access.IsBuyer(order, Token);
        IsSeller = access.IsSeller(order);
        Timeline = OrderPages.Timeline(await audit.HistoryAsync("order", code, ct));
        Reviews = await reviews.OfOrderAsync(order.Id, ct);
        return true;
    }
}
