using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Ocop.Features.Commerce;

namespace Ocop.Pages;

/// <summary>
/// "Thêm vào giỏ" from a product page posts here. It carries no antiforgery token so that the
/// product page stays identical for every visitor and can be served from the output cache. The
/// cart is only a SameSite=Lax cookie of the visitor's own browser: a cross-site post cannot read
/// or change the visitor's cart, and adding an item buys nothing (checkout is protected).
/// </summary>
public static class AddToCartEndpoint
{
    public static IEndpointRouteBuilder MapAddToCart(this IEndpointRouteBuilder app)
    {
        app.MapPost("/gio-hang/them", async (HttpContext http, Cart cart, Lang lang, ITempDataDictionaryFactory tempData) =>
        {
            var form = await http.Request.ReadFormAsync();
            int? productId = int.TryParse(form["productId"], out var p) ? p : null;
            int? comboId = int.TryParse(form["comboId"], out var c) ? c : null;
            var quantity = int.TryParse(form["quantity"], out var q) ? Math.Max(q, 1) : 1;
            var current = cart.Items().FirstOrDefault(i => i.ProductId == productId && i.ComboId == comboId)?.Quantity ?? 0;
            var result = await cart.SetAsync(new CartItemInput(productId, comboId, current + quantity), http.RequestAborted);
            var flash = tempData.GetTempData(http);
            flash["Flash"] = result.Ok ? lang["Đã thêm vào giỏ hàng."] : lang[result.Error!.Message];
            flash.Save();
            return Results.Redirect("/gio-hang");
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
