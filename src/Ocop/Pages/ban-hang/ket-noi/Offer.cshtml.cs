using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;
using Ocop.Features.Matching;

namespace Ocop.Pages.BanHang;

/// <summary>The producer's own offer: its ranked demands with reasons, a contact request per match, closing.</summary>
public sealed class SellerOfferModel(CurrentUser me, MatchingQueries queries, OfferCommands offers, DealCommands deals) : ProducerPageModel(me)
{
    public OfferDetail Detail { get; private set; } = null!;
    public List<MatchDto> Matches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContactAsync(int id, long matchId, string? message)
    {
        var result = await deals.ContactAsync(matchId, message, HttpContext.RequestAborted);
        if (result.Ok) return Done($"/ket-noi/giao-dich/{result.Value!.Id}", "Đã gửi yêu cầu liên hệ.");
        AddErrors(result.Error! with { Fields = null });
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        var result = await offers.CloseAsync(id, HttpContext.RequestAborted);
        if (result.Ok) return Done("/ban-hang/ket-noi", "Đã đóng chào bán.");
        AddErrors(result.Error!);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var matches = await queries.OfferMatchesAsync(id, HttpContext.RequestAborted);
        if (!matches.Ok || await queries.OfferAsync(id, HttpContext.RequestAborted) is not { } detail) return false;
        (Detail, Matches) = (detail, matches.Value!);
        return true;
    }
}
