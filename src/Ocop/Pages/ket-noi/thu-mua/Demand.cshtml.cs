using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>The buyer's own demand: its ranked offers with reasons, a contact request per match, closing.</summary>
[Authorize]
public sealed class BuyerDemandModel(MatchingQueries queries, DemandCommands demands, DealCommands deals) : OcopPageModel
{
    public DemandDetail Detail { get; private set; } = null!;
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
        var result = await demands.CloseAsync(id, HttpContext.RequestAborted);
        if (result.Ok) return Done("/ket-noi/thu-mua", "Đã đóng nhu cầu.");
        AddErrors(result.Error!);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var matches = await queries.DemandMatchesAsync(id, HttpContext.RequestAborted);
        if (!matches.Ok || await queries.DemandAsync(id, HttpContext.RequestAborted) is not { } detail) return false;
        (Detail, Matches) = (detail, matches.Value!);
        return true;
    }
}
