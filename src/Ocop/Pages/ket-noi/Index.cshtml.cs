using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>The public board: open demands or open offers, filtered by words, product set and province.</summary>
public sealed class BoardModel(MatchingQueries queries, GeographyDirectory geo) : OcopPageModel
{
    public bool Offers { get; private set; }
    public string? Q { get; private set; }
    public int? Set { get; private set; }
    public string? Province { get; private set; }
    public BoardPage<DemandSummary>? Demands { get; private set; }
    public BoardPage<OfferSummary>? OfferPage { get; private set; }
    public IEnumerable<SelectListItem> SetItems => MatchingChoices.Sets(L);
    public IEnumerable<SelectListItem> ProvinceItems => MatchingChoices.Provinces(geo);

    public async Task OnGetAsync(string? tab, string? q, int? set, string? province, int page = 1)
    {
        Offers = tab == "nguon-cung";
        (Q, Set, Province) = (q, set is >= 1 and <= 26 ? set : null, geo.Province(province)?.Code);
        var filter = new BoardFilter(Q, Set, null, Province, null, page);
        if (Offers) OfferPage = await queries.OfferBoardAsync(filter, HttpContext.RequestAborted);
        else Demands = await queries.DemandBoardAsync(filter, HttpContext.RequestAborted);
    }
}
