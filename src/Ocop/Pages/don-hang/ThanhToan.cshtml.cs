using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;

namespace Ocop.Pages.don_hang;

/// <summary>The payment page of a bank-transfer order: VietQR image, the transfer written out, and a countdown to the deadline.</summary>
public sealed class ThanhToanModel(OrderQueries orders) : OcopPageModel
{
    public PaymentPage Payment { get; private set; } = null!;
    public string? Token { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? token)
    {
        var order = await orders.VisibleAsync(code, token, HttpContext.RequestAborted);
        if (!order.Ok || VietQrPayment.Page(order.Value!) is not { } page) return NotFound();
        Payment = page;
        Token = token;
        return Page();
    }
}
