using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>
/// Read-only view of products in scope: listed products of the officer's area from search, or every
/// product (any status) of one producer in scope with <c>?producer=</c>.
/// </summary>
public sealed class OfficerProductsModel(CurrentUser me, CatalogSearch search, CatalogQueries catalog, ProducerQueries producers)
    : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true, Name = "producer")] public int? ProducerFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page"), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Producer? Producer { get; private set; }
    public List<Product> OfProducer { get; private set; } = [];
    public SearchResult? Listed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (ProducerFilter is { } id)
        {
            Producer = await producers.ByIdAsync(id);
            if (Producer is null || !Me.CanActOnCommune(Producer.CommuneCode, Producer.ProvinceCode)) return NotFound();
            OfProducer = await catalog.OfProducerAsync(id);
            return Page();
        }
        Listed = search.Run(new SearchQuery(Q, Province: Me.ProvinceScope, Sort: "newest", Page: Math.Max(PageNumber, 1), PageSize: 50));
        return Page();
    }
}
