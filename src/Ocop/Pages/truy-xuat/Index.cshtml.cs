using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Traceability;

namespace Ocop.Pages;

/// <summary>
/// The public trace page of a lot (what a buyer sees after scanning the label): <c>/truy-xuat/{lotId}</c> or
/// <c>/truy-xuat/{gtin}/{lot}</c>. Server-rendered, no script, a few KB: fine on a slow phone connection.
/// </summary>
public sealed class TracePageModel(TraceQueries queries, GeographyDirectory geo) : OcopPageModel
{
    public LotTrace Trace { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, string? lot)
    {
        Lot? found = null;
        if (lot is null && int.TryParse(key, out var id)) found = await queries.LotAsync(id);
        else if (lot is not null && TraceIds.Gtin14(key) is { } gtin) found = await queries.LotAsync(gtin, lot);
        if (found is null) return NotFound();
        if (lot is not null) return RedirectPermanent($"/truy-xuat/{found.Id}");
        Trace = (await queries.PublicTraceAsync(found.Id))!;
        Response.Headers.CacheControl = "public, max-age=60";
        return Page();
    }

    public string CommuneName(string code) => geo.Commune(code)?.Name ?? code;
}
