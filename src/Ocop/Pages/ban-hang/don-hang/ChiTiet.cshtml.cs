using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Features.Traceability;
using Ocop.Pages.Shared;

namespace Ocop.Pages;

/// <summary>
/// The seller's order: every transition the workflow allows from here (confirm a transfer by hand,
/// pack, ship with carrier and tracking number, delivered, COD collected, complete, cancel, return).
/// A refused action shows the service's own message. Packing and shipping name the lot of each product
/// (fields <c>lot-{productId}</c>, suggested by <see cref="LotChoices"/>) through the same request as the API,
/// so Traceability writes the shipping and receiving events of those lots.
/// </summary>
public sealed class SellerOrderModel(CurrentUser me, OrderQueries orders, OrderWorkflow workflow, PaymentMatching payments, ShippingFees fees,
    AuditLog audit, LotChoices lotChoices) : ProducerPageModel(me)
{
    public const string LotField = "lot-";

    private static readonly Dictionary<string, string> FieldKeys = new()
    {
        ["trackingNumber"] = "trackingNumber", ["carrier"] = "carrier", ["reason"] = "reason", ["amount"] = "amount", ["reference"] = "reference", ["lots"] = "",
    };

    public OrderDto Order { get; private set; } = null!;
    public OrderStatus Status { get; private set; }
    public List<TimelineStep> Timeline { get; private set; } = [];
    public IReadOnlyList<Carrier> Carriers { get; private set; } = [];
    /// <summary>The order's products (one entry per product, in line order) with the lots to pick from.</summary>
    public List<(OrderLineDto Line, ProductLotChoices Choices)> LotLines { get; private set; } = [];
    /// <summary>The lots named on the order's lines, for the links to their trace pages.</summary>
    public List<(string Product, LotChoice Lot)> NamedLots { get; private set; } = [];

    public bool Unpaid => Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid;
    public bool CanShip => Unpaid || Status is OrderStatus.Paid or OrderStatus.CodPending or OrderStatus.Packed;
    public bool CanPack => Unpaid || Status is OrderStatus.Paid or OrderStatus.CodPending;
    public bool CanCancel => Ocop.Features.Commerce.Order.Cancellable.Contains(Status);

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(string code, OrderAction action, string? reason, string? carrier, string? trackingNumber)
    {
        var lots = new List<LotPick>();
        foreach (var (key, value) in Request.HasFormContentType ? Request.Form : FormCollection.Empty)
        {
            if (!key.StartsWith(LotField, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(value)) continue;
            if (!int.TryParse(key[LotField.Length..], out var productId) || !int.TryParse(value, out var lotId))
                return await RefusedAsync(code, AppError.Validation("lots", "Lô hàng đã chọn không hợp lệ."));
            lots.Add(new LotPick(productId, lotId));
        }
        var request = new OrderActionRequest(string.IsNullOrWhiteSpace(reason) ? null : reason, carrier, trackingNumber,
            action is OrderAction.Pack or OrderAction.Ship && lots.Count > 0 ? lots : null);
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
        var choices = await lotChoices.ForAsync(ProducerId, Order.Lines.Select(l => (l.ProductId, l.LotId)).ToList(), ct);
        LotLines = Order.Lines.DistinctBy(l => l.ProductId).Select(l => (l, choices[l.ProductId])).ToList();
        NamedLots = Order.Lines.Where(l => l.LotId is not null).DistinctBy(l => (l.ProductId, l.LotId))
            .Select(l => (l.Name, choices[l.ProductId].Lots.FirstOrDefault(c => c.Id == l.LotId))).Where(x => x.Item2 is not null)
            .Select(x => (x.Name, x.Item2!)).ToList();
        return true;
    }
}
