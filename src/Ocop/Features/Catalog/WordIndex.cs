namespace Ocop.Features.Catalog;

/// <summary>
/// An inverted index of folded words: each distinct word of the catalogue with the positions of the
/// entries that contain it. A query word matches every indexed word it is a prefix of ("nhan"
/// matches "nhan", "ca" matches "ca", "cam", "cao"…), found by binary search in the sorted
/// vocabulary; a query's words are intersected as bit sets.
/// </summary>
public sealed class WordIndex
{
    private readonly string[] _words;
    private readonly int[][] _postings;
    public int Count { get; }

    public WordIndex(IReadOnlyList<string> foldedTexts)
    {
        Count = foldedTexts.Count;
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < foldedTexts.Count; i++)
            foreach (var word in foldedTexts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var list)) map[word] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        _words = map.Keys.Order(StringComparer.Ordinal).ToArray();
        _postings = _words.Select(w => map[w].ToArray()).ToArray();
    }

    /// <summary>Entries containing, for every token, a word that starts with it; null tokens means all entries.</summary>
    public ulong[] Match(IReadOnlyList<string> tokens)
    {
        var result = new ulong[(Count + 63) / 64];
        if (tokens.Count == 0)
        {
            Array.Fill(result, ulong.MaxValue);
            if (Count % 64 != 0 && result.Length > 0) result[^1] = (1UL << (Count % 64)) - 1;
            return result;
        }
        var first = true;
        var scratch = new ulong[result.Length];
        foreach (var token in tokens)
        {
            var target = first ? result : scratch;
            if (!first) Array.Clear(scratch);
            var lo = LowerBound(token);
            for (var w = lo; w < _words.Length && _words[w].StartsWith(token, StringComparison.Ordinal); w++)
                foreach (var i in _postings[w]) target[i >> 6] |= 1UL << (i & 63);
            if (!first)
                for (var k = 0; k < result.Length; k++) result[k] &= scratch[k];
            first = false;
        }
        return result;
    }

    private int LowerBound(string token)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], token) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
