using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Features.Geography;
using Ocop.Features.Traceability;

namespace Ocop.Pages;

/// <summary>
/// The public trace page of a lot (what a buyer sees after scanning the label): <c>/truy-xuat/{lotId}</c> or
/// <c>/truy-xuat/{gtin}/{lot}</c>. Server-rendered, no script, a few KB: fine on a slow phone connection. Anonymous
/// views come from the public output cache, tagged with every lot shown so that recording an event evicts them
/// (<see cref="TracePageCache"/>).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class TracePageModel(TraceQueries queries, GeographyDirectory geo) : OcopPageModel
{
    public LotTrace Trace { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, string? lot)
    {
        if (lot is not null)
        {
            var found = TraceIds.Gtin14(key) is { } gtin ? await queries.LotAsync(gtin, lot) : null;
            return found is null ? NotFound() : RedirectPermanent($"/truy-xuat/{found.Id}");
        }
        if (!int.TryParse(key, out var id) || await queries.TraceAsync(id) is not { } trace) return NotFound();
        Trace = trace;
        TracePageCache.Tag(HttpContext, trace);
        Response.Headers.CacheControl = $"public, max-age={(int)PublicPageCache.Duration.TotalSeconds}";
        return Page();
    }

    public string CommuneName(string code) => geo.Commune(code)?.Name ?? code;
}
