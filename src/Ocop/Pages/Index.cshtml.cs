using Ocop.Features.Catalog;
using Ocop.Features.Livestream;

namespace Ocop.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class HomeModel(CatalogSearch search, LiveQueries live) : OcopPageModel
{
    public SearchResult Featured { get; private set; } = null!;
    /// <summary>Livestream markets on air now: the home page leads with them.</summary>
    public IReadOnlyList<LiveSummary> LiveNow { get; private set; } = [];

    public async Task OnGetAsync()
    {
        LiveNow = await live.LiveNowAsync(ct: HttpContext.RequestAborted);
        Featured = search.Run(new SearchQuery(Sort: "stars", PageSize: 8));
    }
}
