using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>One supply offer; the producer's contact only for signed-in verified parties.</summary>
public sealed class OfferDetailModel(MatchingQueries queries) : OcopPageModel
{
    public OfferDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await queries.OfferAsync(id, HttpContext.RequestAborted) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
