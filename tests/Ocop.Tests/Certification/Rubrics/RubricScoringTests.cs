using Ocop.Features.Certification.Rubrics;

namespace Ocop.Tests.Certification.Rubrics;

/// <summary>Totals, star bands and star gates on the shipped sheet of set 01 (fresh vegetables, fruits).</summary>
public sealed class RubricScoringTests
{
    private static readonly RubricTree Set01 = ShippedRubrics.Load().Sheets.Single(s => s.SetCode == 1).Tree;

    /// <summary>The best option of every criterion, with some criteria chosen otherwise.</summary>
    private static List<CriterionChoice> Best(params (string Criterion, string? Option)[] except) =>
        Set01.Criteria.Select(c => except.FirstOrDefault(e => e.Criterion == c.Code) is { Criterion: not null } e
            ? new CriterionChoice(c.Code, e.Option)
            : new CriterionChoice(c.Code, c.Options.MaxBy(o => o.Score)!.Code)).ToList();

    private static StarOutcome Stars(decimal average, params List<CriterionChoice>[] members) =>
        Scoring.StarsFor(Set01, average, members).Value!;

    [Theory]
    [InlineData("0", 1)]
    [InlineData("29.99", 1)]
    [InlineData("30", 2)]
    [InlineData("49.99", 2)]
    [InlineData("50", 3)]
    [InlineData("69.99", 3)]
    [InlineData("70", 4)]
    [InlineData("89.99", 4)]
    [InlineData("90", 5)]
    [InlineData("100", 5)]
    public void Bands(string average, int stars) =>
        Assert.Equal(stars, Scoring.BandStars(decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Band_OutsideRange_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Scoring.BandStars(100.01m));

    [Fact]
    public void Total_IsTheSumOfChosenPoints_NoOptionCountsZero()
    {
        Assert.Equal(100m, Scoring.Total(Set01, Best()).Value);
        Assert.Equal(97m, Scoring.Total(Set01, Best(("A1b", "A1b.2"), ("A3e", null))).Value);
    }

    [Fact]
    public void AllGatesMet_AtNinetyTwo_IsFiveStars()
    {
        var outcome = Stars(92, Best());
        Assert.Equal((5, 5, 5), (outcome.Stars, outcome.BandStars, outcome.GateCap));
        Assert.Empty(outcome.UnmetGates);
    }

    [Fact]
    public void NinetyTwo_MissingAFiveStarGate_IsFourStars()
    {
        var outcome = Stars(92, Best(("A1b", "A1b.2")));
        Assert.Equal((4, 5), (outcome.Stars, outcome.BandStars));
        Assert.Equal(new StarGateRule(5, "A1b", "A1b.3", 3), Assert.Single(outcome.UnmetGates));
    }

    [Fact]
    public void MissingAFourStarGate_IsThreeStars()
    {
        Assert.Equal(3, Stars(92, Best(("A1c", "A1c.1"))).Stars);
        Assert.Equal(3, Stars(75, Best(("C6a", "C6a.2"))).Stars);
    }

    [Fact]
    public void GatedCriterion_NeedsAnOption()
    {
        var outcome = Stars(92, Best(("A3e", null)));
        Assert.Equal(3, outcome.Stars);
        Assert.Equal(new StarGateRule(4, "A3e", null, 1), Assert.Single(outcome.UnmetGates));
        Assert.Equal(5, Stars(92, Best(("A3e", "A3e.1"))).Stars);
    }

    [Fact]
    public void MissingAThreeStarGate_IsTwoStars_EvenWithAHighTotal()
    {
        var outcome = Stars(80, Best(("B5b", "B5b.2")));
        Assert.Equal((2, 4, 2), (outcome.Stars, outcome.BandStars, outcome.GateCap));
        Assert.Contains(outcome.UnmetGates, g => g.Stars == 3 && g.Criterion == "B5b");
    }

    [Fact]
    public void Gates_NeverRaiseTheBand() => Assert.Equal(3, Stars(55, Best()).Stars);

    [Fact]
    public void Members_GateMetByStrictMajority()
    {
        var meets = Best();
        var misses = Best(("A1b", "A1b.2"));
        Assert.Equal(5, Stars(92, meets, meets, misses).Stars);
        Assert.Equal(4, Stars(92, meets, misses, misses).Stars);
        Assert.Equal(4, Stars(92, meets, meets, misses, misses).Stars);
        Assert.Equal(5, Stars(92, meets, meets, meets, misses).Stars);
    }

    [Fact]
    public void Members_EachGateJudgedOnItsOwn()
    {
        var a = Best(("A1b", "A1b.2"));
        var b = Best(("A1c", "A1c.2"));
        var c = Best();
        // Each gate is met by two of three members, so all gates count as met.
        Assert.Equal(5, Stars(92, a, b, c).Stars);
    }

    [Fact]
    public void Selection_Errors_AreAllReported()
    {
        var selection = Best().Where(c => c.Criterion != "C12a").ToList();
        selection[0] = selection[0] with { Option = "A1b.1" };
        selection.Add(new CriterionChoice("A1c", "A1c.1"));
        selection.Add(new CriterionChoice("Z9", "Z9.1"));
        var error = Scoring.Validate(Set01, selection)!;
        Assert.Equal(["A1a", "A1c", "C12a", "Z9"], error.Fields!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Phương án A1b.1 không thuộc tiêu chí A1a.", error.Fields["A1a"]);
        Assert.Contains("Tiêu chí A1c được chấm 2 lần.", error.Fields["A1c"]);
        Assert.Contains("Chưa chấm tiêu chí C12a.", error.Fields["C12a"]);
        Assert.False(Scoring.Total(Set01, selection).Ok);
        Assert.False(Scoring.StarsFor(Set01, 92, [Best(), selection]).Ok);
        Assert.False(Scoring.StarsFor(Set01, 92, []).Ok);
    }

    [Fact]
    public void Gates_OfSet01_MatchTheSheet()
    {
        var gates = Scoring.Gates(Set01);
        Assert.Equal(3, gates.Count(g => g.Stars == 3));
        Assert.Equal(12, gates.Count(g => g.Stars == 4));
        Assert.Equal(8, gates.Count(g => g.Stars == 5));
    }
}
