using Microsoft.Data.Sqlite;
using Ocop.Data;
using Ocop.Features.Certification.Rubrics;
using Ocop.Tests.Rules;

namespace Ocop.Tests.Certification.Rubrics;

/// <summary>Import, activation, the shipped version and queries on an in-memory SQLite model (no host).</summary>
public sealed class RubricStoreTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly OcopDb _db;

    public RubricStoreTests()
    {
        _connection.Open();
        _db = new OcopDb(new DbContextOptionsBuilder<OcopDb>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private static Dictionary<string, string> ReferenceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SharedData.Root, "ocop-rubric-qd148")).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private static ImportRubricRequest Request(Dictionary<string, string> files, string code = "TEST-1") =>
        new(code, "Thử", "Quyết định 148/QĐ-TTg", new DateOnly(2023, 2, 24), null, files);

    [Fact]
    public async Task Ensure_LoadsShippedVersion_SoundSheetsActive()
    {
        Assert.True(await ShippedRubrics.EnsureAsync(_db));
        Assert.False(await ShippedRubrics.EnsureAsync(_db));
        var queries = new RubricQueries(_db);
        var version = Assert.Single(await queries.VersionsAsync());
        Assert.Equal(("QD148-2023", "Active", 26), (version.Code, version.Status, version.Sheets.Count));
        Assert.Equal([11, 12, 13], version.Sheets.Where(s => s.Status == "Draft").Select(s => s.SetCode));

        var sheet = (await queries.ActiveSheetAsync(1))!;
        Assert.Equal(Enumerable.Range(0, sheet.Nodes.Count), sheet.Nodes.Select(n => n.Sort));
        Assert.Equal(100m, RubricQueries.MaxTotal(sheet));
        var tree = RubricTree.From(sheet);
        var shipped = ShippedRubrics.Load().Sheets[0].Tree;
        Assert.Equal(shipped.Nodes.Select(n => (n.Code, n.Score, n.StarGate)), tree.Nodes.Select(n => (n.Code, n.Score, n.StarGate)));
        Assert.Null(await queries.ActiveSheetAsync(11));
        Assert.NotNull(await queries.SheetAsync("QD148-2023", 11));
    }

    [Fact]
    public async Task Activate_RefusesShippedVersion_WhileSets11To13AreUnresolved()
    {
        await ShippedRubrics.EnsureAsync(_db);
        var outcome = await new ActivateRubric(_db).RunAsync("QD148-2023");
        Assert.False(outcome.Ok);
        Assert.Equal(["set-11.csv", "set-12.csv", "set-13.csv"], outcome.Defects.Select(d => d.File).Distinct());
    }

    [Fact]
    public async Task Import_OfRawReferenceFiles_ListsEveryDefect_AndWritesNothing()
    {
        var outcome = await new ImportRubric(_db, TimeProvider.System).RunAsync(Request(ReferenceFiles()));
        Assert.False(outcome.Ok);
        Assert.Equal(400, outcome.Error!.Status);
        Assert.Equal(17, outcome.Defects.Count);
        Assert.Contains(outcome.Defects, d => d.File == "set-17.csv" && d.Line == 20);
        Assert.Empty(_db.Set<RubricVersion>());
    }

    [Fact]
    public async Task Import_WithCorrections_ThenActivate_RetiresThePrevious()
    {
        await ShippedRubrics.EnsureAsync(_db);
        var files = ReferenceFiles();
        var corrections = File.ReadAllText(Path.Combine(ShippedRubricTests.EncodingFolder, RubricEdition.CorrectionsFile));
        files[RubricEdition.CorrectionsFile] = corrections;
        // Sets 11–13 cannot be imported as they are; a version without them imports but cannot be activated.
        files["sets.csv"] = string.Join("\n", files["sets.csv"].Split('\n').Where(l => !l.StartsWith("11,") && !l.StartsWith("12,") && !l.StartsWith("13,")));
        foreach (var set in new[] { "set-11.csv", "set-12.csv", "set-13.csv" }) files.Remove(set);
        var import = new ImportRubric(_db, TimeProvider.System);
        var outcome = await import.RunAsync(Request(files));
        Assert.True(outcome.Ok, string.Join("\n", outcome.Defects));
        Assert.Equal((RubricStatus.Draft, 23), (outcome.Version!.Status, outcome.Version.Sheets.Count));
        Assert.Equal(409, (await import.RunAsync(Request(files))).Error!.Status);

        var refused = await new ActivateRubric(_db).RunAsync("TEST-1");
        Assert.Equal(["Thiếu phiếu của bộ sản phẩm 11.", "Thiếu phiếu của bộ sản phẩm 12.", "Thiếu phiếu của bộ sản phẩm 13."],
            refused.Defects.Select(d => d.Message));
    }
}
