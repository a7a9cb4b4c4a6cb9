using System.Globalization;
using System.Text.RegularExpressions;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// Reads one scoring sheet in the reference layout (<c>title,description,level,stars,score</c>; level
/// 0 = part, 1 = item group, 2 = criterion, 3 = option) into a <see cref="RubricTree"/> and reports
/// every defect with file, line and record number. Codes follow the sheet: parts "A", groups "A1"
/// (their number), criteria "A1a" (their letter, "đ" included), options "A1a.1". A group that owns
/// options directly is itself the criterion ("C7"); a criterion without options followed by
/// "- …" rows is a sub-group whose rows are numbered ("C6a1"); letters repeated among siblings are
/// numbered too ("C6a1" … "C6a5"). Star gates come from the <c>stars</c> column and/or the trailing
/// <c>***</c>/<c>****</c>/<c>*****</c> of a title; asterisks and the leading "□ " are not stored.
/// </summary>
public static partial class RubricSheetReader
{
    public static readonly string[] Header = ["title", "description", "level", "stars", "score"];

    public sealed record Reading(RubricTree Tree, IReadOnlyList<RubricDefect> Defects, IReadOnlyList<RubricCorrection> Applied);

    /// <summary>A node being built; kinds and codes are decided once the whole sheet is read.</summary>
    private sealed class Draft(int level, string title, string? description, decimal? score, string? scoreText, int? stars, int line, int row)
    {
        public int Level { get; } = level;
        public string Title { get; } = title;
        public string? Description { get; } = description;
        public decimal? Score { get; } = score;
        public string? ScoreText { get; } = scoreText;
        public int? Stars { get; } = stars;
        public int Line { get; } = line;
        public int Row { get; } = row;
        public bool Dash => Level == 2 && Title.StartsWith('-');
        public bool Alternatives { get; set; }
        public List<Draft> Children { get; } = [];
        public bool HasOptions => Children.Any(c => c.Level == 3);
    }

    public static Reading Read(string file, int setCode, string title, TextReader reader,
        IReadOnlyList<RubricCorrection>? corrections = null, RubricExpectations? expect = null)
    {
        var defects = new List<RubricDefect>();
        var mine = (corrections ?? []).Where(c => c.File == file).ToList();
        var applied = new List<RubricCorrection>();
        var seen = new HashSet<RubricCorrection>();
        var records = CsvRecords.Read(reader).Select((r, i) => (r.Line, Row: i + 1, r.Fields)).ToList();
        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            defects.Add(new RubricDefect(file, 1, 1, $"Dòng tiêu đề phải là «{string.Join(",", Header)}»."));
            return new Reading(new RubricTree(setCode, title, []), defects, applied);
        }

        var parts = new List<Draft>();
        Draft? part = null, group = null, criterion = null, head = null;
        var byLine = new Dictionary<int, Draft>();
        foreach (var (line, row, raw) in records.Skip(1))
        {
            if (raw.All(string.IsNullOrWhiteSpace)) continue;
            var at = (string message) => defects.Add(new RubricDefect(file, line, row, message));
            if (raw.Length != Header.Length) { at($"Dòng cần {Header.Length} cột, có {raw.Length}."); continue; }
            var fields = ApplyCorrections(raw, line, mine, seen, applied, at);
            if (!int.TryParse(fields[2].Trim(), out var level) || level is < 0 or > 3)
            {
                at($"Cấp «{fields[2]}» không hợp lệ (0 = phần, 1 = nhóm, 2 = tiêu chí, 3 = phương án).");
                continue;
            }
            var node = ReadNode(fields, level, line, row, at);
            if (node is null) continue;
            byLine[line] = node;
            switch (level)
            {
                case 0:
                    parts.Add(part = node);
                    group = criterion = head = null;
                    break;
                case 1:
                    if (part is null) { at("Nhóm nằm ngoài phần (chưa có dòng cấp 0 nào trước nó)."); continue; }
                    part.Children.Add(group = criterion = node);
                    head = null;
                    break;
                case 2:
                    var parent = group ?? part;
                    if (parent is null) { at("Tiêu chí nằm ngoài phần (chưa có dòng cấp 0 nào trước nó)."); continue; }
                    if (group is null) at("Tiêu chí nằm ngoài nhóm (ngay dưới phần).");
                    else if (group.HasOptions) at($"Nhóm «{RubricChecks.Short(group.Title)}» vừa có phương án trực tiếp vừa có tiêu chí.");
                    if (node.Dash && head is not null && !head.HasOptions) head.Children.Add(node);
                    else
                    {
                        parent.Children.Add(node);
                        head = node.Dash ? null : node;
                    }
                    criterion = node;
                    break;
                default:
                    if (criterion is null) { at("Phương án nằm ngoài tiêu chí (không có tiêu chí hoặc nhóm nào trước nó trong phần này)."); continue; }
                    criterion.Children.Add(node);
                    break;
            }
        }

