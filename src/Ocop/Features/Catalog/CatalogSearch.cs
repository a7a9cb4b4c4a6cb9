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
/// (every query word must begin a word of the folded name, producer, set, province or description);
/// ranking puts exact-diacritic name matches first, then whole-phrase name matches, then word hits.
/// Facets are disjunctive: each facet counts with every filter applied except its own. One pass
/// over the catalogue computes matches and all facet counts; only the requested page is ordered
/// (top-k selection), so cost stays linear in the catalogue size.
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

    public static int BandOf(long price)
    {
        for (var i = 0; i < PriceBands.Length; i++) if (price <= PriceBands[i].Max) return i;
        return PriceBands.Length - 1;
    }

    private readonly record struct Hit(CatalogEntry Entry, int Score, int Stars);

    public SearchResult Run(SearchQuery query)
    {
        var snapshot = index.Current;
        var today = Infrastructure.VietnamTime.Today(clock);
        var folded = VietnameseText.Fold(query.Q);
        var tokens = folded.Length == 0 ? [] : folded.Split(' ');
        var exact = VietnameseText.Normalize(query.Q);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(query.Page, 1);

        var setCounts = new int[27];
        var groupCounts = new int[7];
        var starCounts = new int[6];
        var bandCounts = new int[PriceBands.Length];
        var provinceCounts = new int[snapshot.Provinces.Count];
        var hits = new List<Hit>();

        var matched = snapshot.Words.Match(tokens);
        var entries = snapshot.Entries;
        for (var block = 0; block < matched.Length; block++)
        for (var bits = matched[block]; bits != 0; bits &= bits - 1)
        {
            var e = entries[(block << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)];
            if (query.ProducerId is { } pid && e.ProducerId != pid) continue;
            var score = tokens.Length > 0 ? Score(e, folded, exact, tokens) : 0;
            var stars = e.StarsOn(today) ?? 0;
            var provinceOk = query.Province is null || e.ProvinceCode == query.Province;
            var setOk = query.Set is null || e.SetCode == query.Set;
            var groupOk = query.Group is null || e.GroupCode == query.Group;
            var starsOk = query.Stars is null || stars == query.Stars;
            var priceOk = (query.MinPrice is null || e.Price >= query.MinPrice) && (query.MaxPrice is null || e.Price <= query.MaxPrice);

            if (provinceOk && groupOk && starsOk && priceOk) setCounts[e.SetCode]++;
            if (provinceOk && setOk && starsOk && priceOk) groupCounts[e.GroupCode]++;
            if (setOk && groupOk && starsOk && priceOk && e.ProvinceIndex >= 0) provinceCounts[e.ProvinceIndex]++;
            if (stars > 0 && provinceOk && setOk && groupOk && priceOk) starCounts[stars]++;
            if (provinceOk && setOk && groupOk && starsOk) bandCounts[e.PriceBand]++;
            if (provinceOk && setOk && groupOk && starsOk && priceOk) hits.Add(new Hit(e, score, stars));
        }

        var facets = new SearchFacets(
            Facet(setCounts, 1, i => i.ToString(), i => ProductSets.Find(i)!.Name),
            Facet(groupCounts, 1, i => i.ToString(), i => ProductSets.Groups[i - 1].Name),
            Facet(provinceCounts, 0, i => snapshot.Provinces[i].Code, i => snapshot.Provinces[i].Name),
            Facet(starCounts, 1, i => i.ToString(), i => $"{i} sao", descending: true),
            Facet(bandCounts, 0, i => PriceBands[i].Key, i => PriceBands[i].Label));

        var comparer = Comparer(query.Sort ?? (tokens.Length > 0 ? "relevance" : "stars"));
        var items = TopPage(hits, comparer, (page - 1) * pageSize, pageSize);
        return new SearchResult(items, hits.Count, page, pageSize, facets, snapshot.BuiltAt);
    }

    private static int Score(CatalogEntry e, string folded, string exact, string[] tokens)
    {
        var score = 0;
        if (e.NormName.Contains(exact, StringComparison.Ordinal)) score += 1000;
        if (e.FoldName.Contains(folded, StringComparison.Ordinal)) score += 500;
        if (e.FoldName.StartsWith(folded, StringComparison.Ordinal)) score += 100;
        foreach (var t in tokens) if (e.FoldName.Contains(t, StringComparison.Ordinal)) score += 10;
        return score;
    }

    private static Comparison<Hit> Comparer(string sort) => sort switch
    {
        "newest" => (a, b) => b.Entry.CreatedAt.CompareTo(a.Entry.CreatedAt) is var c && c != 0 ? c : a.Entry.Id.CompareTo(b.Entry.Id),
        "price_asc" => (a, b) => a.Entry.Price.CompareTo(b.Entry.Price) is var c && c != 0 ? c : a.Entry.Id.CompareTo(b.Entry.Id),
        "price_desc" => (a, b) => b.Entry.Price.CompareTo(a.Entry.Price) is var c && c != 0 ? c : a.Entry.Id.CompareTo(b.Entry.Id),
        "stars" => (a, b) => b.Stars != a.Stars ? b.Stars.CompareTo(a.Stars) : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entry.Id.CompareTo(b.Entry.Id),
        _ => (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Stars != a.Stars ? b.Stars.CompareTo(a.Stars) : a.Entry.Id.CompareTo(b.Entry.Id),
    };

    /// <summary>The hits at positions [skip, skip + take) in sort order, without sorting all hits when the page is near the top.</summary>
    private static List<CatalogEntry> TopPage(List<Hit> hits, Comparison<Hit> compare, int skip, int take)
    {
        var k = skip + take;
        if (skip >= hits.Count) return [];
        if (k >= hits.Count / 2)
        {
            hits.Sort(compare);
            return hits.Skip(skip).Take(take).Select(h => h.Entry).ToList();
        }
        // Bounded max-heap of the k best: the root is the worst kept hit.
        var heap = new PriorityQueue<Hit, Hit>(k + 1, Comparer<Hit>.Create((a, b) => compare(b, a)));
        foreach (var h in hits)
        {
            if (heap.Count < k) heap.Enqueue(h, h);
            else if (compare(h, heap.Peek()) < 0) heap.EnqueueDequeue(h, h);
        }
        var best = new List<Hit>(heap.Count);
        while (heap.TryDequeue(out var h, out _)) best.Add(h);
        best.Sort(compare);
        return best.Skip(skip).Take(take).Select(h => h.Entry).ToList();
    }

    private static List<FacetValue> Facet(int[] counts, int from, Func<int, string> value, Func<int, string> label, bool descending = false)
    {
        var list = new List<FacetValue>();
        for (var i = from; i < counts.Length; i++)
            if (counts[i] > 0) list.Add(new FacetValue(value(i), label(i), counts[i]));
        if (descending) list.Reverse();
        return list;
    }
}
