using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary><c>/ket-noi/xac-minh</c>: an administrator or provincial officer verifies or rejects B2B buyer organisations.</summary>
[Authorize]
public sealed class VerifyBuyersModel(BuyerOrganisations organisations) : OcopPageModel
{
    [BindProperty] public string? Reason { get; set; }
    public List<BuyerOrganisation> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostVerifyAsync(int id) => Reply(await organisations.VerifyAsync(id, HttpContext.RequestAborted), "Đã xác minh đơn vị thu mua.") ?? await ReloadAsync();

    public async Task<IActionResult> OnPostRejectAsync(int id) => Reply(await organisations.RejectAsync(id, Reason, HttpContext.RequestAborted), "Đã từ chối đơn vị thu mua.") ?? await ReloadAsync();

    private IActionResult? Reply(Result<BuyerOrganisation> result, string done)
    {
        if (result.Ok) return Done("/ket-noi/xac-minh", done);
        AddErrors(result.Error!, fieldKeys: new Dictionary<string, string> { ["reason"] = "Reason" });
        return null;
    }

    private async Task<IActionResult> ReloadAsync() => await LoadAsync() ? Page() : Forbid();

    private async Task<bool> LoadAsync()
    {
        var result = await organisations.ForOfficerAsync(null, HttpContext.RequestAborted);
        Items = result.Value ?? [];
        return result.Ok;
    }
}