        foreach (var c in mine.Where(c => c.Field == "structure"))
        {
            if (byLine.TryGetValue(c.Line, out var target) && target.Level == 1 && target.Children.All(k => k.Level == 2 && k.HasOptions))
            {
                target.Alternatives = true;
                applied.Add(c);
            }
            else defects.Add(new RubricDefect(file, c.Line, 0, $"Bảng sửa lỗi: dòng {c.Line} không phải một nhóm gồm các trường hợp có phương án; không áp dụng được."));
        }
        foreach (var c in mine.Where(c => !seen.Contains(c) && c.Field != "structure"))
            defects.Add(new RubricDefect(file, c.Line, 0, $"Bảng sửa lỗi: không có bản ghi nào bắt đầu ở dòng {c.Line} có trường {c.Field} = «{c.From}»."));

        var tree = new RubricTree(setCode, title, BuildParts(parts, file, defects));
        defects.AddRange(RubricChecks.Check(tree, file, expect ?? RubricExpectations.Qd148));
        return new Reading(tree, defects.OrderBy(d => d.Line).ToList(), applied);
    }

    private static string[] ApplyCorrections(string[] raw, int line, List<RubricCorrection> corrections,
        HashSet<RubricCorrection> seen, List<RubricCorrection> applied, Action<string> at)
    {
        var fields = raw.ToArray();
        foreach (var c in corrections.Where(c => c.Line == line && c.Field != "structure"))
        {
            seen.Add(c);
            var index = Array.IndexOf(Header, c.Field);
            if (fields[index] != c.From)
            {
                at($"Bảng sửa lỗi: trường {c.Field} đang là «{fields[index]}», không phải «{c.From}»; không áp dụng.");
                continue;
            }
            fields[index] = c.To;
            applied.Add(c);
        }
        return fields;
    }

    private static Draft? ReadNode(string[] fields, int level, int line, int row, Action<string> at)
    {
        var title = fields[0].Replace("\r", "").Trim();
        var description = fields[1].Replace("\r", "").Trim();
        if (level == 3) title = title.TrimStart('□', ' ', '\u00a0');
        int? stars = null;
        var mark = StarMark().Match(title);
        if (mark.Success)
        {
            stars = mark.Groups["stars"].Length;
            var tail = mark.Groups["tail"].Value.Trim();
            title = title[..mark.Index].TrimEnd();
            if (tail is "." or "," or ";") title += tail;
            else if (tail.Length > 0) description = description.Length == 0 ? tail : description + "\n" + tail;
        }
        if (title.Length == 0) { at("Dòng không có tiêu đề."); return null; }
        var starsText = fields[3].Trim();
        if (starsText.Length > 0)
        {
            if (!int.TryParse(starsText, out var column)) at($"Cột stars «{starsText}» không phải là số.");
            else
            {
                if (stars is { } marked && marked != column) at($"Cột stars ghi {column} nhưng tiêu đề đánh dấu {marked} sao.");
                stars = column;
            }
        }
        var scoreText = fields[4].Trim();
        decimal? score = null;
        if (scoreText.Length > 0 && decimal.TryParse(scoreText.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            score = value;
        return new Draft(level, title, description.Length == 0 ? null : description, score,
            score is null && scoreText.Length > 0 ? scoreText : null, stars, line, row);
    }

    private static List<TreeNode> BuildParts(List<Draft> parts, string file, List<RubricDefect> defects)
    {
        var result = new List<TreeNode>();
        var groupNumber = 0;
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            var m = PartLetter().Match(part.Title);
            var code = m.Success ? m.Groups[1].Value.ToUpperInvariant() : ((char)('A' + i)).ToString();
            if (result.Any(r => r.Code == code)) defects.Add(new RubricDefect(file, part.Line, part.Row, $"Phần {code} xuất hiện hai lần."));
            var children = new List<TreeNode>();
            var letters = Letters(part.Children.Where(c => c.Level == 2).ToList());
            foreach (var child in part.Children)
            {
                if (child.Level == 2) { children.Add(BuildLevel2(child, code + letters[child], file, defects)); continue; }
                var number = GroupNumber().Match(child.Title) is { Success: true } g ? int.Parse(g.Groups[1].Value, CultureInfo.InvariantCulture) : groupNumber + 1;
                groupNumber = number;
                children.Add(BuildGroup(child, code + number.ToString(CultureInfo.InvariantCulture), file, defects));
            }
            result.Add(Node(part, RubricNodeKind.Part, code, children));
        }
        return result;
    }

    private static TreeNode BuildGroup(Draft group, string code, string file, List<RubricDefect> defects)
    {
        if (group.Alternatives) return MergeAlternatives(group, code, file, defects);
        if (group.HasOptions && group.Children.All(c => c.Level == 3))
            return Node(group, RubricNodeKind.Criterion, code, Options(group.Children, code));
        var letters = Letters(group.Children.Where(c => c.Level == 2).ToList());
        return Node(group, RubricNodeKind.Group, code,
            group.Children.Where(c => c.Level == 2).Select(c => BuildLevel2(c, code + letters[c], file, defects)).ToList());
    }

    private static TreeNode BuildLevel2(Draft node, string code, string file, List<RubricDefect> defects)
    {
        var subs = node.Children.Where(c => c.Level == 2).ToList();
        if (subs.Count == 0) return Node(node, RubricNodeKind.Criterion, code, Options(node.Children, code));
        return Node(node, RubricNodeKind.Group, code,
            subs.Select((s, i) => Node(s, RubricNodeKind.Criterion, code + (i + 1), Options(s.Children, code + (i + 1)))).ToList());
    }

    /// <summary>"Lựa chọn một trong hai trường hợp": the cases' options become the options of one criterion.</summary>
    private static TreeNode MergeAlternatives(Draft group, string code, string file, List<RubricDefect> defects)
    {
        foreach (var case_ in group.Children.Where(c => c.Score != group.Score))
            defects.Add(new RubricDefect(file, case_.Line, case_.Row,
                $"Trường hợp «{RubricChecks.Short(case_.Title)}» có tối đa {case_.Score?.ToString(CultureInfo.InvariantCulture) ?? "?"} điểm, khác điểm tối đa của nhóm."));
        var options = group.Children.SelectMany(c => c.Children.Select(o => (Case: c, Option: o)))
            .Select((x, i) => new TreeNode(RubricNodeKind.Option, $"{code}.{i + 1}", $"{x.Case.Title.TrimEnd(':')} — {x.Option.Title}",
                x.Option.Description, x.Option.Score, x.Option.Stars, [], x.Option.Line, x.Option.Row, x.Option.ScoreText))
            .ToList();
        return Node(group, RubricNodeKind.Criterion, code, options);
    }

    private static List<TreeNode> Options(List<Draft> options, string code) =>
        options.Where(o => o.Level == 3).Select((o, i) => Node(o, RubricNodeKind.Option, $"{code}.{i + 1}", [])).ToList();

    private static TreeNode Node(Draft d, RubricNodeKind kind, string code, IReadOnlyList<TreeNode> children) =>
        new(kind, code, d.Title, d.Description, d.Score, d.Stars, children, d.Line, d.Row, d.ScoreText);

    /// <summary>The code suffix of each criterion: its letter ("a", "đ"), numbered when siblings share it; else its position.</summary>
    private static Dictionary<Draft, string> Letters(List<Draft> criteria)
    {
        var letters = criteria.Select((c, i) => (c, Letter: CriterionLetter().Match(c.Title) is { Success: true } m
            ? m.Groups[1].Value : ((char)('a' + i)).ToString())).ToList();
        var result = new Dictionary<Draft, string>();
        foreach (var same in letters.GroupBy(x => x.Letter))
        {
            var list = same.ToList();
            for (var i = 0; i < list.Count; i++) result[list[i].c] = list.Count == 1 ? same.Key : same.Key + (i + 1);
        }
        return result;
    }

    [GeneratedRegex(@"\s*(?<stars>\*{3,})(?<tail>[^*]*)$", RegexOptions.Singleline)]
    private static partial Regex StarMark();

    [GeneratedRegex(@"^\s*Phần\s+([A-Za-z])\b")] // vi-only: pattern that reads the official sheet
    private static partial Regex PartLetter();

    [GeneratedRegex(@"^\s*(\d+)\s*[\.\)]")]
    private static partial Regex GroupNumber();

    [GeneratedRegex(@"^\s*([a-zđ])\s*[\)\.]")] // vi-only: pattern that reads the official sheet
    private static partial Regex CriterionLetter();
}
