using System.Text.Json;
using System.Text.RegularExpressions;
using Ocop.Testing;

namespace Ocop.Tests.Rules;

/// <summary>
/// Everything a person reads is Vietnamese first and complete in English: every Vietnamese string
/// in the application's pages and code has its English in <c>src/Ocop/Resources/en.json</c>.
/// The sources are scanned (see <see cref="VietnameseSource"/>), so a new string without English fails here.
/// Demo data is content (producers' own words), not interface, and is not scanned.
/// </summary>
public sealed partial class EnglishCoverageTests
{
    private static readonly string Root = LocalMachine.RepositoryRoot();
    private static readonly string App = Path.Combine(Root, "src", "Ocop");

    /// <summary>Folders whose Vietnamese is content, not interface: demo producers and products, SQL migrations.</summary>
    private static readonly string[] ContentFolders = [Path.Combine("Data", "Demo"), Path.Combine("Data", "Migrations")];

    private static readonly Lazy<(List<VietnameseSource.Literal> Literals, List<VietnameseSource.BareText> Bare, HashSet<string> All)> Sources = new(() =>
    {
        var literals = new List<VietnameseSource.Literal>();
        var all = new HashSet<string>();
        var bare = new List<VietnameseSource.BareText>();
        foreach (var file in Directory.EnumerateFiles(App, "*.*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".cs", StringComparison.Ordinal) && !file.EndsWith(".cshtml", StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(App, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            if (ContentFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal))) continue;
            var (l, b) = VietnameseSource.Scan(relative, File.ReadAllText(file));
            literals.AddRange(l);
            all.UnionWith(l.Select(x => x.Value));
            bare.AddRange(b);
        }
        return (literals.Where(l => l.Shown).ToList(), bare, all);
    });

    private static readonly Lazy<Dictionary<string, string>> English = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(App, "Resources", "en.json")))!);

    [Fact]
    public void EveryVietnameseString_HasItsEnglish()
    {
        var missing = Sources.Value.Literals.Where(l => !l.Interpolated && !English.Value.ContainsKey(l.Value))
            .GroupBy(l => l.Value).Select(g => $"{g.First().File}:{g.First().Line}  {JsonSerializer.Serialize(g.Key, Json)}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} Vietnamese strings have no English in src/Ocop/Resources/en.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NoVietnameseString_IsBuiltByInterpolation()
    {
        // A message put together with $"…{x}…" cannot be looked up; write it as a template for Lang.Format / Lang.Text.
        // The ones not yet rewritten are listed in InterpolatedBaseline.txt (file and template): the list may only shrink.
        var built = Sources.Value.Literals.Where(l => l.Interpolated)
            .Select(l => $"{l.File.Replace('\\', '/')}  {JsonSerializer.Serialize(l.Value, Json)}").ToHashSet();
        var baseline = File.ReadAllLines(Path.Combine(Root, "tests", "Ocop.Tests", "Rules", "InterpolatedBaseline.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
        var added = built.Except(baseline).ToList();
        var gone = baseline.Except(built).ToList();
        Assert.True(added.Count == 0, $"{added.Count} Vietnamese strings are interpolated (write a template with {{0}} for Lang.Format / Lang.Text):\n" + string.Join("\n", added));
        Assert.True(gone.Count == 0, "Rewritten or removed, take them out of InterpolatedBaseline.txt:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void NoVietnameseText_IsWrittenStraightIntoMarkup()
    {
        var bare = Sources.Value.Bare.Select(b => $"{b.File}:{b.Line}  {b.Text}").ToList();
        Assert.True(bare.Count == 0, $"{bare.Count} lines of Vietnamese markup text are outside L[…]:\n" + string.Join("\n", bare));
    }

    [Fact]
    public void EveryEnglishEntry_IsUsed_AndFilledIn()
    {
        var used = Sources.Value.All;
        var unused = English.Value.Keys.Where(k => !used.Contains(k)).ToList();
        var empty = English.Value.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ToList();
        var placeholders = English.Value.Where(kv => !Placeholders(kv.Key).SetEquals(Placeholders(kv.Value))).Select(kv => kv.Key).ToList();
        Assert.True(unused.Count == 0, $"{unused.Count} entries of en.json are used nowhere:\n" + string.Join("\n", unused));
        Assert.True(empty.Count == 0, "Entries without English:\n" + string.Join("\n", empty));
        Assert.True(placeholders.Count == 0, "Entries whose English has other {n} placeholders than the Vietnamese:\n" + string.Join("\n", placeholders));
    }

    [Fact]
    public void Scanner_FindsLiterals_InEveryShape()
    {
        const string cs = """
            var a = L["Đơn hàng"]; // "Bình luận"
            var b = $"Đơn {code} đã giao"; /* "Không" */
            var c = @"Mã ""lô"" số";
            var d = "Sản phẩm \"{0}\" hết hàng";
            var e = Regex("^Phần"); // vi-only: reads the rubric sheet
            """;
        var (literals, _) = VietnameseSource.Scan("x.cs", cs);
        literals = literals.Where(l => l.Shown).ToList();
        Assert.Equal(["Đơn hàng", "Đơn {0} đã giao", "Mã \"lô\" số", "Sản phẩm \"{0}\" hết hàng"], literals.Select(l => l.Value));
        Assert.Equal([false, true, false, false], literals.Select(l => l.Interpolated));

        const string razor = """
            @* "Ghi chú" *@
            <h1>@L["Giỏ hàng"]</h1> <a title="@L["Xem"]" href="/x">x</a>
            <field for="Name" label="@(x ? "Xuất từ" : "Địa điểm")" hint="Bỏ trống" />
            <p>Chưa dịch</p>
            """;
        var (inRazor, bare) = VietnameseSource.Scan("x.cshtml", razor);
        inRazor = inRazor.Where(l => l.Shown).ToList();
        Assert.Equal(["Giỏ hàng", "Xem", "Xuất từ", "Địa điểm", "Bỏ trống"], inRazor.Select(l => l.Value));
        Assert.Equal(["<p>Chưa dịch</p>"], bare.Select(b => b.Text));
        Assert.Equal(4, bare.Single().Line);
    }

    [Fact]
    public void Coverage_IsReported()
    {
        var keys = Sources.Value.Literals.Where(l => !l.Interpolated).Select(l => l.Value).Distinct().ToList();
        var translated = keys.Count(English.Value.ContainsKey);
        Console.WriteLine($"English coverage: {translated}/{keys.Count} strings ({100.0 * translated / Math.Max(1, keys.Count):0.0} %)");
        Assert.NotEmpty(keys);
    }

    private static HashSet<string> Placeholders(string s) => Placeholder().Matches(s).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
