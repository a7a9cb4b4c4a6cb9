using System.Text;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>One sheet of an edition as read: its tree, its defects and the corrections applied to it.</summary>
public sealed record EditionSheet(int SetCode, string Title, string Source, RubricTree Tree,
    IReadOnlyList<RubricDefect> Defects, IReadOnlyList<string> Corrections);

/// <summary>
/// The sheets of one rubric version, read from files in the reference layout: <c>sets.csv</c>
/// (<c>set,title</c>) and one <c>set-NN.csv</c> per set, optionally with a <c>corrections.tsv</c>
/// (see <see cref="RubricCorrection"/>). Every problem is collected, per file and line.
/// </summary>
public sealed record RubricEdition(IReadOnlyList<EditionSheet> Sheets, IReadOnlyList<RubricDefect> FileDefects)
{
    public const string SetsFile = "sets.csv";
    public const string CorrectionsFile = "corrections.tsv";

    public static string SetFileName(int set) => $"set-{set:00}.csv";

    public IEnumerable<RubricDefect> Defects => FileDefects.Concat(Sheets.SelectMany(s => s.Defects));

    /// <summary>Reads a folder like <c>shared/data/ocop-rubric-qd148</c>; <paramref name="corrections"/> may be given separately.</summary>
    public static RubricEdition ReadFolder(string folder, RubricExpectations expect, IReadOnlyList<RubricCorrection>? corrections = null) =>
        Read(Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f, Encoding.UTF8)), expect, corrections);

    /// <summary>Reads files given by name → content. A <c>corrections.tsv</c> among them is used unless corrections are given.</summary>
    public static RubricEdition Read(IReadOnlyDictionary<string, string> files, RubricExpectations expect, IReadOnlyList<RubricCorrection>? corrections = null)
    {
        var defects = new List<RubricDefect>();
        if (corrections is null && files.TryGetValue(CorrectionsFile, out var table))
        {
            var parsed = RubricCorrection.Parse(new StringReader(table));
            if (parsed.Ok) corrections = parsed.Value;
            else defects.Add(new RubricDefect(CorrectionsFile, 0, 0, parsed.Error!.Message));
        }
        if (!files.TryGetValue(SetsFile, out var setsText))
        {
            defects.Add(new RubricDefect(SetsFile, 0, 0, "Thiếu tệp sets.csv (danh sách bộ sản phẩm: set,title)."));
            return new RubricEdition([], defects);
        }
        var sets = ReadSets(setsText, defects);
        var sheets = new List<EditionSheet>();
        foreach (var (set, title) in sets)
        {
            var name = SetFileName(set);
            if (!files.TryGetValue(name, out var content))
            {
                defects.Add(new RubricDefect(name, 0, 0, $"Thiếu tệp {name} cho bộ sản phẩm {set} «{title}»."));
                continue;
            }
            var reading = RubricSheetReader.Read(name, set, title, new StringReader(content), corrections, expect);
            sheets.Add(new EditionSheet(set, title, name, reading.Tree, reading.Defects, reading.Applied.Select(c => c.ToString()).ToList()));
        }
        var known = sets.Keys.Select(SetFileName).Append(SetsFile).Append(CorrectionsFile).ToHashSet();
        foreach (var extra in files.Keys.Where(k => !known.Contains(k)).Order())
            defects.Add(new RubricDefect(extra, 0, 0, "Tệp không thuộc bộ tiêu chí (tên phải là set-NN.csv của một bộ trong sets.csv)."));
        return new RubricEdition(sheets, defects);
    }

    private static SortedDictionary<int, string> ReadSets(string text, List<RubricDefect> defects)
    {
        var sets = new SortedDictionary<int, string>();
        var row = 0;
        foreach (var (line, fields) in CsvRecords.Read(new StringReader(text)))
        {
            if (++row == 1 || fields.All(string.IsNullOrWhiteSpace)) continue;
            if (fields.Length < 2 || !int.TryParse(fields[0].Trim(), out var set) || set is < 1 or > 99 ||
                string.IsNullOrWhiteSpace(fields[1]))
            {
                defects.Add(new RubricDefect(SetsFile, line, row, "Cần số bộ (1–99) và tên bộ sản phẩm."));
                continue;
            }
            if (!sets.TryAdd(set, string.Join(",", fields[1..]).Trim()))
                defects.Add(new RubricDefect(SetsFile, line, row, $"Bộ {set} xuất hiện hai lần."));
        }
        if (sets.Count == 0) defects.Add(new RubricDefect(SetsFile, 0, 0, "sets.csv không có bộ sản phẩm nào."));
        return sets;
    }
}
