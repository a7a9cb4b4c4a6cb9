using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Insights;

namespace Ocop.Pages;

/// <summary>Dashboard v0: producers and products by province, set, legal form and status, in the officer's scope.</summary>
public sealed class OfficerHomeModel(CurrentUser me, CatalogStatistics statistics, GeographyDirectory geo) : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    public CatalogStats? Stats { get; private set; }
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public bool National => Me.IsNational;

    public async Task OnGetAsync()
    {
        if (!National || geo.Province(Province) is null) Province = null;
        var result = await statistics.RunAsync(Province);
        if (result.Ok) Stats = result.Value;
        else AddErrors(result.Error!);
    }

    public string CsvUrl => "/api/v1/stats/catalog.csv" + (Province is null ? "" : $"?province={Province}");
}
