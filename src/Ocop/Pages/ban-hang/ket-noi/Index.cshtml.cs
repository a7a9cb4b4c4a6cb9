using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Matching;
using Ocop.Pages.KetNoi;

namespace Ocop.Pages.BanHang;

/// <summary>An offer as the producer fills it in: one or two price tiers, standards as checkboxes.</summary>
public sealed class OfferForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? ProductId { get; set; }
    public int? SetCode { get; set; }
    public int? Capacity { get; set; }
    public TradeUnit? Unit { get; set; }
    public Frequency? Period { get; set; }
    public int? MinOrder { get; set; }
    public long? Price { get; set; }
    public int? Tier2Quantity { get; set; }
    public long? Tier2Price { get; set; }
    public int? SeasonFrom { get; set; }
    public int? SeasonTo { get; set; }
    public DeliveryDistance? Reach { get; set; }
    public string? ValidUntil { get; set; }
    public StandardBoxes Standards { get; set; } = new();

    public OfferInput ToInput()
    {
        var tiers = new List<PriceTier>();
        if (Price is { } p) tiers.Add(new PriceTier(0, p));
        if (Tier2Quantity is { } q && Tier2Price is { } p2) tiers.Add(new PriceTier(q, p2));
        return new OfferInput
        {
            Title = Title, Description = Description, ProductId = ProductId, SetCode = SetCode, Capacity = Capacity, Unit = Unit, Period = Period,
            MinOrder = MinOrder, PriceTiers = tiers, SeasonFrom = SeasonFrom, SeasonTo = SeasonTo, Reach = Reach, Standards = Standards.ToList(),
            ValidUntil = FormDate.Parse(ValidUntil),
        };
    }
}

/// <summary><c>/ban-hang/ket-noi</c>: the producer's supply offers and a form for a new one.</summary>
public sealed class SellerOffersModel(CurrentUser me, MatchingQueries queries, OfferCommands commands, CatalogQueries catalog, TimeProvider clock) : ProducerPageModel(me)
{
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["priceTiers"] = "Input.Price", ["standards"] = "Input.Standards",
    };

    [BindProperty] public OfferForm Input { get; set; } = new();
    public List<OfferSummary> Offers { get; private set; } = [];
    public List<SelectListItem> ProductItems { get; private set; } = [];
    public IEnumerable<SelectListItem> SetItems => MatchingChoices.Sets(L);
    public IEnumerable<SelectListItem> UnitItems => MatchingChoices.Units(L);
    public IEnumerable<SelectListItem> PeriodItems => MatchingChoices.Frequencies(L);
    public IEnumerable<SelectListItem> ReachItems => MatchingChoices.Reaches(L);
    public IEnumerable<SelectListItem> MonthItems => MatchingChoices.Months(L);

    public async Task OnGetAsync()
    {
        Input = new OfferForm { ValidUntil = FormDate.Format(VietnamTime.Today(clock).AddMonths(6)), Unit = TradeUnit.Kg, Period = Frequency.Monthly, Reach = DeliveryDistance.Nationwide };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await commands.CreateAsync(Input.ToInput(), HttpContext.RequestAborted);
        if (result.Ok) return Done($"/ban-hang/ket-noi/{result.Value!.Id}", "Đã đăng chào bán.");
        AddErrors(result.Error!, fieldKeys: Fields);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Offers = await queries.MyOffersAsync(HttpContext.RequestAborted);
        ProductItems = (await catalog.OfProducerAsync(ProducerId)).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();
    }
}
