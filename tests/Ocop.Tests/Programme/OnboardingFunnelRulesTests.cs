using Ocop.Features.Programme;
using Ocop.Infrastructure;

namespace Ocop.Tests.Programme;

/// <summary>The funnel derivation rules, without a database.</summary>
public sealed class OnboardingFunnelRulesTests
{
    [Theory]
    [InlineData(false, false, false, false, false, OnboardingStage.Trained)]
    [InlineData(true, false, true, true, true, OnboardingStage.Trained)]          // registered but not verified: no public storefront yet
    [InlineData(true, true, false, false, false, OnboardingStage.StorefrontOpened)]
    [InlineData(true, true, false, true, true, OnboardingStage.StorefrontOpened)] // COD seller without a bank account stays before the VietQR step
    [InlineData(true, true, true, false, false, OnboardingStage.PaymentAccount)]
    [InlineData(true, true, true, true, false, OnboardingStage.ProductListed)]
    [InlineData(true, true, true, true, true, OnboardingStage.FirstSale)]
    public void StageOf_IsTheLastStageOfAnUnbrokenRun(bool producer, bool verified, bool bank, bool listed, bool sale, OnboardingStage expected) =>
        Assert.Equal(expected, OnboardingFunnel.StageOf(new OnboardingFacts(producer, verified, bank, listed, sale)));

    [Fact]
    public void Count_IsCumulativeAndNeverIncreases()
    {
        var counts = OnboardingFunnel.Count([OnboardingStage.Trained, OnboardingStage.FirstSale, OnboardingStage.PaymentAccount, OnboardingStage.ProductListed]);
        Assert.Equal([4, 3, 3, 2, 1], counts);
        Assert.Equal([0, 0, 0, 0, 0], OnboardingFunnel.Count([]));
    }

    [Fact]
    public void FromStanding_GivesTheSameSeriesAsCountingEachPerson()
    {
        OnboardingStage[] people = [OnboardingStage.Trained, OnboardingStage.Trained, OnboardingStage.FirstSale, OnboardingStage.ProductListed, OnboardingStage.ProductListed];
        var standing = people.GroupBy(s => s).Select(g => (g.Key, g.Count()));
        Assert.Equal(OnboardingFunnel.Count(people), OnboardingFunnel.FromStanding(standing));
        Assert.Equal([5, 3, 3, 3, 1], OnboardingFunnel.FromStanding(standing));
        Assert.Equal([0, 0, 0, 0, 0], OnboardingFunnel.FromStanding([]));
    }

    [Theory]
    [InlineData(50, 200, 25)]
    [InlineData(300, 200, 100)]
    [InlineData(5, 0, null)]
    public void Progress_IsWholePercentCapped(int reached, int target, int? expected) =>
        Assert.Equal(expected, OnboardingFunnel.Progress(reached, target));

    [Theory]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("0912-345-678", "0912345678")]
    public void CanonicalPhone_MatchesBothForms(string input, string expected) =>
        Assert.Equal(expected, PhoneNumbers.Canonical(input));
}
