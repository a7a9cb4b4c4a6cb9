using Ocop.Features.Matching;

namespace Ocop.Tests.Matching;

/// <summary>
/// Relevance of the matching rules on a fixed set of demands and offers: an offer of the kind of product the buyer asked
/// for ranks above offers that only share its product set — even when those fit the quantity, price or distance better.
/// Each case names the offer expected on top.
/// </summary>
public sealed class MatchRelevanceTests
{
    private static readonly DateOnly NeededBy = new(2026, 8, 1);

    /// <summary>An offer from the pool: its title, set and a fit that varies a little between offers (capacity, price, reach).</summary>
    private static OfferFacts Offer(int id, int set, string title, string description = "", int capacity = 5, long price = 25_000_000,
        DeliveryDistance reach = DeliveryDistance.Nationwide, string province = "14", StandardMark held = StandardMark.VietGap, int? stars = 4) =>
        new(id, set, MatchRules.Fold(title, description), capacity, TradeUnit.Tonne, Frequency.Monthly, 0, [new PriceTier(0, price)],
            null, null, reach, province, held, stars, MatchRules.Fold(title));

    private static DemandFacts Demand(string title, string need, params int[] sets) =>
        new(1, sets, MatchRules.Fold(title, need), 2, TradeUnit.Tonne, Frequency.Monthly, "01", NeededBy, NeededBy.AddMonths(2),
            20_000_000, 30_000_000, 3, StandardMark.None, MatchRules.Fold(title));

    // The pool: several kinds in the same sets, the off-kind ones given the better capacity, price and reach.
    private static readonly OfferFacts[] Pool =
    [
        Offer(1, 1, "Nhãn Sông Mã tươi", "nhãn lồng loại 1, vụ tháng 7–8", capacity: 3),
        Offer(2, 1, "Vải thiều Lục Ngạn", "vải tươi đóng thùng xốp", capacity: 20, price: 21_000_000),
        Offer(3, 1, "Xoài cát Hoà Lộc", "xoài tươi loại 1", capacity: 20, price: 22_000_000),
        Offer(4, 1, "Mận hậu Mộc Châu", "mận tươi", capacity: 20, price: 21_000_000),
        Offer(5, 4, "Mật ong bạc hà Hà Giang", "mật ong nguyên chất", capacity: 2, price: 29_000_000),
        Offer(6, 4, "Nấm hương rừng sấy khô", "nông sản thực phẩm khác", capacity: 20, price: 21_000_000),
        Offer(7, 13, "Cà phê bột nguyên chất Sơn La", "cà phê Arabica rang xay", capacity: 2, price: 28_000_000),
        Offer(8, 13, "Ca cao bột Bến Tre", "ca cao lên men", capacity: 20, price: 21_000_000),
        Offer(9, 11, "Chè Shan tuyết cổ thụ", "chè búp khô", capacity: 2, price: 29_000_000),
        Offer(10, 11, "Chè xanh Thái Nguyên", "chè tôm nõn", capacity: 3, price: 27_000_000),
        Offer(11, 12, "Trà vỏ cà phê", "trà cascara từ vỏ quả cà phê", capacity: 20, price: 21_000_000),
        Offer(12, 3, "Gạo ST25 Sóc Trăng", "gạo thơm", capacity: 3, price: 28_000_000),
        Offer(13, 3, "Ngô nếp hạt khô", "ngũ cốc sơ chế", capacity: 20, price: 21_000_000),
        Offer(14, 9, "Nước mắm Phú Quốc 40 độ đạm", "nước mắm cốt", capacity: 2, price: 29_000_000),
        Offer(15, 9, "Tương bần Hưng Yên", "tương đậu tương", capacity: 20, price: 21_000_000),
        Offer(16, 7, "Mận sấy dẻo Sơn La", "mận hậu sấy", capacity: 2, price: 29_000_000),
        Offer(17, 7, "Chuối sấy giòn", "chuối tây sấy", capacity: 20, price: 21_000_000),
        Offer(18, 8, "Ruốc heo (chà bông)", "thịt heo sấy bông", capacity: 2, price: 29_000_000),
        Offer(19, 8, "Chả cá Lã Vọng", "chả cá thu", capacity: 20, price: 21_000_000),
        Offer(20, 14, "Rượu ngô men lá Bắc Hà", "rượu trắng truyền thống", capacity: 2, price: 29_000_000),
        Offer(21, 14, "Rượu táo mèo Yên Bái", "rượu ngâm", capacity: 20, price: 21_000_000),
        Offer(22, 23, "Hoa lan hồ điệp", "lan chậu", capacity: 2, price: 29_000_000),
        Offer(23, 23, "Hoa đào Nhật Tân", "cành đào Tết", capacity: 20, price: 21_000_000),
    ];

