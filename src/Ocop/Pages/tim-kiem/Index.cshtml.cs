using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;

namespace Ocop.Pages;

/// <summary>Product search with facets; out-of-range filters are ignored rather than refused.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class SearchModel(CatalogSearch search) : OcopPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public int? Set { get; set; }
    [BindProperty(SupportsGet = true)] public int? Group { get; set; }
    [BindProperty(SupportsGet = true)] public int? Stars { get; set; }
    [BindProperty(SupportsGet = true)] public long? MinPrice { get; set; }
    [BindProperty(SupportsGet = true)] public long? MaxPrice { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page"), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public SearchResult Result { get; private set; } = null!;

    public static readonly (string Key, string Label)[] SortOptions =
    [
        ("relevance", "Phù hợp nhất"), ("stars", "Hạng sao cao"), ("newest", "Mới nhất"),
        ("price_asc", "Giá tăng dần"), ("price_desc", "Giá giảm dần"),
    ];

    public bool Filtered => Province is not null || Set is not null || Group is not null || Stars is not null || MinPrice is not null || MaxPrice is not null;

    public void OnGet()
    {
        if (Q is { Length: > 200 }) Q = Q[..200];
        if (Set is not (>= 1 and <= 26)) Set = null;
        if (Group is not (>= 1 and <= 6)) Group = null;
        if (Stars is not (>= 1 and <= 5)) Stars = null;
        if (MinPrice < 0) MinPrice = null;
        if (MaxPrice < 0 || MaxPrice < MinPrice) MaxPrice = null;
        if (Sort is not null && !CatalogSearch.Sorts.Contains(Sort)) Sort = null;
        Result = search.Run(new SearchQuery(Q, Province, Set, Group, Stars, MinPrice, MaxPrice, Sort, Math.Max(PageNumber, 1), 24));
    }

    public bool PriceActive(string band) => band == $"{MinPrice}-{(MaxPrice is null ? "" : MaxPrice)}";
}
