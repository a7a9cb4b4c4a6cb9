using System.Globalization;
using System.Text;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// The project's own encoding of a rubric version, one folder per version (shipped in
/// <c>Data/Reference/rubrics/&lt;version&gt;/</c>):
/// <list type="bullet">
/// <item><c>version.tsv</c>: <c>key TAB value</c> lines for code, title, legalBasis, effectiveFrom, parts.</item>
/// <item><c>set-NN.tsv</c>: <c>#</c> comments citing the decision; <c>@set</c>, <c>@source</c>,
/// <c>@correction</c> (applied) and <c>@defect</c> (unresolved) lines; then one node per line in
/// pre-order: <c>kind code parent gate score title description</c>, kind P (part), G (group),
/// K (criterion), O (option); empty gate/score/parent when none; <c>\n</c>, <c>\t</c>, <c>\\</c> escaped.</item>
/// </list>
/// Written only by <see cref="WriteFolder"/> from an <see cref="RubricEdition"/> read by the importer.
/// </summary>
public static class RubricEncoding
{
    public const string VersionFile = "version.tsv";

    public static string SheetFileName(int set) => $"set-{set:00}.tsv";

    public static void WriteFolder(RubricEdition edition, RubricVersionInfo info, string folder)
    {
        Directory.CreateDirectory(folder);
        using (var w = new StreamWriter(Path.Combine(folder, VersionFile), false, new UTF8Encoding(false)))
            WriteVersion(info, w);
        foreach (var sheet in edition.Sheets)
        {
            using var w = new StreamWriter(Path.Combine(folder, SheetFileName(sheet.SetCode)), false, new UTF8Encoding(false));
            WriteSheet(sheet, info, w);
        }
    }

    public static void WriteVersion(RubricVersionInfo info, TextWriter w)
    {
        w.WriteLine($"# Phiên bản bộ tiêu chí OCOP: {info.LegalBasis}.");
        w.WriteLine($"code\t{info.Code}");
        w.WriteLine($"title\t{info.Title}");
        w.WriteLine($"legalBasis\t{info.LegalBasis}");
        w.WriteLine($"effectiveFrom\t{info.EffectiveFrom:yyyy-MM-dd}");
        w.WriteLine($"parts\t{string.Join(",", info.Expect.PartTotals.Select(kv => $"{kv.Key}={RubricChecks.N(kv.Value)}"))}");
    }

    public static void WriteSheet(EditionSheet sheet, RubricVersionInfo info, TextWriter w)
    {
        w.WriteLine($"# {info.LegalBasis}: phiếu đánh giá bộ sản phẩm {sheet.SetCode:00} «{sheet.Title}».");
        w.WriteLine("# Mã hoá riêng của OCOP Hub, do RubricEncoding.WriteFolder tạo từ bản chép theo bố cục tham chiếu và corrections.tsv; không sửa tay."); // vi-only: header of the encoded rubric file, for its maintainers
        w.WriteLine("# Cột: kind (P phần, G nhóm, K tiêu chí, O phương án), code, parent, gate (mức sao 3–5), score (tối đa hoặc điểm), title, description."); // vi-only: header of the encoded rubric file, for its maintainers
        w.WriteLine($"@set\t{sheet.SetCode}\t{Escape(sheet.Title)}");
        w.WriteLine($"@source\t{Escape(sheet.Source)}");
        foreach (var c in sheet.Corrections) w.WriteLine($"@correction\t{Escape(c)}");
        foreach (var d in sheet.Defects) w.WriteLine($"@defect\t{Escape(d.ToString())}");
        foreach (var part in sheet.Tree.Parts) WriteNode(part, "", w);
    }

    private static void WriteNode(TreeNode n, string parent, TextWriter w)
    {
        var kind = n.Kind switch { RubricNodeKind.Part => "P", RubricNodeKind.Group => "G", RubricNodeKind.Criterion => "K", _ => "O" };
        var score = n.Score is { } s ? RubricChecks.N(s) : "";
        w.WriteLine($"{kind}\t{n.Code}\t{parent}\t{n.StarGate}\t{score}\t{Escape(n.Title)}\t{Escape(n.Description ?? "")}");
        foreach (var child in n.Children) WriteNode(child, n.Code, w);
    }

    public static RubricVersionInfo ReadVersion(TextReader r)
    {
        var values = new Dictionary<string, string>();
        string? line;
        while ((line = r.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t', 2);
            if (f.Length == 2) values[f[0]] = f[1];
        }
        string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new FormatException($"{VersionFile} has no '{key}'.");
        var expect = RubricExpectations.Parse(Get("parts"), Get("legalBasis")) ?? throw new FormatException($"{VersionFile}: bad parts '{Get("parts")}'.");
        return new RubricVersionInfo(Get("code"), Get("title"), Get("legalBasis"),
            DateOnly.ParseExact(Get("effectiveFrom"), "yyyy-MM-dd", CultureInfo.InvariantCulture), expect);
    }

    /// <summary>Reads a sheet; defects are those recorded by the writer (the caller re-checks the tree).</summary>
    public static EditionSheet ReadSheet(TextReader r)
    {
        int set = 0;
        string title = "", source = "";
        var corrections = new List<string>();
        var defects = new List<RubricDefect>();
        var rows = new List<(string Kind, string Code, string Parent, int? Gate, decimal? Score, string Title, string? Description)>();
        string? line;
        while ((line = r.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "@set": set = int.Parse(f[1], CultureInfo.InvariantCulture); title = Unescape(f[2]); break;
                case "@source": source = Unescape(f[1]); break;
                case "@correction": corrections.Add(Unescape(f[1])); break;
                case "@defect": defects.Add(new RubricDefect(source, 0, 0, Unescape(f[1]))); break;
                case "P" or "G" or "K" or "O" when f.Length == 7:
                    rows.Add((f[0], f[1], f[2], f[3].Length == 0 ? null : int.Parse(f[3], CultureInfo.InvariantCulture),
                        f[4].Length == 0 ? null : decimal.Parse(f[4], CultureInfo.InvariantCulture), Unescape(f[5]), f[6].Length == 0 ? null : Unescape(f[6])));
                    break;
                default: throw new FormatException($"Unknown line in the rubric encoding: '{line}'.");
            }
        }
        var byParent = rows.ToLookup(x => x.Parent);
        IReadOnlyList<TreeNode> Build(string parent) => byParent[parent].Select(x => new TreeNode(x.Kind switch
        {
            "P" => RubricNodeKind.Part, "G" => RubricNodeKind.Group, "K" => RubricNodeKind.Criterion, _ => RubricNodeKind.Option,
        }, x.Code, x.Title, x.Description, x.Score, x.Gate, Build(x.Code))).ToList();
        return new EditionSheet(set, title, source, new RubricTree(set, title, Build("")), defects, corrections);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "").Replace("\n", "\\n");

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { sb.Append(s[i]); continue; }
            var next = s[++i];
            sb.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
        }
        return sb.ToString();
    }
}
