using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Certificates in the officer's scope (any status), statistics by stars, set and province with their as-of time, and those expiring within 90 days.</summary>
public sealed class OfficerCertificatesModel(CurrentUser me, CertificationQueries queries) : OfficerPageModel(me)
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page"), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public List<CertificateDto> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 0, PageSize);
    public CertificationStats Stats { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (!CertificateRegistryModel.Statuses.Contains(Status)) Status = "all";
        PageNumber = Math.Max(1, PageNumber);
        var scope = Me.ProvinceScope;
        var (items, total) = await queries.RegistryAsync(new RegistryFilter(scope, Status: Status, Page: PageNumber, PageSize: PageSize));
        Items = items;
        Pager = new Pager(PageNumber, total, PageSize);
        Stats = await queries.StatsAsync(scope);
    }
}
