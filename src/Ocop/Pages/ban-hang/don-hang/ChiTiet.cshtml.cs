using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Pages.Shared;

namespace Ocop.Pages;

/// <summary>
/// The seller's order: every transition the workflow allows from here (confirm a transfer by hand,
/// pack, ship with carrier and tracking number, delivered, COD collected, complete, cancel, return).
/// A refused action shows the service's own message.
/// </summary>
public sealed class SellerOrderModel(CurrentUser me, OrderQueries orders, OrderWorkflow workflow, PaymentMatching payments, ShippingFees fees,
    AuditLog audit) : ProducerPageModel(me)
{
    private static readonly Dictionary<string, string> FieldKeys = new()
    {
        ["trackingNumber"] = "trackingNumber", ["carrier"] = "carrier", ["reason"] = "reason", ["amount"] = "amount", ["reference"] = "reference",
    };

    public OrderDto Order { get; private set; } = null!;
    public OrderStatus Status { get; private set; }
    public List<TimelineStep> Timeline { get; private set; } = [];
    public IReadOnlyList<Carrier> Carriers { get; private set; } = [];

    public bool Unpaid => Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid;
    public bool CanShip => Unpaid || Status is OrderStatus.Paid or OrderStatus.CodPending or OrderStatus.Packed;
    public bool CanPack => Unpaid || Status is OrderStatus.Paid or OrderStatus.CodPending;
    public bool CanCancel => Ocop.Features.Commerce.Order.Cancellable.Contains(Status);

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(string code, OrderAction action, string? reason, string? carrier, string? trackingNumber)
    {
        var request = new OrderActionRequest(string.IsNullOrWhiteSpace(reason) ? null : reason, carrier, trackingNumber);
        var result = await workflow.ApplyAsync(code, action, request, null, HttpContext.RequestAborted);
        if (result.Ok) return Done($"/ban-hang/don-hang/{code}", $"Đơn {code}: {OrderLabels.Of(result.Value!.Status)}.");
        return await RefusedAsync(code, result.Error!);
    }

    public async Task<IActionResult> OnPostConfirmPaymentAsync(string code, long amount, string? reference)
    {
        var result = await payments.ConfirmByHandAsync(code, amount, string.IsNullOrWhiteSpace(reference) ? null : reference, HttpContext.RequestAborted);
        if (result.Ok) return Done($"/ban-hang/don-hang/{code}", $"Đã ghi nhận {Standards.Money.Vnd.Display(amount)} cho đơn {code}.");
        return await RefusedAsync(code, result.Error!);
    }

    private async Task<IActionResult> RefusedAsync(string code, AppError error)
    {
        if (error.Status == 404) return NotFound();
        AddErrors(error, fieldKeys: FieldKeys);
        return await LoadAsync(code) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code)
    {
        var ct = HttpContext.RequestAborted;
        var visible = await orders.VisibleAsync(code, null, ct);
        if (!visible.Ok || visible.Value!.ProducerId != ProducerId) return false;
        Order = await orders.ToDtoAsync(visible.Value, ct);
        Status = visible.Value.Status;
        Timeline = OrderPages.Timeline(await audit.HistoryAsync("order", code, ct));
        Carriers = await fees.CarriersAsync(ct);
        return true;
    }
}
