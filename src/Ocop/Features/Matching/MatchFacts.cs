namespace Ocop.Features.Matching;

/// <summary>One step of a seller's price list: from this quantity (in the offer's unit) on, this price per unit.</summary>
public sealed record PriceTier(int MinQuantity, long Price);

/// <summary>What the rules read of a demand post: no I/O, so the scoring is a pure function.</summary>
public sealed record DemandFacts(
    int Id, IReadOnlyCollection<int> SetCodes, string FoldedText, int Quantity, TradeUnit Unit, Frequency Frequency,
    string DeliveryProvince, DateOnly NeededBy, DateOnly ValidUntil, long? PriceMin, long? PriceMax, int MinStars, StandardMark Required,
    string? FoldedTitle = null)
{
    private string[]? _keywords, _kind;
    /// <summary>The folded keywords, computed once per demand rather than once per compared offer.</summary>
    public string[] Keywords => _keywords ??= MatchRules.KeywordsOf(FoldedText);
    /// <summary>The words of the title, in order: what the buyer asks for ("nhan long tuoi"), its first word the kind's head.</summary>
    public string[] KindWords => _kind ??= MatchRules.KeywordsOf(FoldedTitle ?? FoldedText);
}

/// <summary>What the rules read of a supply offer, with the stars of its valid certificate (null when none).</summary>
public sealed record OfferFacts(
    int Id, int SetCode, string FoldedText, int Capacity, TradeUnit Unit, Frequency Period, int MinOrder,
    IReadOnlyList<PriceTier> Tiers, int? SeasonFrom, int? SeasonTo, DeliveryDistance Reach, string ProducerProvince,
    StandardMark Held, int? Stars, string? FoldedTitle = null)
{
    private HashSet<string>? _keywords, _kind;
    public IReadOnlySet<string> Keywords => _keywords ??= MatchRules.KeywordsOf(FoldedText).ToHashSet();
    /// <summary>The words of the offer's title: what it sells.</summary>
    public IReadOnlySet<string> KindWords => _kind ??= MatchRules.KeywordsOf(FoldedTitle ?? FoldedText).ToHashSet();
}

/// <summary>One reason of a score: what was compared, what it found, and how many points it gave (or took).</summary>
public sealed record MatchReason(string Code, string Text, int Points, int Max);

/// <summary>A demand × offer score from 0 to 100 with every reason that made it.</summary>
public sealed record MatchScore(int Score, IReadOnlyList<MatchReason> Reasons);
