using Ocop.Features.Matching;

namespace Ocop.Tests.Matching;

/// <summary>The scoring rules in isolation: each reason moves the score the right way, and the total stays within 0–100.</summary>
public sealed class MatchRulesTests
{
    private static readonly DateOnly Today = new(2026, 7, 1);

    // A supermarket in Hà Nội wants 2 tonnes of longan a week through August, 20–28k đ/kg, 3★, VietGAP.
    private static DemandFacts Demand => new(1, [1], MatchRules.Fold("Nhãn lồng tươi", "nhãn Sông Mã loại 1"), 2, TradeUnit.Tonne, Frequency.Weekly,
        "01", new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31), 20_000_000, 28_000_000, 3, StandardMark.VietGap);

    // A Sơn La cooperative: 10 tonnes a week of longan, 24k đ/kg (22k from 5 t), July–September, delivers nationwide, VietGAP, 4★.
    private static OfferFacts Offer => new(1, 1, MatchRules.Fold("Nhãn Sông Mã tươi", "nhãn lồng"), 10, TradeUnit.Tonne, Frequency.Weekly, 1,
        [new PriceTier(0, 24_000_000), new PriceTier(5, 22_000_000)], 7, 9, DeliveryDistance.Nationwide, "14", StandardMark.VietGap | StandardMark.Organic, 4);

    private static int Score(DemandFacts d, OfferFacts o) => MatchRules.Score(d, o).Score;
    private static MatchReason Reason(DemandFacts d, OfferFacts o, string code) => MatchRules.Score(d, o).Reasons.Single(r => r.Code == code);

    [Fact]
    public void AGoodFit_ScoresHigh_WithEveryReasonExplained()
    {
        var result = MatchRules.Score(Demand, Offer);
        Assert.True(result.Score >= MatchRules.Strong, $"score {result.Score}");
        Assert.Equal(["set", "kind", "keywords", "capacity", "stars", "standards", "distance", "price", "season"], result.Reasons.Select(r => r.Code));
        Assert.All(result.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        Assert.Equal(100, result.Reasons.Sum(r => r.Max));
    }

    [Fact]
    public void ProductSet_SameSetBeatsSameGroupBeatsOtherGroup()
    {
        var sameGroup = Offer with { SetCode = 7 };
        var otherGroup = Offer with { SetCode = 14 };
        Assert.True(Score(Demand, Offer) > Score(Demand, sameGroup));
        Assert.True(Score(Demand, sameGroup) > Score(Demand, otherGroup));
        Assert.Equal(MatchRules.SameGroup, Reason(Demand, sameGroup, "set").Points);
    }

    [Fact]
    public void Keywords_SharedFoldedWordsRaiseTheScore_WithOrWithoutDiacritics()
    {
        var plain = Offer with { FoldedText = MatchRules.Fold("Nhan long Song Ma tuoi") };
        var unrelated = Offer with { FoldedText = MatchRules.Fold("Vải thiều Lục Ngạn") };
        Assert.Equal(Reason(Demand, Offer, "keywords").Points, Reason(Demand, plain, "keywords").Points);
        Assert.True(Score(Demand, Offer) > Score(Demand, unrelated));
        Assert.Equal(0, Reason(Demand, unrelated, "keywords").Points);
    }

    [Fact]
    public void Capacity_MoreCapacityScoresHigher_UntilTheNeedIsCovered()
    {
        var half = Offer with { Capacity = 1 };            // 1 t/week for 2 t/week
        var monthlyEnough = Offer with { Capacity = 9, Period = Frequency.Monthly }; // 9 t/month ≥ 8.7 t/month
        var inKg = Offer with { Capacity = 2000, Unit = TradeUnit.Kg, Tiers = [new PriceTier(0, 24_000)], MinOrder = 100 };
        Assert.True(Reason(Demand, half, "capacity").Points < Reason(Demand, Offer, "capacity").Points);
        Assert.Equal(MatchRules.Capacity, Reason(Demand, monthlyEnough, "capacity").Points);
        Assert.Equal(MatchRules.Capacity, Reason(Demand, inKg, "capacity").Points);
        var boxes = Offer with { Unit = TradeUnit.Box };
        Assert.Equal(0, Reason(Demand, boxes, "capacity").Points);
    }

    [Fact]
    public void Capacity_AMinimumOrderAboveTheNeed_OrAOneOffSupplyForARecurringNeed_CostsPoints()
    {
        Assert.True(Reason(Demand, Offer with { MinOrder = 5 }, "capacity").Points < Reason(Demand, Offer, "capacity").Points);
        Assert.True(Reason(Demand, Offer with { Period = Frequency.OneOff, Capacity = 100 }, "capacity").Points < Reason(Demand, Offer, "capacity").Points);
    }

    [Fact]
    public void Stars_MeetingTheMinimumGains_MissingItOrNoCertificateLoses()
    {
        var threeStars = Offer with { Stars = 3 };
        var noCertificate = Offer with { Stars = null };
        var wantsFive = Demand with { MinStars = 5 };
        Assert.Equal(MatchRules.Stars, Reason(Demand, threeStars, "stars").Points);
        Assert.True(Reason(wantsFive, Offer, "stars").Points < 0);
        Assert.True(Reason(Demand, noCertificate, "stars").Points < 0);
        var noMinimum = Demand with { MinStars = 0 };
        Assert.True(Reason(noMinimum, Offer, "stars").Points > Reason(noMinimum, noCertificate, "stars").Points);
    }

    [Fact]
    public void Standards_EachMissingRequiredStandardCostsMore()
    {
        var two = Demand with { Required = StandardMark.VietGap | StandardMark.GlobalGap };
        var missingOne = Reason(two, Offer, "standards").Points;
        var missingBoth = Reason(two, Offer with { Held = StandardMark.None }, "standards").Points;
        Assert.Equal(MatchRules.StandardsMax, Reason(Demand, Offer, "standards").Points);
        Assert.True(missingOne < 0 && missingBoth < missingOne);
        Assert.Contains("GlobalGAP", Reason(two, Offer, "standards").Text);
    }

    [Fact]
    public void Distance_SameProvinceBeatsNeighbourBeatsRegionBeatsNationwide_AndBeyondReachLoses()
    {
        int At(string province) => Reason(Demand with { DeliveryProvince = province }, Offer, "distance").Points;
        Assert.True(At("14") > At("25")); // Sơn La → Sơn La, then Phú Thọ (neighbour)
        Assert.True(At("25") > At("04")); // neighbour, then Cao Bằng (same region)
        Assert.True(At("04") > At("79")); // same region, then Hồ Chí Minh
        var localOnly = Offer with { Reach = DeliveryDistance.Neighbouring };
        Assert.True(Reason(Demand with { DeliveryProvince = "79" }, localOnly, "distance").Points < 0);
    }

    [Fact]
    public void Price_WithinRangeScoresBest_SlightlyAboveLess_FarAboveLoses_AndTiersApplyToTheQuantity()
    {
        var slightlyAbove = Offer with { Tiers = [new PriceTier(0, 30_000_000)] };
        var farAbove = Offer with { Tiers = [new PriceTier(0, 40_000_000)] };
        Assert.Equal(MatchRules.Price, Reason(Demand, Offer, "price").Points);
        Assert.True(Reason(Demand, slightlyAbove, "price").Points < MatchRules.Price);
        Assert.True(Reason(Demand, farAbove, "price").Points < 0);
        // 29 t/order is over budget, but from 2 t on the seller asks 27 t: the tier counts.
        var tiered = Offer with { Tiers = [new PriceTier(0, 35_000_000), new PriceTier(2, 27_000_000)] };
        Assert.Equal(MatchRules.Price, Reason(Demand, tiered, "price").Points);
        Assert.Equal(27_000_000, MatchRules.PriceFor(tiered.Tiers, 2));
        Assert.Equal(0, Reason(Demand with { PriceMin = null, PriceMax = null }, Offer, "price").Points);
    }

    [Fact]
    public void Season_InSeasonGains_PartlyNothing_OutOfSeasonLoses_AndWindowsWrapTheYear()
    {
        Assert.Equal(MatchRules.Season, Reason(Demand, Offer, "season").Points);
        var late = Offer with { SeasonFrom = 9, SeasonTo = 11 };
        Assert.True(Reason(Demand, late, "season").Points < 0);
        var longer = Demand with { ValidUntil = new DateOnly(2026, 10, 31) }; // Aug–Oct, offer Jul–Sep
        Assert.Equal(0, Reason(longer, Offer, "season").Points);
        Assert.True(MatchRules.InWindow(1, 11, 2) && MatchRules.InWindow(12, 11, 2) && !MatchRules.InWindow(6, 11, 2));
        Assert.Equal(MatchRules.Season, Reason(Demand, Offer with { SeasonFrom = null, SeasonTo = null }, "season").Points);
    }

    [Fact]
    public void Score_IsClampedBetweenZeroAndHundred()
    {
        var hopeless = Offer with
        {
            SetCode = 22, FoldedText = "vai tho cam", Unit = TradeUnit.Piece, Stars = null, Held = StandardMark.None, Reach = DeliveryDistance.SameProvince,
            SeasonFrom = 1, SeasonTo = 2,
        };
        Assert.Equal(0, Score(Demand with { Required = StandardMark.VietGap | StandardMark.Haccp }, hopeless));
        Assert.InRange(Score(Demand, Offer), 0, 100);
    }
}
