using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Insights;

namespace Ocop.Pages;

/// <summary>National and provincial dashboard from snapshots; a provincial officer asking for another province is refused (403).</summary>
public sealed class DashboardModel(CurrentUser me, Dashboard dashboard, GeographyDirectory geo) : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    public DashboardData? Data { get; private set; }
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public string ScopeName => Province is null ? L["Cả nước"] : geo.Province(Province)?.FullName ?? Province;

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrEmpty(Province)) Province = Me.ProvinceScope;
        var result = await dashboard.RunAsync(Province);
        if (!result.Ok) return result.Error!.Status == 404 ? NotFound() : Forbid();
        Data = result.Value;
        return Page();
    }
}
