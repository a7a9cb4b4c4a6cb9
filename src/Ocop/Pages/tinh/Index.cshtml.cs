using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>Without a code: every province with its number of listed products. With one: its producers and products.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ProvinceModel(GeographyDirectory geo, ProducerQueries producers, CatalogSearch search) : OcopPageModel
{
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public Province? Province { get; private set; }
    public List<ProducerSummary> Producers { get; private set; } = [];
    public int ProducerTotal { get; private set; }
    public SearchResult Products { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? code, [FromQuery(Name = "page")] int page = 1)
    {
        if (code is not null)
        {
            Province = geo.Province(code);
            if (Province is null) return NotFound();
            (Producers, ProducerTotal) = await producers.ListAsync(new ProducerFilter(Province: code, PageSize: 60), officerView: false);
        }
        Products = search.Run(new SearchQuery(Province: code, Sort: "stars", Page: Math.Max(page, 1), PageSize: 24));
        return Page();
    }

    public int ProductCount(string code) => Products.Facets.Provinces.FirstOrDefault(f => f.Value == code)?.Count ?? 0;
}
