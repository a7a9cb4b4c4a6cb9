using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Ocop.Features.Commerce;

public sealed record CartItemInput(int? ProductId, int? ComboId, int Quantity);
public sealed record CartView(IReadOnlyList<CheckoutItem> Items, IReadOnlyList<ProducerParcel> Parcels, long Subtotal, long Discount, long Total, string? Problem);

/// <summary>
/// The cart lives in a signed, encrypted cookie (Data Protection) until checkout: no database row per
/// visitor, the same for guests and signed-in buyers, across producers. Prices are never stored in
/// it; every read prices it from the catalogue again, and checkout re-checks price and stock.
/// </summary>
public sealed class Cart(IHttpContextAccessor http, IDataProtectionProvider protection, CheckoutPricing pricing, IOptions<CommerceOptions> options)
{
    public const string CookieName = "ocop.cart";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector("Ocop.Commerce.Cart");

    public List<CheckoutItem> Items()
    {
        var raw = http.HttpContext?.Request.Cookies[CookieName];
        if (raw is null) return [];
        try { return JsonSerializer.Deserialize<List<CheckoutItem>>(_protector.Unprotect(raw), Json) ?? []; }
        catch (Exception e) when (e is CryptographicException or JsonException) { return []; }
    }

    public Task<CartView> ViewAsync(CancellationToken ct = default) => ViewAsync(Items(), ct);

    /// <summary>Sets a line's quantity (0 removes it); the resulting cart must price, else nothing is stored.</summary>
    public async Task<Result<CartView>> SetAsync(CartItemInput input, CancellationToken ct = default)
    {
        if (input.ProductId is null == input.ComboId is null) return AppError.Validation("productId", "Chọn một sản phẩm hoặc một hộp quà.");
        if (input.Quantity < 0 || input.Quantity > options.Value.MaxQuantityPerLine)
            return AppError.Validation("quantity", $"Số lượng phải từ 1 đến {options.Value.MaxQuantityPerLine} (0 để bỏ khỏi giỏ).");
        var items = Items().Where(i => !(i.ProductId == input.ProductId && i.ComboId == input.ComboId)).ToList();
        if (input.Quantity > 0) items.Add(new CheckoutItem(input.ProductId, input.ComboId, input.Quantity));
        var view = await ViewAsync(items, ct);
        if (view.Problem is not null) return AppError.Validation(input.ProductId is null ? "comboId" : "productId", view.Problem);
        Save(items);
        return view;
    }

    /// <summary>Removes a line without pricing the rest, so a sold-out or unlisted line can always be taken out.</summary>
    public void Remove(int? productId, int? comboId) =>
        Save(Items().Where(i => !(i.ProductId == productId && i.ComboId == comboId)).ToList());

    public void Clear() => http.HttpContext?.Response.Cookies.Delete(CookieName);

    private async Task<CartView> ViewAsync(List<CheckoutItem> items, CancellationToken ct)
    {
        if (items.Count == 0) return new CartView(items, [], 0, 0, 0, null);
        var priced = await pricing.PriceAsync(items, ct);
        if (!priced.Ok) return new CartView(items, [], 0, 0, 0, priced.Error!.Message);
        var parcels = priced.Value!.Parcels;
        var subtotal = parcels.Sum(p => p.Subtotal);
        var discount = parcels.Sum(p => p.Discount);
        return new CartView(items, parcels, subtotal, discount, subtotal - discount, null);
    }

    private void Save(List<CheckoutItem> items)
    {
        var ctx = http.HttpContext;
        if (ctx is null) return;
        if (items.Count == 0) { Clear(); return; }
        ctx.Response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(items, Json)), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(30), Secure = ctx.Request.IsHttps,
        });
    }
}
