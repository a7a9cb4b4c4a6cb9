using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>A verified producer's storefront and its listed products.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class StorefrontModel(ProducerQueries producers, CatalogSearch search, GeographyDirectory geo) : OcopPageModel
{
    public Producer Producer { get; private set; } = null!;
    public string Place { get; private set; } = "";
    public SearchResult Products { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page = 1)
    {
        var producer = await producers.BySlugAsync(slug);
        if (producer is null) return NotFound();
        Producer = producer;
        Place = $"{geo.Commune(producer.CommuneCode)?.Name}, {geo.Province(producer.ProvinceCode)?.Name}";
        Products = search.Run(new SearchQuery(ProducerId: producer.Id, Sort: "newest", Page: Math.Max(page, 1), PageSize: 24));
        return Page();
    }
}
