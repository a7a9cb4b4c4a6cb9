using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>Pending producers in scope; provincial (and national) officers verify them or reject them with a reason.</summary>
public sealed class VerificationQueueModel(CurrentUser me, ProducerQueries producers, ProducerCommands commands, GeographyDirectory geo)
    : OfficerPageModel(me)
{
    /// <summary>How many the page lists, longest-waiting first.</summary>
    public const int Shown = 100;
    public List<Producer> Pending { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanDecide => Me.IsNational || Me.IsInRole(Roles.Province);
    [BindProperty] public string? Reason { get; set; }
    public int? RejectingId { get; private set; }

    public async Task OnGetAsync()
    {
        (Pending, Total) = await producers.PendingInScopeAsync(Shown);
    }

    public async Task<IActionResult> OnPostVerifyAsync(int id)
    {
        var result = await commands.VerifyAsync(id);
        return result.Ok ? Done("/quan-ly/xac-minh", $"{L["Đã xác minh"]}: {result.Value!.Name}") : await RefusedAsync(result.Error!, id);
    }

    public async Task<IActionResult> OnPostRejectAsync(int id)
    {
        var result = await commands.RejectAsync(id, Reason);
        return result.Ok ? Done("/quan-ly/xac-minh", $"{L["Đã từ chối"]}: {result.Value!.Name}") : await RefusedAsync(result.Error!, id);
    }

    private async Task<IActionResult> RefusedAsync(AppError error, int id)
    {
        RejectingId = id;
        AddErrors(error, fieldKeys: new Dictionary<string, string> { ["reason"] = $"Reason{id}" });
        await OnGetAsync();
        return Page();
    }

    public string Place(Producer p) => $"{geo.Commune(p.CommuneCode)?.Name}, {geo.Province(p.ProvinceCode)?.Name}";
}
