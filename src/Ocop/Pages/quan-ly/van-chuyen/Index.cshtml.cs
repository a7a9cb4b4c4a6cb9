using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Carriers and their fee tables by zone and weight band (administrators edit them).</summary>
public sealed class CarriersModel(CurrentUser me, ShippingFees fees) : OfficerPageModel(me)
{
    public IReadOnlyList<Carrier> Carriers { get; private set; } = [];

    public async Task OnGetAsync() => Carriers = await fees.FreshCarriersAsync(HttpContext.RequestAborted);

    public static string Zone(ShippingZone z) => z switch
    {
        ShippingZone.SameProvince => "Nội tỉnh",
        ShippingZone.SameRegion => "Cùng miền",
        _ => "Toàn quốc",
    };
}
