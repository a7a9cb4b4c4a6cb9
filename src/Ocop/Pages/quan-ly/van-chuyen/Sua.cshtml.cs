using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages;

public sealed class RateRow
{
    public ShippingZone Zone { get; set; } = ShippingZone.SameProvince;
    public int? MaxGrams { get; set; }
    public long? Fee { get; set; }
}

public sealed class CarrierForm
{
    public string? Name { get; set; }
    public bool Active { get; set; }
    public long ExtraPerKg { get; set; }
    public List<RateRow> Rates { get; set; } = [];
}

/// <summary>An administrator edits one carrier's fee table; empty rows are ignored, so new bands are added in the blank rows.</summary>
public sealed class CarrierEditModel(CurrentUser me, ShippingFees fees, ShippingCommands commands) : OcopPageModel
{
    private const int BlankRows = 3;

    [BindProperty] public CarrierForm Input { get; set; } = new();
    public string Code { get; private set; } = "";

    public static IEnumerable<SelectListItem> Zones(Lang l) =>
        Enum.GetValues<ShippingZone>().Select(z => new SelectListItem(l[CarriersModel.Zone(z)], z.ToString()));

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (!me.IsAdmin) context.Result = Forbid();
    }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var carrier = (await fees.FreshCarriersAsync(HttpContext.RequestAborted)).FirstOrDefault(c => c.Code == code);
        if (carrier is null) return NotFound();
        Code = code;
        Input = new CarrierForm
        {
            Name = carrier.Name, Active = carrier.Active, ExtraPerKg = carrier.ExtraPerKg,
            Rates = carrier.Rates.OrderBy(r => r.Zone).ThenBy(r => r.MaxGrams).Select(r => new RateRow { Zone = r.Zone, MaxGrams = r.MaxGrams, Fee = r.Fee }).ToList(),
        };
        Input.Rates.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new RateRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Code = code;
        var rates = Input.Rates.Where(r => r.MaxGrams is not null || r.Fee is not null)
            .Select(r => new RateInput(r.Zone, r.MaxGrams ?? 0, r.Fee ?? -1)).ToList();
        var result = await commands.SetRatesAsync(code, new CarrierRatesInput(Input.Name, Input.Active, Input.ExtraPerKg, rates), HttpContext.RequestAborted);
        if (result.Ok) return Done("/quan-ly/van-chuyen", $"Đã lưu bảng phí {result.Value!.Name}.");
        if (result.Error!.Status == 404) return NotFound();
        AddErrors(result.Error);
        return Page();
    }
}
