using Ocop.Features.Catalog;
using Ocop.Standards.Text;

namespace Ocop.Features.Matching;

/// <summary>
/// The matching rules: a score per demand × offer as a sum of explained contributions, clamped to
/// 0–100. Each rule is independent and readable on its own; a failed hard requirement (stars,
/// standards, delivery area, season, price far above budget) takes points away rather than
/// hiding the match, so both sides see why it ranks low. Weights add up to 100 when everything fits.
/// </summary>
public static class MatchRules
{
    public const int SameSet = 25, SameGroup = 10, Kind = 20, Keywords = 5, Capacity = 12, Stars = 10, StandardsMax = 8, Distance = 8, Price = 8, Season = 4;
    /// <summary>A match at or above this is announced to both sides.</summary>
    public const int Strong = 75;
    /// <summary>Matches below this are not kept.</summary>
    public const int Keep = 40;

    private static readonly HashSet<string> StopWords =
    [
        "va", "cac", "cho", "can", "loai", "san", "pham", "hang", "tuan", "thang", "nam", "co", "cua", "the", "mot", "nhung",
        "de", "voi", "tai", "tren", "duoi", "theo", "kg", "tan", "lit", "hop", "chai", "goi", "thu", "mua", "ban", "cung", "cap",
        "nhu", "cau", "don", "vi", "dat", "tieu", "chuan", "ocop", "sao",
    ];

    public static MatchScore Score(DemandFacts d, OfferFacts o)
    {
        MatchReason[] reasons =
        [
            ProductSet(d, o), SameKind(d, o), KeywordSimilarity(d, o), CapacityFit(d, o), StarsFit(d, o), StandardsFit(d, o),
            DistanceFit(d, o), PriceFit(d, o), SeasonFit(d, o),
        ];
        return new MatchScore(Math.Clamp(reasons.Sum(r => r.Points), 0, 100), reasons);
    }

    /// <summary>The words of a text that carry meaning for matching: folded, without short and common words.</summary>
    public static string[] KeywordsOf(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2 && !StopWords.Contains(w)).Distinct().ToArray();

    public static string Fold(params string?[] parts) => VietnameseText.Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    public static MatchReason ProductSet(DemandFacts d, OfferFacts o)
    {
        var set = ProductSets.Find(o.SetCode);
        if (d.SetCodes.Contains(o.SetCode))
            return new("set", $"Cùng bộ sản phẩm: {set?.Name}", SameSet, SameSet);
        if (set is not null && d.SetCodes.Any(s => ProductSets.Find(s)?.GroupCode == set.GroupCode))
            return new("set", $"Cùng nhóm sản phẩm: {ProductSets.GroupOf(o.SetCode).Name}", SameGroup, SameSet);
        return new("set", "Khác nhóm sản phẩm", 0, SameSet);
    }

    /// <summary>
    /// Whether the offer sells the kind of product the buyer asked for: the demand's title against the offer's title, the
    /// title's first word (the head: "nhãn", "mật" of "mật ong", "gạo") counting double. A same-set offer of another kind
    /// ("vải thiều" for "nhãn lồng") gets nothing here, so an offer of the asked kind ranks above it.
    /// </summary>
    public static MatchReason SameKind(DemandFacts d, OfferFacts o)
    {
        var words = d.KindWords;
        if (words.Length == 0) return new("kind", "Tiêu đề nhu cầu không có từ để so", 0, Kind);
        var total = words.Length + 1;
        var found = words.Select((w, i) => o.KindWords.Contains(w) ? (i == 0 ? 2 : 1) : 0).Sum();
        if (found == 0 || !o.KindWords.Contains(words[0]) && found * 2 < total)
            return new("kind", "Khác loại sản phẩm người mua cần", 0, Kind);
        var points = (int)Math.Round(Kind * (double)found / total);
        return new("kind", $"Đúng loại sản phẩm cần mua: {string.Join(" ", words.Where(o.KindWords.Contains).Take(4))}", points, Kind);
    }

