using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>All the producer's products, whatever their status, with list/hide actions.</summary>
public sealed class SellerProductsModel(CurrentUser me, CatalogQueries catalog, ProductCommands commands) : ProducerPageModel(me)
{
    public List<Product> Products { get; private set; } = [];

    public async Task OnGetAsync() => Products = await catalog.OfProducerAsync(ProducerId);

    public async Task<IActionResult> OnPostStatusAsync(int id, ProductStatus status)
    {
        var result = await commands.SetStatusAsync(id, status);
        if (result.Ok)
            return Done("/ban-hang/san-pham", status == ProductStatus.Listed ? "Đã đăng bán sản phẩm." : "Đã ẩn sản phẩm.");
        AddErrors(result.Error! with { Fields = null });
        await OnGetAsync();
        return Page();
    }
}
