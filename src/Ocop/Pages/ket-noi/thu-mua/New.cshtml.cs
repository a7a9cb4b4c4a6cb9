using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>A demand as the buyer fills it in: one or two product sets, standards as checkboxes.</summary>
public sealed class DemandForm
{
    public string? Title { get; set; }
    public string? Need { get; set; }
    public int? SetCode { get; set; }
    public int? SetCode2 { get; set; }
    public int? Quantity { get; set; }
    public TradeUnit? Unit { get; set; }
    public Frequency? Frequency { get; set; }
    public string? DeliveryProvinceCode { get; set; }
    public string? NeededBy { get; set; }
    public long? PriceMin { get; set; }
    public long? PriceMax { get; set; }
    public int MinStars { get; set; }
    public string? ValidUntil { get; set; }
    public StandardBoxes Standards { get; set; } = new();

    public DemandInput ToInput() => new()
    {
        Title = Title, Need = Need, SetCodes = new[] { SetCode, SetCode2 }.OfType<int>().Distinct().ToList(), Quantity = Quantity, Unit = Unit,
        Frequency = Frequency, DeliveryProvinceCode = DeliveryProvinceCode, NeededBy = FormDate.Parse(NeededBy), PriceMin = PriceMin, PriceMax = PriceMax,
        MinStars = MinStars, Standards = Standards.ToList(), ValidUntil = FormDate.Parse(ValidUntil),
    };
}

/// <summary><c>/ket-noi/thu-mua/nhu-cau-moi</c>: a verified buyer posts a demand, then sees its matches.</summary>
[Authorize]
public sealed class NewDemandModel(DemandCommands commands, GeographyDirectory geo, TimeProvider clock) : OcopPageModel
{
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["setCodes"] = "Input.SetCode", ["standards"] = "Input.Standards",
    };

    [BindProperty] public DemandForm Input { get; set; } = new();
    public IEnumerable<SelectListItem> SetItems => MatchingChoices.Sets(L);
    public IEnumerable<SelectListItem> ProvinceItems => MatchingChoices.Provinces(geo);
    public IEnumerable<SelectListItem> UnitItems => MatchingChoices.Units(L);
    public IEnumerable<SelectListItem> FrequencyItems => MatchingChoices.Frequencies(L);
    public IEnumerable<SelectListItem> StarItems => MatchingChoices.Stars(L);

    public void OnGet()
    {
        var today = VietnamTime.Today(clock);
        Input = new DemandForm { NeededBy = FormDate.Format(today.AddDays(14)), ValidUntil = FormDate.Format(today.AddMonths(2)), Unit = TradeUnit.Kg, Frequency = Frequency.Monthly };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await commands.CreateAsync(Input.ToInput(), HttpContext.RequestAborted);
        if (result.Ok) return Done($"/ket-noi/thu-mua/nhu-cau/{result.Value!.Id}", "Đã đăng nhu cầu.");
        AddErrors(result.Error!, fieldKeys: Fields);
        return Page();
    }
}