    public static MatchReason KeywordSimilarity(DemandFacts d, OfferFacts o)
    {
        var wanted = d.Keywords;
        if (wanted.Length == 0) return new("keywords", "Nhu cầu không có từ khoá để so", 0, Keywords);
        var common = wanted.Where(o.Keywords.Contains).ToArray();
        var points = (int)Math.Round(Keywords * (double)common.Length / wanted.Length);
        return common.Length == 0
            ? new("keywords", "Không có từ khoá chung", 0, Keywords)
            : new("keywords", $"Từ khoá chung: {string.Join(", ", common.Take(6))} ({common.Length}/{wanted.Length})", points, Keywords);
    }

    public static MatchReason CapacityFit(DemandFacts d, OfferFacts o)
    {
        if (!TradeTerms.Comparable(d.Unit, o.Unit))
            return new("capacity", $"Đơn vị khác nhau ({TradeTerms.Label(d.Unit)} / {TradeTerms.Label(o.Unit)}), chưa so được sản lượng", 0, Capacity);
        var needed = TradeTerms.PerMonth(TradeTerms.ToBase(d.Quantity, d.Unit), d.Frequency);
        var supplied = TradeTerms.PerMonth(TradeTerms.ToBase(o.Capacity, o.Unit), o.Period);
        var ratio = needed <= 0 ? 0 : supplied / needed;
        var points = ratio >= 1 ? Capacity : (int)Math.Floor(Capacity * ratio);
        var text = ratio >= 1
            ? $"Đủ sản lượng: {Amount(o.Capacity, o.Unit)} {TradeTerms.Label(o.Period)} cho nhu cầu {Amount(d.Quantity, d.Unit)} {TradeTerms.Label(d.Frequency)}"
            : $"Đáp ứng khoảng {(int)(ratio * 100)}% sản lượng ({Amount(o.Capacity, o.Unit)} {TradeTerms.Label(o.Period)} / {Amount(d.Quantity, d.Unit)} {TradeTerms.Label(d.Frequency)})";
        if (d.Frequency != Frequency.OneOff && o.Period == Frequency.OneOff)
        {
            points -= 5;
            text += "; nguồn cung một lần cho nhu cầu định kỳ";
        }
        if (TradeTerms.ToBase(o.MinOrder, o.Unit) > TradeTerms.ToBase(d.Quantity, d.Unit))
        {
            points -= 10;
            text += $"; đơn tối thiểu {Amount(o.MinOrder, o.Unit)} lớn hơn mỗi lần mua";
        }
        return new("capacity", text, points, Capacity);
    }

    public static MatchReason StarsFit(DemandFacts d, OfferFacts o)
    {
        if (d.MinStars > 0)
            return o.Stars is { } s && s >= d.MinStars
                ? new("stars", $"Đạt {s}★ OCOP còn hiệu lực (yêu cầu từ {d.MinStars}★)", Stars, Stars)
                : new("stars", o.Stars is { } low
                    ? $"Chỉ đạt {low}★, bên mua yêu cầu từ {d.MinStars}★"
                    : $"Chưa có chứng nhận OCOP còn hiệu lực, bên mua yêu cầu từ {d.MinStars}★", -25, Stars);
        return o.Stars is { } stars
            ? new("stars", $"Có chứng nhận OCOP {stars}★ còn hiệu lực", Stars / 2, Stars)
            : new("stars", "Bên mua không yêu cầu hạng sao", 0, Stars);
    }

    public static MatchReason StandardsFit(DemandFacts d, OfferFacts o)
    {
        if (d.Required == StandardMark.None) return new("standards", "Bên mua không yêu cầu tiêu chuẩn", 0, StandardsMax);
        var missing = d.Required & ~o.Held;
        if (missing == StandardMark.None)
            return new("standards", $"Có đủ tiêu chuẩn yêu cầu: {TradeTerms.Labels(d.Required)}", StandardsMax, StandardsMax);
        var points = -(int)Math.Ceiling(20.0 * TradeTerms.Count(missing) / TradeTerms.Count(d.Required));
        return new("standards", $"Thiếu tiêu chuẩn: {TradeTerms.Labels(missing)}", points, StandardsMax);
    }

