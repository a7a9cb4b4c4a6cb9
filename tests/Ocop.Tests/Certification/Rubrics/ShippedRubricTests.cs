using Ocop.Features.Certification.Rubrics;
using Ocop.Tests.Rules;

namespace Ocop.Tests.Certification.Rubrics;

/// <summary>The shipped encoding of QĐ 148 is exactly what the importer makes of the reference files plus corrections.tsv.</summary>
public sealed class ShippedRubricTests
{
    private static string Repo([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", ".."));

    internal static string EncodingFolder => Path.Combine(Repo(), "src", "Ocop", "Data", "Reference", "rubrics", "qd148-2023");

    private static IReadOnlyList<RubricCorrection> Corrections() =>
        RubricCorrection.Parse(new StreamReader(Path.Combine(EncodingFolder, RubricEdition.CorrectionsFile))).Value!;

    private static readonly Lazy<RubricEdition> Corrected = new(() =>
        RubricEdition.ReadFolder(Path.Combine(SharedData.Root, "ocop-rubric-qd148"), RubricExpectations.Qd148, Corrections()));

    [Fact]
    public void Corrections_ResolveEverythingButSets11To13()
    {
        Assert.Equal([11, 12, 13], Corrected.Value.Sheets.Where(s => s.Defects.Count > 0).Select(s => s.SetCode));
        Assert.Equal(10, Corrections().Count);
        Assert.All(Corrected.Value.Sheets.Where(s => s.SetCode is not (11 or 12 or 13)), s => Assert.Equal(100m, s.Tree.MaxTotal));
    }

    [Fact]
    public void Set26_AlternativeCases_BecomeOneCriterion()
    {
        var nodes = Corrected.Value.Sheets.Single(s => s.SetCode == 26).Tree.Nodes.ToDictionary(n => n.Code);
        Assert.Equal(RubricNodeKind.Criterion, nodes["C8"].Kind);
        Assert.Equal(6, nodes["C8"].Children.Count);
        Assert.StartsWith("a. Trường hợp 1: Cộng đồng dịch vụ du lịch — ", nodes["C8.1"].Title);
        Assert.Equal(3m, nodes["C8"].Score);
    }

    [Fact]
    public void ShippedEncoding_IsTheImporterOutput()
    {
        var shipped = ShippedRubrics.Load();
        Assert.Equal(RubricVersionInfo.Qd148, shipped.Info with { Expect = RubricExpectations.Qd148 });
        Assert.Equal(26, shipped.Sheets.Count);
        foreach (var sheet in Corrected.Value.Sheets)
        {
            var written = new StringWriter();
            RubricEncoding.WriteSheet(sheet, RubricVersionInfo.Qd148, written);
            var onDisk = File.ReadAllText(Path.Combine(EncodingFolder, RubricEncoding.SheetFileName(sheet.SetCode)));
            Assert.Equal(written.ToString().ReplaceLineEndings(), onDisk.ReplaceLineEndings());
        }
    }

    [Fact]
    public void ShippedSheets_RoundTrip_AndOnlySoundOnesAreActivatable()
    {
        var shipped = ShippedRubrics.Load();
        foreach (var (read, original) in shipped.Sheets.Zip(Corrected.Value.Sheets))
        {
            Assert.Equal(original.Tree.Nodes.Select(n => (n.Kind, n.Code, n.Title, n.Description, n.Score, n.StarGate)),
                read.Tree.Nodes.Select(n => (n.Kind, n.Code, n.Title, n.Description, n.Score, n.StarGate)));
            Assert.Equal(original.Corrections, read.Corrections);
        }
        Assert.Equal([11, 12, 13], shipped.Sheets.Where(s => !ShippedRubrics.IsSound(s, shipped.Info.Expect)).Select(s => s.SetCode));
    }

    [Fact]
    public void ShippedNodes_FitTheColumns()
    {
        var nodes = ShippedRubrics.Load().Sheets.SelectMany(s => s.Tree.Nodes).ToList();
        Assert.All(nodes, n => Assert.True(n.Title.Length <= 2000 && (n.Description?.Length ?? 0) <= 4000 && n.Code.Length <= 20, n.Code));
    }
}
