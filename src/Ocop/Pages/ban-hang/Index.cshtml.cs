using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>The producer's dashboard: verification status and its products by status.</summary>
public sealed class SellerHomeModel(CurrentUser me, ProducerQueries producers, CatalogQueries catalog) : ProducerPageModel(me)
{
    public Producer Producer { get; private set; } = null!;
    public Dictionary<ProductStatus, int> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var producer = await producers.ByIdAsync(ProducerId);
        if (producer is null) return NotFound();
        Producer = producer;
        Counts = (await catalog.OfProducerAsync(ProducerId)).GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        return Page();
    }
}
