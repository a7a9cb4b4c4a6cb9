using Ocop.Features.Certification.Rubrics;

namespace Ocop.Tests.Certification.Rubrics;

/// <summary>The reader's structural checks on small sheets written in the reference layout.</summary>
public sealed class RubricLayoutTests
{
    private const string Head = "title,description,level,stars,score\n";

    /// <summary>A sound minimal sheet: A=40, B=25, C=35, one group and one criterion per part.</summary>
    private static string Sound(string cOptions = "□ Tốt*****,,3,5,35\n") =>
        Head +
        "Phần A (40 Điểm),,0,,40\n1. NHÓM,,1,,40\na) Tiêu chí,,2,,40\n□ Không,,3,,0\n□ Có,,3,,40\n" +
        "\"Phần B\nTIẾP THỊ\",,0,,25\n2. NHÓM,,1,,25\n□ Ít,,3,,1\n□ Nhiều****,,3,4,25\n" +
        "Phần C,,0,,35\n3. NHÓM,,1,,35\n" + cOptions;

    private static RubricSheetReader.Reading Read(string csv, IReadOnlyList<RubricCorrection>? corrections = null) =>
        RubricSheetReader.Read("set-01.csv", 1, "Thử", new StringReader(csv), corrections);

    [Fact]
    public void SoundSheet_HasNoDefects_AndLevel1WithOptionsIsTheCriterion()
    {
        var reading = Read(Sound());
        Assert.Empty(reading.Defects);
        Assert.Equal(["A", "A1", "A1a", "A1a.1", "A1a.2", "B", "B2", "B2.1", "B2.2", "C", "C3", "C3.1"], reading.Tree.Nodes.Select(n => n.Code));
        Assert.Equal(RubricNodeKind.Criterion, reading.Tree.Nodes.Single(n => n.Code == "B2").Kind);
        Assert.Equal(100m, reading.Tree.MaxTotal);
    }

    [Fact]
    public void MultiLineRecord_ShiftsLinesButNotRows()
    {
        var reading = Read(Sound("□ Tốt,,3,,x\n"));
        var d = Assert.Single(reading.Defects, d => d.Message.Contains("«x»"));
        Assert.Equal((14, 13), (d.Line, d.Row));
    }

    [Fact]
    public void UnknownLevel_OptionOutsideCriterion_AndBadStars_AreReported()
    {
        var csv = Head + "□ Mồ côi,,3,,1\nPhần A,,0,,40\nlạ,,7,,1\n" + Sound()[Head.Length..].Replace("□ Có,,3,,40", "□ Có*****,,3,4,40").Replace("□ Ít,,3,,1", "□ Ít,,3,6,1");
        var messages = Read(csv).Defects.Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("Phương án nằm ngoài tiêu chí", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Cấp «7» không hợp lệ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m == "Cột stars ghi 4 nhưng tiêu đề đánh dấu 5 sao.");
        Assert.Contains(messages, m => m.Contains("mức sao 6 không hợp lệ"));
        Assert.Contains(messages, m => m == "Phần A xuất hiện hai lần.");
    }

    [Fact]
    public void OptionAboveMaximum_AndPartTotalsOfAnotherDecision_AreReported()
    {
        var defects = Read(Sound("□ Tốt,,3,,36\n")).Defects.Select(d => d.Message).ToList();
        Assert.Contains(defects, m => m.Contains("được 36 điểm, vượt điểm tối đa 35"));
        var qd1048 = Sound().Replace("Phần A (40 Điểm),,0,,40\n1. NHÓM,,1,,40\na) Tiêu chí,,2,,40", "Phần A,,0,,35\n1. NHÓM,,1,,35\na) Tiêu chí,,2,,35")
            .Replace("□ Có,,3,,40", "□ Có,,3,,35").Replace("Phần C,,0,,35\n3. NHÓM,,1,,35\n□ Tốt*****,,3,5,35", "Phần C,,0,,40\n3. NHÓM,,1,,40\n□ Tốt*****,,3,5,40");
        var messages = Read(qd1048).Defects.Select(d => d.Message).ToList();
        Assert.Contains("Phần A phải có tối đa 40 điểm theo Quyết định 148/QĐ-TTg, bảng ghi 35 điểm.", messages);
        Assert.Contains("Phần C phải có tối đa 35 điểm theo Quyết định 148/QĐ-TTg, bảng ghi 40 điểm.", messages);
        var expect1048 = RubricExpectations.Parse("A=35,B=25,C=40", "Quyết định 1048/QĐ-TTg")!;
        Assert.Empty(RubricSheetReader.Read("set-01.csv", 1, "Thử", new StringReader(qd1048), null, expect1048).Defects);
    }

    [Fact]
    public void HalfPoints_AreDecimal()
    {
        var reading = Read(Sound("□ Vừa,,3,,34.5\n□ Tốt,,3,,35\n"));
        Assert.Empty(reading.Defects);
        Assert.Equal(34.5m, reading.Tree.Nodes.Single(n => n.Code == "C3.1").Score);
    }

    [Fact]
    public void Correction_AppliesOnlyWhenFromMatches()
    {
        var csv = Sound("□ Tốt,,3,,l5\n");
        var fix = new RubricCorrection("set-01.csv", 14, "score", "l5", "35", "lỗi đánh máy", "thử");
        var ok = Read(csv, [fix]);
        Assert.Empty(ok.Defects);
        Assert.Equal([fix], ok.Applied);
        var stale = Read(csv, [fix with { From = "99" }]);
        Assert.Contains(stale.Defects, d => d.Message.StartsWith("Bảng sửa lỗi: trường score đang là «l5»", StringComparison.Ordinal));
        var nowhere = Read(Sound(), [fix with { Line = 16 }]);
        Assert.Contains(nowhere.Defects, d => d.Message.StartsWith("Bảng sửa lỗi: không có bản ghi", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongHeader_IsReported()
    {
        var d = Assert.Single(Read("a,b,c\n1,2,3\n").Defects);
        Assert.Equal(1, d.Line);
    }
}
