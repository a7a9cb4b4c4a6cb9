using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Traceability;

namespace Ocop.Pages;

/// <summary><c>/ban-hang/truy-xuat</c>: the producer's places (farm, workshop, warehouse) and lots, and the forms to add them.</summary>
public sealed class SellerTraceModel(CurrentUser me, TraceQueries queries, CatalogQueries catalog, LotCommands commands) : ProducerPageModel(me)
{
    [BindProperty] public LocationInput Place { get; set; } = new();
    [BindProperty] public LotInput Input { get; set; } = new() { HarvestedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)) };

    public List<TraceLocation> Locations { get; private set; } = [];
    public List<Lot> Lots { get; private set; } = [];
    public List<Product> Products { get; private set; } = [];

    public IEnumerable<SelectListItem> Kinds => Enum.GetValues<LocationKind>().Select(k => new SelectListItem(L[LocationInput.KindLabel(k)], k.ToString()));
    public IEnumerable<SelectListItem> ProductItems => Products.Where(p => p.Gtin is not null).Select(p => new SelectListItem($"{p.Name} ({p.Gtin})", p.Id.ToString()));
    public IEnumerable<SelectListItem> PlaceItems => Locations.Select(l => new SelectListItem(l.Name, l.Id.ToString()));
    public IEnumerable<SelectListItem> Units => LotInput.Units.Select(u => new SelectListItem(L[u.Label], u.Code));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPlaceAsync()
    {
        var result = await commands.AddLocationAsync(ProducerId, Place);
        if (result.Ok) return Done("/ban-hang/truy-xuat", $"{L["Đã thêm địa điểm"]}: {result.Value!.Name}");
        AddErrors(result.Error!, "Place");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLotAsync()
    {
        var result = await commands.CreateLotAsync(Input);
        if (result.Ok) return Done($"/ban-hang/truy-xuat/lo/{result.Value!.Id}", $"{L["Đã tạo lô"]} {result.Value.Number}");
        AddErrors(result.Error!);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Locations = await queries.LocationsOfAsync(ProducerId);
        Lots = await queries.LotsOfProducerAsync(ProducerId);
        Products = await catalog.OfProducerAsync(ProducerId);
    }

    public string ProductName(int id) => Products.FirstOrDefault(p => p.Id == id)?.Name ?? "";
}
