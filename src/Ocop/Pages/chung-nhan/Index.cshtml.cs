using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Geography;

namespace Ocop.Pages;

/// <summary>Public registry of certified OCOP products: filters by province, set, stars, year and status; paged.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class CertificateRegistryModel(CertificationQueries certificates, GeographyDirectory geo) : OcopPageModel
{
    public const int PageSize = 30;
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public int? Set { get; set; }
    [BindProperty(SupportsGet = true)] public int? Stars { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page"), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public List<CertificateDto> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 0, PageSize);
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public static readonly string[] Statuses = ["valid", "expired", "revoked", "all"];

    public async Task OnGetAsync()
    {
        if (geo.Province(Province) is null) Province = null;
        if (Stars is not (3 or 4 or 5)) Stars = null;
        if (Set is not (>= 1 and <= 26)) Set = null;
        if (Year is not (>= 2019 and <= 2100)) Year = null;
        if (!Statuses.Contains(Status)) Status = "valid";
        PageNumber = Math.Max(1, PageNumber);
        var (items, total) = await certificates.RegistryAsync(new RegistryFilter(Province, Set, Stars, Year, Status, PageNumber, PageSize));
        Items = items;
        Pager = new Pager(PageNumber, total, PageSize);
    }

    public static string StatusLabel(string s) => s switch
    {
        "valid" => "Còn hiệu lực",
        "expired" => "Hết hiệu lực",
        "revoked" => "Đã bị thu hồi",
        _ => "Tất cả",
    };
}
