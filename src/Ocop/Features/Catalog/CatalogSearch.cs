using Ocop.Standards.Text;

namespace Ocop.Features.Catalog;

public sealed record SearchQuery(
    string? Q = null, string? Province = null, int? Set = null, int? Group = null, int? Stars = null,
    long? MinPrice = null, long? MaxPrice = null, string? Sort = null, int Page = 1, int PageSize = 24, int? ProducerId = null);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Sets, IReadOnlyList<FacetValue> Groups, IReadOnlyList<FacetValue> Provinces,
    IReadOnlyList<FacetValue> Stars, IReadOnlyList<FacetValue> PriceBands);

public sealed record SearchResult(IReadOnlyList<CatalogEntry> Items, int Total, int Page, int PageSize, SearchFacets Facets, DateTime AsOf);

/// <summary>
/// Product search over <see cref="CatalogSearchIndex"/>. Matching folds Vietnamese completely
/// (every query word must appear in the folded name, producer, set, province or description);
/// ranking puts exact-diacritic name matches first, then whole-phrase name matches, then word hits.
/// Facets are disjunctive: each facet counts with every filter applied except its own.
/// </summary>
public sealed class CatalogSearch(CatalogSearchIndex index, TimeProvider clock)
{
    public static readonly (string Key, string Label, long Min, long Max)[] PriceBands =
    [
        ("0-100000", "Dưới 100.000 ₫", 0, 99_999),
        ("100000-200000", "100.000 – 200.000 ₫", 100_000, 199_999),
        ("200000-500000", "200.000 – 500.000 ₫", 200_000, 499_999),
        ("500000-1000000", "500.000 ₫ – 1 triệu ₫", 500_000, 999_999),
        ("1000000-", "Từ 1 triệu ₫", 1_000_000, long.MaxValue),
    ];

    public static readonly string[] Sorts = ["relevance", "newest", "price_asc", "price_desc", "stars"];

    public SearchResult Run(SearchQuery query)
    {
        var today = Infrastructure.VietnamTime.Today(clock);
        var folded = VietnameseText.Fold(query.Q);
        var tokens = folded.Length == 0 ? [] : folded.Split(' ');
        var exact = VietnameseText.Normalize(query.Q);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(query.Page, 1);

        // Text match first: the candidates every facet starts from.
        var candidates = new List<(CatalogEntry Entry, int Score, int? Stars)>();
        foreach (var e in index.Entries)
        {
            if (query.ProducerId is { } pid && e.ProducerId != pid) continue;
            var score = 0;
            if (tokens.Length > 0)
            {
                var all = true;
                foreach (var t in tokens)
                    if (!e.FoldText.Contains(t, StringComparison.Ordinal)) { all = false; break; }
                if (!all) continue;
                if (e.NormName.Contains(exact, StringComparison.Ordinal)) score += 1000;
                if (e.FoldName.Contains(folded, StringComparison.Ordinal)) score += 500;
                if (e.FoldName.StartsWith(folded, StringComparison.Ordinal)) score += 100;
                foreach (var t in tokens) if (e.FoldName.Contains(t, StringComparison.Ordinal)) score += 10;
            }
            candidates.Add((e, score, e.StarsOn(today)));
        }

        bool Province((CatalogEntry E, int S, int? St) c) => query.Province is null || c.E.ProvinceCode == query.Province;
        bool Set((CatalogEntry E, int S, int? St) c) => query.Set is null || c.E.SetCode == query.Set;
        bool Group((CatalogEntry E, int S, int? St) c) => query.Group is null || c.E.GroupCode == query.Group;
        bool StarsOk((CatalogEntry E, int S, int? St) c) => query.Stars is null || c.St == query.Stars;
        bool Price((CatalogEntry E, int S, int? St) c) => (query.MinPrice is null || c.E.Price >= query.MinPrice) && (query.MaxPrice is null || c.E.Price <= query.MaxPrice);

        var facets = new SearchFacets(
            Count(candidates.Where(c => Province(c) && Group(c) && StarsOk(c) && Price(c)), c => c.Entry.SetCode.ToString(),
                k => ProductSets.Find(int.Parse(k))!.Name, k => int.Parse(k).ToString("00")),
            Count(candidates.Where(c => Province(c) && Set(c) && StarsOk(c) && Price(c)), c => c.Entry.GroupCode.ToString(),
                k => ProductSets.Groups[int.Parse(k) - 1].Name, k => k),
            Count(candidates.Where(c => Set(c) && Group(c) && StarsOk(c) && Price(c)), c => c.Entry.ProvinceCode,
                k => candidates.First(c => c.Entry.ProvinceCode == k).Entry.ProvinceName, k => k),
            Count(candidates.Where(c => c.Stars is not null && Province(c) && Set(c) && Group(c) && Price(c)), c => c.Stars!.Value.ToString(),
                k => $"{k} sao", k => (9 - int.Parse(k)).ToString()),
            PriceBands.Select(b => new FacetValue(b.Key, b.Label,
                candidates.Count(c => Province(c) && Set(c) && Group(c) && StarsOk(c) && c.Entry.Price >= b.Min && c.Entry.Price <= b.Max)))
                .Where(f => f.Count > 0).ToList());

        var matched = candidates.Where(c => Province(c) && Set(c) && Group(c) && StarsOk(c) && Price(c));
        var sorted = (query.Sort ?? (tokens.Length > 0 ? "relevance" : "stars")) switch
        {
            "newest" => matched.OrderByDescending(c => c.Entry.CreatedAt).ThenBy(c => c.Entry.Id),
            "price_asc" => matched.OrderBy(c => c.Entry.Price).ThenBy(c => c.Entry.Id),
            "price_desc" => matched.OrderByDescending(c => c.Entry.Price).ThenBy(c => c.Entry.Id),
            "stars" => matched.OrderByDescending(c => c.Stars ?? 0).ThenByDescending(c => c.Score).ThenBy(c => c.Entry.Id),
            _ => matched.OrderByDescending(c => c.Score).ThenByDescending(c => c.Stars ?? 0).ThenBy(c => c.Entry.Id),
        };
        var list = sorted.Select(c => c.Entry).ToList();
        return new SearchResult(list.Skip((page - 1) * pageSize).Take(pageSize).ToList(), list.Count, page, pageSize, facets, index.AsOf);
    }

    private static List<FacetValue> Count<T>(IEnumerable<T> items, Func<T, string> key, Func<string, string> label, Func<string, string> order) =>
        items.GroupBy(key).Select(g => new FacetValue(g.Key, label(g.Key), g.Count()))
            .OrderBy(f => order(f.Value), StringComparer.Ordinal).ToList();
}
