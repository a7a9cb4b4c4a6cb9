using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;
using Ocop.Features.Traceability;

namespace Ocop.Pages;

/// <summary><c>/ban-hang/truy-xuat/lo/{id}/nhan</c>: a printable A4 sheet of labels for one lot, each with the QR of its Digital Link.</summary>
public sealed class SellerLabelModel(CurrentUser me, TraceQueries queries, PublicUrls urls) : ProducerPageModel(me)
{
    public const int LabelsPerSheet = 12;
    public LotTrace Trace { get; private set; } = null!;
    public string DigitalLink { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var lot = await queries.LotAsync(id);
        if (lot is null || lot.ProducerId != ProducerId) return NotFound();
        Trace = (await queries.TraceAsync(id))!;
        DigitalLink = TraceIds.LotLink(lot.Gtin, lot.Number, urls.Base);
        return Page();
    }
}
