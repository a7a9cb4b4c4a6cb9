using Microsoft.AspNetCore.Authorization;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>The signed-in party's deals, latest activity first.</summary>
[Authorize]
public sealed class DealsModel(MatchingQueries queries) : OcopPageModel
{
    public List<DealListItem> Deals { get; private set; } = [];

    public async Task OnGetAsync() => Deals = await queries.MyDealsAsync(HttpContext.RequestAborted);
}
