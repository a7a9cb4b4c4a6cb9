using Ocop.Features.Certification.Rubrics;
using Ocop.Tests.Rules;

namespace Ocop.Tests.Certification.Rubrics;

/// <summary>Reading the reference transcription of Decision 148/QĐ-TTg, Annex III (shared/data/ocop-rubric-qd148).</summary>
public sealed class RubricReaderTests
{
    private static readonly string Folder = Path.Combine(SharedData.Root, "ocop-rubric-qd148");

    private static readonly Lazy<RubricEdition> Raw = new(() => RubricEdition.ReadFolder(Folder, RubricExpectations.Qd148, []));

    private static IReadOnlyList<RubricDefect> DefectsOf(int set) => Raw.Value.Sheets.Single(s => s.SetCode == set).Defects;

    [Fact]
    public void Set03_FourCriteriaWithoutMaximum_ReportedAtTheirRows()
    {
        var defects = DefectsOf(3);
        Assert.Equal([121, 126, 142, 153], defects.Select(d => d.Row));
        Assert.Equal([125, 130, 146, 157], defects.Select(d => d.Line));
        Assert.All(defects, d => Assert.Contains("không có điểm tối đa", d.Message));
        Assert.All(defects, d => Assert.Equal("set-03.csv", d.File));
    }

    [Fact]
    public void Set07_BestOptionBelowMaximum_AtRow113()
    {
        var d = Assert.Single(DefectsOf(7));
        Assert.Equal(113, d.Row);
        Assert.Equal(119, d.Line);
        Assert.Contains("điểm tối đa 4 nhưng phương án cao nhất chỉ được 3 điểm", d.Message);
    }

    [Theory]
    [InlineData(11, "97")]
    [InlineData(12, "97")]
    [InlineData(13, "98")]
    [InlineData(26, "108")]
    public void CriteriaMaxima_NotSummingTo100_Reported(int set, string total)
    {
        Assert.Contains(DefectsOf(set), d => d.Message == $"Tổng điểm tối đa của các tiêu chí là {total}, phải là 100.");
    }

    [Fact]
    public void Set11To13_PartC_BelowItsMaximum()
    {
        foreach (var set in new[] { 11, 12, 13 })
            Assert.Contains(DefectsOf(set), d => d.Message.StartsWith("Phần C", StringComparison.Ordinal) && d.Message.Contains("tối đa 35 điểm"));
    }

    [Fact]
    public void Set26_AlternativeGroups_ReportedAsSumsOfTheirCases()
    {
        var groups = DefectsOf(26).Where(d => d.Message.StartsWith("Nhóm", StringComparison.Ordinal)).ToList();
        Assert.Equal(["C8", "C9", "C15"], groups.Select(d => d.Message.Split(' ')[1]));
        Assert.Equal([93, 102, 129], groups.Select(d => d.Row));
    }

    [Theory]
    [InlineData(17, 18, 20, "l")]
    [InlineData(18, 10, 11, "t")]
    public void NonNumericScore_Reported(int set, int row, int line, string score)
    {
        var d = Assert.Single(DefectsOf(set));
        Assert.Equal((row, line), (d.Row, d.Line));
        Assert.Contains($"điểm «{score}» không phải là số", d.Message);
    }

    [Fact]
    public void OnlyTheKnownDefectiveSets_HaveDefects()
    {
        Assert.Empty(Raw.Value.FileDefects);
        Assert.Equal([3, 7, 11, 12, 13, 17, 18, 26], Raw.Value.Sheets.Where(s => s.Defects.Count > 0).Select(s => s.SetCode));
        Assert.Equal(26, Raw.Value.Sheets.Count);
    }

    [Fact]
    public void Set01_TreeHasCodesGatesAndCleanTitles()
    {
        var tree = Raw.Value.Sheets.Single(s => s.SetCode == 1).Tree;
        Assert.Equal(["A", "B", "C"], tree.Parts.Select(p => p.Code));
        Assert.Equal([40m, 25m, 35m], tree.Parts.Select(p => p.Score!.Value));
        Assert.Equal(100m, tree.MaxTotal);
        var nodes = tree.Nodes.ToDictionary(n => n.Code);
        Assert.Equal("đ) Bảo vệ môi trường trong quá trình sản xuất", nodes["A1đ"].Title);
        var a1b3 = nodes["A1b.3"];
        Assert.Equal(5, a1b3.StarGate);
        Assert.StartsWith("Ứng dụng công nghệ tiên tiến", a1b3.Title);
        Assert.DoesNotContain("*", a1b3.Title);
        Assert.Equal(4, nodes["A3e"].StarGate);
        Assert.Equal("e) Sở hữu trí tuệ", nodes["A3e"].Title);
        Assert.Equal(RubricNodeKind.Group, nodes["C7"].Kind);
        Assert.Equal(RubricNodeKind.Criterion, nodes["C7a"].Kind);
    }

    [Fact]
    public void Set11_DashRows_AreSubCriteria_And_Set13_RepeatedLetters_AreNumbered()
    {
        var tea = Raw.Value.Sheets.Single(s => s.SetCode == 11).Tree.Nodes.ToDictionary(n => n.Code);
        Assert.Equal(RubricNodeKind.Group, tea["C6a"].Kind);
        Assert.Equal("- Tạp chất", tea["C6a1"].Title);
        Assert.Equal(RubricNodeKind.Criterion, tea["C6b3"].Kind);
        // A group that owns options directly is the criterion.
        Assert.Equal(RubricNodeKind.Criterion, tea["C7"].Kind);
        Assert.Equal(["C7.1", "C7.2", "C7.3", "C7.4"], tea["C7"].Children.Select(c => c.Code));
        var coffee = Raw.Value.Sheets.Single(s => s.SetCode == 13).Tree;
        Assert.Equal(["C6a1", "C6a2", "C6a3", "C6a4", "C6a5", "C6b1", "C6b2"],
            coffee.Parts[2].Children[0].Children.Select(c => c.Code));
    }

    [Fact]
    public void TrailingAsterisks_WithoutStarsColumn_AndNoteAfterThem_AreRead()
    {
        var water = Raw.Value.Sheets.Single(s => s.SetCode == 16).Tree.Nodes.Single(n => n.Line == 130);
        Assert.Equal(3, water.StarGate);
        Assert.EndsWith("theo đúng quy định.", water.Title);
        var craft = Raw.Value.Sheets.Single(s => s.SetCode == 21).Tree.Nodes.Single(n => n.Line == 110);
        Assert.Equal(5, craft.StarGate);
        Assert.Contains("sẽ bị loại bỏ", craft.Description);
        Assert.DoesNotContain("Ghi chú", craft.Title);
    }
}