    public static MatchReason DistanceFit(DemandFacts d, OfferFacts o)
    {
        var distance = ProvinceNeighbours.Between(o.ProducerProvince, d.DeliveryProvince);
        var (points, text) = distance switch
        {
            DeliveryDistance.SameProvince => (Distance, "Cùng tỉnh với nơi giao hàng"),
            DeliveryDistance.Neighbouring => (7, "Tỉnh giáp ranh nơi giao hàng"),
            DeliveryDistance.SameRegion => (4, "Cùng vùng với nơi giao hàng"),
            _ => (1, "Khác vùng, giao hàng liên vùng"),
        };
        return distance > o.Reach
            ? new("distance", text + "; ngoài phạm vi giao hàng của bên bán", -10, Distance)
            : new("distance", text, points, Distance);
    }

    /// <summary>The seller's price per unit for an order of <paramref name="quantity"/> (its unit): the highest tier reached.</summary>
    public static long? PriceFor(IReadOnlyList<PriceTier> tiers, double quantity) =>
        tiers.Count == 0 ? null
        : tiers.Where(t => t.MinQuantity <= quantity).OrderByDescending(t => t.MinQuantity).FirstOrDefault()?.Price
          ?? tiers.OrderBy(t => t.MinQuantity).First().Price;

    public static MatchReason PriceFit(DemandFacts d, OfferFacts o)
    {
        if (d.PriceMax is null) return new("price", "Bên mua chưa nêu giá", 0, Price);
        if (!TradeTerms.Comparable(d.Unit, o.Unit) || o.Tiers.Count == 0) return new("price", "Chưa so được giá (đơn vị khác nhau)", 0, Price);
        var quantityInOfferUnit = TradeTerms.ToBase(d.Quantity, d.Unit) / TradeTerms.BaseOf(o.Unit).Factor;
        var asked = TradeTerms.PricePerBase(PriceFor(o.Tiers, quantityInOfferUnit)!.Value, o.Unit);
        var max = TradeTerms.PricePerBase(d.PriceMax.Value, d.Unit);
        var min = d.PriceMin is { } lo ? TradeTerms.PricePerBase(lo, d.Unit) : 0;
        var shown = $"{Vnd(asked * TradeTerms.BaseOf(d.Unit).Factor)}/{TradeTerms.Label(d.Unit)}";
        if (asked <= max && asked >= min) return new("price", $"Giá {shown} nằm trong khoảng bên mua đưa ra", Price, Price);
        if (asked < min) return new("price", $"Giá {shown} thấp hơn khoảng bên mua đưa ra", Price / 2, Price);
        if (asked <= max * 1.1) return new("price", $"Giá {shown} cao hơn mức tối đa không quá 10%", Price / 3, Price);
        return new("price", $"Giá {shown} cao hơn mức tối đa bên mua đưa ra", -10, Price);
    }

    public static MatchReason SeasonFit(DemandFacts d, OfferFacts o)
    {
        if (o.SeasonFrom is not { } from || o.SeasonTo is not { } to) return new("season", "Cung cấp quanh năm", Season, Season);
        var months = DeliveryMonths(d);
        var inSeason = months.Count(m => InWindow(m, from, to));
        if (inSeason == months.Count) return new("season", $"Đúng mùa vụ (tháng {from}–{to})", Season, Season);
        if (inSeason > 0) return new("season", $"Mùa vụ tháng {from}–{to} chỉ phủ {inSeason}/{months.Count} tháng cần hàng", 0, Season);
        return new("season", $"Ngoài mùa vụ (tháng {from}–{to})", -15, Season);
    }

    /// <summary>The months a buyer needs goods: the needed-by month, and for a recurring need every month until the post ends (at most 12).</summary>
    public static IReadOnlyList<int> DeliveryMonths(DemandFacts d)
    {
        if (d.Frequency == Frequency.OneOff || d.ValidUntil <= d.NeededBy) return [d.NeededBy.Month];
        var months = new List<int>();
        for (var m = new DateOnly(d.NeededBy.Year, d.NeededBy.Month, 1); m <= d.ValidUntil && months.Count < 12; m = m.AddMonths(1)) months.Add(m.Month);
        return months;
    }

    public static bool InWindow(int month, int from, int to) => from <= to ? month >= from && month <= to : month >= from || month <= to;

    private static string Amount(int amount, TradeUnit unit) =>
        amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " " + TradeTerms.Label(unit);
    private static string Vnd(double amount) => Ocop.Standards.Money.Vnd.Display((long)Math.Round(amount));
}