    public static TheoryData<string, string, int[], int> Cases => new()
    {
        { "Nhãn lồng tươi", "cần nhãn loại 1 cho siêu thị", [1], 1 },
        { "Nhan tuoi", "can nhan cho sieu thi", [1], 1 },
        { "Vải thiều tươi", "vải cho chuỗi cửa hàng", [1], 2 },
        { "Xoài cát", "xoài cho xuất khẩu", [1], 3 },
        { "Mận hậu tươi", "mận cho chợ đầu mối", [1], 4 },
        { "Mật ong nguyên chất", "mật ong rừng đóng chai", [4], 5 },
        { "Mat ong", "mat ong hoa rung", [4], 5 },
        { "Cà phê bột", "cà phê rang xay cho quán", [13], 7 },
        { "Ca phe nguyen chat", "cafe bot", [13], 7 },
        { "Ca cao bột", "ca cao cho tiệm bánh", [13], 8 },
        { "Chè Shan tuyết", "chè búp cổ thụ", [11], 9 },
        { "Chè xanh Thái Nguyên", "chè tôm", [11], 10 },
        { "Trà vỏ cà phê", "trà cascara", [12], 11 },
        { "Gạo thơm ST25", "gạo cho bếp ăn", [3], 12 },
        { "Nước mắm cốt", "nước mắm truyền thống", [9], 14 },
        { "Mận sấy", "mận sấy dẻo làm quà", [7], 16 },
        { "Ruốc heo", "chà bông cho cửa hàng", [8], 18 },
        { "Chả cá", "chả cá cho nhà hàng", [8], 19 },
        { "Rượu ngô Bắc Hà", "rượu men lá", [14], 20 },
        { "Hoa lan hồ điệp", "lan chậu Tết", [23], 22 },
        // Asking in two sets: the kind still decides.
        { "Mận hậu", "mận tươi hoặc mận sấy", [1, 7], 4 },
        { "Chuối sấy", "chuối sấy giòn", [7, 1], 17 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheOfferOfTheAskedKind_RanksFirst(string title, string need, int[] sets, int expectedTop)
    {
        var demand = Demand(title, need, sets);
        var ranked = Pool.Select(o => (o.Id, Result: MatchRules.Score(demand, o))).OrderByDescending(r => r.Result.Score).ThenBy(r => r.Id).ToList();
        var top = ranked[0];
        Assert.True(top.Id == expectedTop,
            $"“{title}”: expected offer {expectedTop} first, got {top.Id} ({top.Result.Score}); ranking: " +
            string.Join(", ", ranked.Take(4).Select(r => $"{r.Id}={r.Result.Score}")));
        // And strictly above every same-set offer of another kind, not by a tie-break.
        var sameSetOthers = ranked.Where(r => r.Id != expectedTop && sets.Contains(Pool.Single(o => o.Id == r.Id).SetCode)).ToList();
        Assert.All(sameSetOthers, r => Assert.True(top.Result.Score > r.Result.Score, $"{expectedTop}={top.Result.Score} vs {r.Id}={r.Result.Score}"));
    }

    [Fact]
    public void SameKind_GivesNothing_ToAnotherKindOfTheSameSet()
    {
        var demand = Demand("Nhãn lồng tươi", "nhãn loại 1", 1);
        Assert.Equal(0, MatchRules.Score(demand, Pool[1]).Reasons.Single(r => r.Code == "kind").Points);
        Assert.Equal(MatchRules.Kind, MatchRules.Score(demand, Offer(99, 1, "Nhãn lồng tươi Hưng Yên")).Reasons.Single(r => r.Code == "kind").Points);
    }
}
