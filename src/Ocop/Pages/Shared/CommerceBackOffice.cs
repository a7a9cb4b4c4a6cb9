using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages.Shared;

/// <summary>Back-office pages shared by producers and administrators; the services scope what each sees (own producer, or everything).</summary>
public abstract class SellerOrAdminPageModel(CurrentUser me) : OcopPageModel
{
    public CurrentUser Me => me;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (!me.IsAdmin && me.ProducerId is null) context.Result = Forbid();
    }

    protected string Here => Request.Path.Value ?? "/";

    public abstract Task OnGetAsync();

    /// <summary>Shows the service's refusal above the list, reloaded.</summary>
    protected async Task<IActionResult> RefusedAsync(AppError error)
    {
        ModelState.AddModelError("", L[error.Message]);
        await OnGetAsync();
        return Page();
    }
}

/// <summary>Bank transfers that matched no payable order: assign one to an order, or dismiss it with a reason.</summary>
public sealed class UnmatchedPaymentsModel(CurrentUser me, PaymentMatching payments) : SellerOrAdminPageModel(me)
{
    public List<PaymentNotificationDto> Payments { get; private set; } = [];

    public override async Task OnGetAsync() => Payments = await payments.UnmatchedAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAssignAsync(long id, string? orderCode)
    {
        var result = await payments.AssignAsync(id, orderCode, HttpContext.RequestAborted);
        if (result.Ok) return Done(Here, $"Đã ghi giao dịch vào đơn {result.Value!.OrderCode}.");
        return await RefusedAsync(result.Error!);
    }

    public async Task<IActionResult> OnPostDismissAsync(long id, string? reason)
    {
        var result = await payments.DismissAsync(id, reason, HttpContext.RequestAborted);
        return result.Ok ? Done(Here, "Đã bỏ qua giao dịch.") : await RefusedAsync(result.Error!);
    }
}

/// <summary>Reviews: the producer answers those of its products; an administrator hides abusive ones.</summary>
public sealed class ReviewModerationModel(CurrentUser me, Reviews reviews) : SellerOrAdminPageModel(me)
{
    public List<ReviewRow> Reviews { get; private set; } = [];

    public override async Task OnGetAsync() => Reviews = await reviews.ToModerateAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReplyAsync(int id, string? reply)
    {
        var result = await reviews.ReplyAsync(id, reply, HttpContext.RequestAborted);
        return result.Ok ? Done(Here, "Đã đăng câu trả lời.") : await RefusedAsync(result.Error!);
    }

    public async Task<IActionResult> OnPostHideAsync(int id, string? reason)
    {
        var result = await reviews.HideAsync(id, reason, HttpContext.RequestAborted);
        return result.Ok ? Done(Here, "Đã ẩn đánh giá.") : await RefusedAsync(result.Error!);
    }
}
