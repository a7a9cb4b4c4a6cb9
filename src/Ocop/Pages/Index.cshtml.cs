using Ocop.Features.Catalog;

namespace Ocop.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class HomeModel(CatalogSearch search) : OcopPageModel
{
    public SearchResult Featured { get; private set; } = null!;

    public void OnGet() => Featured = search.Run(new SearchQuery(Sort: "stars", PageSize: 8));
}
