using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>One demand; the buyer's contact only for signed-in verified parties.</summary>
public sealed class DemandDetailModel(MatchingQueries queries) : OcopPageModel
{
    public DemandDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await queries.DemandAsync(id, HttpContext.RequestAborted) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
