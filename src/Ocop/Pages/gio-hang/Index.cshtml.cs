using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;

namespace Ocop.Pages;

/// <summary>One line of the cart as shown: priced now, or the reason it cannot be bought as it is.</summary>
public sealed record CartRow(int? ProductId, int? ComboId, string Name, string? Unit, long UnitPrice, int Quantity, long Discount, long Total,
    int? ProducerId, string Group, string? Problem);

/// <summary>
/// The cart (signed cookie, guests and buyers alike): lines grouped by producer, quantities changed
/// or removed by small forms that work without JavaScript. Every view prices the cart again, so a
/// changed price or a sold-out product is said plainly before checkout.
/// </summary>
public sealed class CartModel(Cart cart, CheckoutPricing pricing, GiftCombos combos) : OcopPageModel
{
    public List<CartRow> Rows { get; private set; } = [];
    public CartView View { get; private set; } = null!;
    public bool CanCheckout => Rows.Count > 0 && View.Problem is null && Rows.All(r => r.Problem is null);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSetAsync(int? productId, int? comboId, int quantity)
    {
        var result = await cart.SetAsync(new CartItemInput(productId, comboId, quantity), HttpContext.RequestAborted);
        return result.Ok ? Done("/gio-hang", "Đã cập nhật số lượng.") : await RefusedAsync(result.Error!);
    }

    public IActionResult OnPostRemove(int? productId, int? comboId)
    {
        cart.Remove(productId, comboId);
        return Done("/gio-hang", "Đã bỏ khỏi giỏ hàng.");
    }

    public IActionResult OnPostClear()
    {
        cart.Clear();
        return Done("/gio-hang", "Đã xoá giỏ hàng.");
    }

    private async Task<IActionResult> RefusedAsync(AppError error)
    {
        ModelState.AddModelError("", L[error.Message]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        View = await cart.ViewAsync(ct);
        foreach (var item in View.Items)
        {
            var one = await pricing.PriceAsync([item with { UnitPrice = null }], ct);
            if (!one.Ok)
            {
                var name = item.ComboId is { } c ? (await combos.GetAsync(c, ct))?.Name ?? $"#{c}" : $"#{item.ProductId}";
                Rows.Add(new CartRow(item.ProductId, item.ComboId, name, null, 0, item.Quantity, 0, 0, null, "", one.Error!.Fields?.Values.First()[0] ?? one.Error.Message));
                continue;
            }
            var parcels = one.Value!.Parcels;
            var lines = parcels.SelectMany(p => p.Lines).ToList();
            if (item.ComboId is { } comboId)
            {
                var combo = await combos.GetAsync(comboId, ct);
                var total = lines.Sum(l => l.Total);
                Rows.Add(new CartRow(null, comboId, combo?.Name ?? $"#{comboId}", L["hộp"], total / item.Quantity, item.Quantity, lines.Sum(l => l.Discount), total,
                    null, L["Hộp quà tặng"], null));
            }
            else
            {
                var line = lines[0];
                Rows.Add(new CartRow(line.ProductId, null, line.Name, line.Unit, line.UnitPrice, line.Quantity, 0, line.Total,
                    parcels[0].ProducerId, parcels[0].ProducerName, null));
            }
        }
    }
}
