using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;

namespace Ocop.Pages.don_hang;

/// <summary>After checkout: the orders created (one per producer), each VietQR order with its code to scan and its payment page.</summary>
public sealed class DaDatModel(OrderQueries orders) : OcopPageModel
{
    public List<(Order Order, VietQrInfo? Qr, string? Token)> Orders { get; } = [];

    public async Task<IActionResult> OnGetAsync(string? ma)
    {
        foreach (var code in (ma ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(30))
        {
            var order = await orders.VisibleAsync(code, null, HttpContext.RequestAborted);
            if (!order.Ok) continue;
            var o = order.Value!;
            Orders.Add((o, o.IsPayable ? VietQrPayment.Info(o) : null, o.BuyerId is null ? o.LookupToken : null));
        }
        return Orders.Count == 0 ? NotFound() : Page();
    }
}
