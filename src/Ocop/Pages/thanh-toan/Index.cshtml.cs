using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Commerce;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Pages;

public sealed class CheckoutForm
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? CommuneCode { get; set; }
    public string? Carrier { get; set; }
    public string? PaymentMethod { get; set; } = "vietqr";
    public string? Note { get; set; }
    /// <summary>Generated once per checkout form: a second submit of the same form returns the first orders instead of new ones.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The commune whose shipping fees the buyer has seen; the order is placed only once the fees were shown for the address.</summary>
    public string? QuotedCommune { get; set; }
}

/// <summary>
/// Checkout: address by province and commune, carrier with each producer's shipping fee shown
/// before the order is placed, VietQR transfer or cash on delivery. Places the order through the
/// same <see cref="PlaceOrder"/> use case as the API, with the form's idempotency key.
/// </summary>
public sealed class CheckoutModel(Cart cart, ShippingFees fees, PlaceOrder placeOrder, GeographyDirectory geo,
    CurrentUser me) : OcopPageModel
{
    private static readonly Dictionary<string, string> FieldKeys = new()
    {
        ["shipping.name"] = "Input.Name", ["shipping.phone"] = "Input.Phone", ["shipping.address"] = "Input.Address",
        ["shipping.communeCode"] = "Input.CommuneCode", ["shipping.carrier"] = "Input.Carrier", ["shipping.note"] = "Input.Note",
        ["shipping"] = "", ["paymentMethod"] = "Input.PaymentMethod", ["Idempotency-Key"] = "",
    };

    [BindProperty] public CheckoutForm Input { get; set; } = new();
    [BindProperty(Name = "province")] public string? Province { get; set; }
    public CartView View { get; private set; } = null!;
    public IReadOnlyList<Carrier> Carriers { get; private set; } = [];
    /// <summary>Per carrier, the fee of each producer's parcel to the chosen commune (null: the carrier does not serve it).</summary>
    public Dictionary<string, List<(string Producer, long? Fee)>> Quotes { get; private set; } = [];

    public IEnumerable<SelectListItem> ProvinceItems => geo.Provinces.Select(p => new SelectListItem(p.Name, p.Code, p.Code == Province));
    public IEnumerable<SelectListItem> CommuneItems => Province is null ? [] : geo.Communes(Province).Select(c => new SelectListItem(c.Name, c.Code));
    public bool Quoted => Input.CommuneCode is not null && Input.QuotedCommune == Input.CommuneCode && Quotes.Count > 0;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Redirect("/gio-hang");
        Input.Name = me.IsAuthenticated ? me.Name : null;
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    /// <summary>Shows every carrier's fee for the chosen commune (the no-JavaScript way to see fees before ordering).</summary>
    public async Task<IActionResult> OnPostQuoteAsync()
    {
        ModelState.Clear();
        if (!await LoadAsync()) return Redirect("/gio-hang");
        if (geo.Commune(Input.CommuneCode) is null)
            ModelState.AddModelError("Input.CommuneCode", L["Vui lòng chọn tỉnh/thành rồi xã/phường nhận hàng."]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var seenFees = Input.CommuneCode is not null && Input.QuotedCommune == Input.CommuneCode;
        if (!await LoadAsync()) return Redirect("/gio-hang");
        if (!seenFees || !Quoted)
        {
            ModelState.Clear();
            ModelState.AddModelError("", geo.Commune(Input.CommuneCode) is null
                ? L["Vui lòng chọn tỉnh/thành rồi xã/phường nhận hàng."]
                : L["Phí vận chuyển đã được tính cho địa chỉ này; hãy xem lại rồi bấm Đặt hàng."]);
            return Page();
        }
        var request = new CheckoutRequest(cart.Items(),
            new ShippingInput(Input.Name, Input.Phone, Input.Address, Input.CommuneCode, Input.Carrier, Input.Note), Input.PaymentMethod);
        var result = await placeOrder.RunAsync(Input.IdempotencyKey, request, HttpContext.RequestAborted);
        if (!result.Ok)
        {
            AddErrors(result.Error!, fieldKeys: FieldKeys);
            return Page();
        }
        cart.Clear();
        var codes = string.Join(',', result.Value.Response.Orders.Select(o => o.Code));
        return Redirect("/don-hang/da-dat?ma=" + Uri.EscapeDataString(codes));
    }

    /// <summary>Prices the cart and, when a commune is chosen, quotes every carrier; false when the cart is empty.</summary>
    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        View = await cart.ViewAsync(ct);
        if (View.Items.Count == 0) return false;
        if (View.Problem is not null) ModelState.AddModelError("", L[View.Problem]);
        Carriers = (await fees.CarriersAsync(ct)).Where(c => c.Active).ToList();
        var commune = geo.Commune(Input.CommuneCode);
        Province = commune?.ProvinceCode ?? (string.IsNullOrEmpty(Province) ? null : Province);
        if (commune is null || View.Problem is not null) return true;
        Quotes = Carriers.ToDictionary(c => c.Code, c => View.Parcels
            .Select(p => (p.ProducerName, ShippingFees.Quote(c, p.ProvinceCode, commune.ProvinceCode, p.WeightGrams).Fee)).ToList());
        Input.QuotedCommune = commune.Code;
        ModelState.Remove("Input.QuotedCommune");
        return true;
    }
}
