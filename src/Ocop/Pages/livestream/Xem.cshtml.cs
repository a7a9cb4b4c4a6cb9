using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Commerce;
using Ocop.Features.Geography;
using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

/// <summary>What a viewer fills in to buy from the session (the Commerce checkout, one product line).</summary>
public sealed class LiveBuyInput
{
    public int ProductId { get; set; }
    public string? DealId { get; set; }
    [Range(1, 99)] public int Quantity { get; set; } = 1;
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? Carrier { get; set; }
    public string PaymentMethod { get; set; } = "vietqr";
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>
/// The viewer page: the stream, the pinned card, deals with a countdown on the server's clock, the
/// ticker and counters (livestream.js over the SSE feed), and buying without leaving the page: the
/// script posts to the Commerce checkout API; without script the form posts here and calls the same checkout.
/// </summary>
public sealed class XemModel(LiveQueries queries, LiveAccess access, ShippingFees fees, GeographyDirectory geo, PlaceOrder placeOrder,
    AttributedSales sales, LiveFigures figures) : OcopPageModel
{
    public LiveSessionDto Session { get; private set; } = null!;
    /// <summary>The session's orders and items so far, shown before the live feed updates them.</summary>
    public SalesTotals Totals { get; private set; } = new(0, 0, 0, 0, 0, 0);
    /// <summary>An ended session's figures (the page shows them instead of the live panels and the order form).</summary>
    public LiveFiguresDto? Final { get; private set; }
    public bool Ended => Session.Status == "ended";
    public bool IsHost { get; private set; }
    public List<SelectListItem> Products { get; private set; } = [];
    public List<SelectListItem> Carriers { get; private set; } = [];
    public List<SelectListItem> Provinces { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public static readonly List<SelectListItem> Methods = [new("Chuyển khoản VietQR", "vietqr"), new("Thanh toán khi nhận hàng (COD)", "cod")];
    [BindProperty] public LiveBuyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBuyAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Ended)
        {
            ModelState.AddModelError("", L["Phiên đã kết thúc, không còn nhận đơn trong phiên. Mời bạn mua tại gian hàng của chủ thể."]);
            return Page();
        }
        var request = new CheckoutRequest([new CheckoutItem(Input.ProductId, null, Input.Quantity, null, string.IsNullOrWhiteSpace(Input.DealId) ? null : Input.DealId)],
            new ShippingInput(Input.Name, Input.Phone, Input.Address, Input.CommuneCode, Input.Carrier, null), Input.PaymentMethod, id);
        var placed = await placeOrder.RunAsync(Input.IdempotencyKey, request, HttpContext.RequestAborted);
        if (!placed.Ok)
        {
            AddErrors(placed.Error!, fieldKeys: new Dictionary<string, string>
            {
                ["shipping.name"] = "Input.Name", ["shipping.phone"] = "Input.Phone", ["shipping.address"] = "Input.Address",
                ["shipping.communeCode"] = "Input.CommuneCode", ["shipping.carrier"] = "Input.Carrier", ["items[0].dealId"] = "Input.DealId",
                ["items[0].quantity"] = "Input.Quantity", ["items[0].productId"] = "Input.ProductId",
            });
            return Page();
        }
        var order = placed.Value.Response.Orders[0];
        var token = order.LookupToken is null ? "" : "?token=" + order.LookupToken;
        return Done(order.Payment.Method == "vietqr" ? $"/don-hang/{order.Code}/thanh-toan{token}" : $"/livestream/{id}", L.Format("Đã đặt đơn {0}.", order.Code));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (await queries.DetailAsync(id, ct) is not { } session) return false;
        Session = session;
        IsHost = await access.IsHostAsync(id, ct);
        if (session.Status == "ended") Final = await figures.FiguresAsync(id, ct);
        else Totals = await sales.TotalsAsync(id, ct);
        Products = session.Products.Select(p => new SelectListItem($"{p.Name} – {p.PriceText}/{p.Unit}", p.ProductId.ToString())).ToList();
        Carriers = (await fees.CarriersAsync(ct)).Where(c => c.Active).Select(c => new SelectListItem(c.Name, c.Code)).ToList();
        Provinces = geo.Provinces.Select(p => new SelectListItem(p.Name, p.Code)).ToList();
        if (Input.ProvinceCode is { } province) Communes = geo.Communes(province).Select(c => new SelectListItem(c.Name, c.Code)).ToList();
        if (Input.ProductId == 0 && session.Pinned is { } pinned) Input.ProductId = pinned.ProductId;
        return true;
    }
}
