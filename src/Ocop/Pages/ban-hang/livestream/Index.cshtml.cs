using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;
using Ocop.Features.Livestream;

namespace Ocop.Pages;

/// <summary>The producer's say over livestream sales: per product, consent with the lowest deal price it accepts, or none.</summary>
public sealed class SellerLivestreamModel(CurrentUser me, LiveConsents consents) : ProducerPageModel(me)
{
    public List<ConsentDto> Products { get; private set; } = [];

    public async Task OnGetAsync() => Products = await consents.MineAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostGrantAsync(int id, long? floorPrice)
    {
        var result = await consents.GrantAsync(id, new ConsentInput(floorPrice), HttpContext.RequestAborted);
        if (result.Ok) return Done("/ban-hang/livestream", "Đã lưu đồng ý bán trong livestream và giá sàn.");
        AddErrors(result.Error! with { Fields = null });
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        var result = await consents.WithdrawAsync(id, HttpContext.RequestAborted);
        if (result.Ok) return Done("/ban-hang/livestream", "Đã rút đồng ý: sản phẩm không vào phiên hay ưu đãi mới nào.");
        AddErrors(result.Error! with { Fields = null });
        await OnGetAsync();
        return Page();
    }
}
