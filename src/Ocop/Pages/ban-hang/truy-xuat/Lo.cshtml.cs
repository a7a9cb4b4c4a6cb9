using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Identity;
using Ocop.Features.Traceability;

namespace Ocop.Pages;

/// <summary>
/// <c>/ban-hang/truy-xuat/lo/{id}</c>: one lot of the producer, its timeline, and one short form per step
/// (<c>/ban-hang/truy-xuat/lo/{id}/{step}</c>) that records the step as EPCIS events.
/// </summary>
public sealed class SellerLotModel(CurrentUser me, TraceQueries queries, RecordTraceEvent record) : ProducerPageModel(me)
{
    [BindProperty] public TraceStepInput Input { get; set; } = new();

    public LotTrace Trace { get; private set; } = null!;
    public TraceStep? Step { get; private set; }
    public List<TraceLocation> Locations { get; private set; } = [];
    public List<Lot> OtherLots { get; private set; } = [];

    public IEnumerable<SelectListItem> PlaceItems => Locations.Select(l => new SelectListItem($"{l.Name} ({L[LocationInput.KindLabel(l.Kind)]})", l.Id.ToString()));
    public IEnumerable<SelectListItem> LotItems => OtherLots.Select(l => new SelectListItem($"{l.Number} ({l.Quantity:0.###} {L[LotInput.UnitLabel(l.Unit)]})", l.Id.ToString()));

    public static string Slug(TraceStep step) => step.ToString().ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(int id, string? step)
    {
        if (!await LoadAsync(id, step)) return NotFound();
        Input.Step = Step ?? TraceStep.Harvest;
        Input.LocationId = Trace.Lot.OriginLocationId ?? Locations.FirstOrDefault()?.Id;
        if (Step == TraceStep.Processing) Input.InputLotIds = [0, 0];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? step)
    {
        if (!await LoadAsync(id, step) || Step is null) return NotFound();
        Input.Step = Step.Value;
        if (!ModelState.IsValid) return Page();
        var result = await record.RecordAsync(id, Input);
        if (result.Ok) return Done($"/ban-hang/truy-xuat/lo/{id}", $"{L["Đã ghi"]}: {L[TraceStepInput.Label(Step.Value)]}");
        AddErrors(result.Error!);
        if (result.Error!.Fields?.Keys.Any(k => k.StartsWith("eventList", StringComparison.Ordinal) || k == "document") == true)
            ModelState.AddModelError("", L[result.Error.Message]);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, string? step)
    {
        var lot = await queries.LotAsync(id);
        if (lot is null || lot.ProducerId != ProducerId) return false;
        if (step is not null)
        {
            Step = Enum.GetValues<TraceStep>().FirstOrDefault(s => Slug(s) == step);
            if (Step == default(TraceStep)) return false;
        }
        Trace = (await queries.TraceAsync(id))!;
        Locations = await queries.LocationsOfAsync(ProducerId);
        OtherLots = (await queries.LotsOfProducerAsync(ProducerId)).Where(l => l.Id != id).ToList();
        return true;
    }
}
