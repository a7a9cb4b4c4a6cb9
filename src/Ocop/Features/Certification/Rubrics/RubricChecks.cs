using System.Globalization;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// The consistency rules every sheet must pass before it can be used for scoring (pure, no I/O):
/// every criterion has a maximum and options; the best option gives exactly the maximum and none
/// exceeds it; a group's or part's maximum is the sum of its children's; parts have the totals of
/// the decision; the criteria maxima add up to 100; star gates are 3, 4 or 5 on criteria or options.
/// </summary>
public static class RubricChecks
{
    public static IReadOnlyList<RubricDefect> Check(RubricTree tree, string file, RubricExpectations expect)
    {
        var defects = new List<RubricDefect>();
        foreach (var part in tree.Parts)
        {
            CheckNode(part, file, defects);
            if (part.Score is { } max && expect.PartTotals.TryGetValue(part.Code, out var wanted) && max != wanted)
                defects.Add(RubricDefect.At(file, part, $"Phần {part.Code} phải có tối đa {N(wanted)} điểm theo {expect.Basis}, bảng ghi {N(max)} điểm."));
        }
        foreach (var missing in expect.PartTotals.Keys.Where(k => tree.Parts.All(p => p.Code != k)))
            defects.Add(RubricDefect.At(file, null, $"Thiếu phần {missing}."));
        var total = tree.MaxTotal;
        if (total != expect.Total)
            defects.Add(RubricDefect.At(file, null, $"Tổng điểm tối đa của các tiêu chí là {N(total)}, phải là {N(expect.Total)}."));
        return defects.OrderBy(d => d.Line).ToList();
    }

    private static void CheckNode(TreeNode node, string file, List<RubricDefect> defects)
    {
        var name = $"{KindName(node.Kind)} {node.Code} «{Short(node.Title)}»";
        if (node.StarGate is { } gate && (gate is < 3 or > 5))
            defects.Add(RubricDefect.At(file, node, $"{name}: mức sao {gate} không hợp lệ (chỉ 3, 4 hoặc 5)."));
        if (node.Score is null)
            defects.Add(RubricDefect.At(file, node, node.ScoreText is { Length: > 0 } text
                ? $"{name}: điểm «{text}» không phải là số."
                : node.Kind == RubricNodeKind.Option ? $"{name}: phương án không có điểm." : $"{name}: không có điểm tối đa."));
        switch (node.Kind)
        {
            case RubricNodeKind.Option:
                return;
            case RubricNodeKind.Criterion:
                CheckCriterion(node, name, file, defects);
                return;
            default:
                if (node.StarGate is not null)
                    defects.Add(RubricDefect.At(file, node, $"{name}: mức sao chỉ ghi cho tiêu chí hoặc phương án."));
                if (node.Children.Count == 0)
                    defects.Add(RubricDefect.At(file, node, $"{name}: không có tiêu chí nào."));
                else if (node.Score is { } max && node.Children.Sum(c => c.EffectiveMax) is var sum && sum != max)
                    defects.Add(RubricDefect.At(file, node, $"{name}: tối đa {N(max)} điểm nhưng các mục con cộng lại {N(sum)} điểm."));
                foreach (var child in node.Children) CheckNode(child, file, defects);
                return;
        }
    }

    private static void CheckCriterion(TreeNode criterion, string name, string file, List<RubricDefect> defects)
    {
        var options = criterion.Options.ToList();
        if (options.Count == 0)
        {
            defects.Add(RubricDefect.At(file, criterion, $"{name}: không có phương án nào."));
            return;
        }
        foreach (var option in options) CheckNode(option, file, defects);
        if (criterion.Score is not { } max) return;
        var over = options.Where(o => o.Score > max).ToList();
        foreach (var option in over)
            defects.Add(RubricDefect.At(file, option, $"Phương án {option.Code} «{Short(option.Title)}» được {N(option.Score!.Value)} điểm, vượt điểm tối đa {N(max)} của tiêu chí {criterion.Code}."));
        var best = options.Max(o => o.Score ?? 0);
        if (over.Count == 0 && best != max)
            defects.Add(RubricDefect.At(file, criterion, $"{name}: điểm tối đa {N(max)} nhưng phương án cao nhất chỉ được {N(best)} điểm."));
    }

    private static string KindName(RubricNodeKind kind) => kind switch
    {
        RubricNodeKind.Part => "Phần",
        RubricNodeKind.Group => "Nhóm",
        RubricNodeKind.Criterion => "Tiêu chí",
        _ => "Phương án",
    };

    internal static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Short(string title)
    {
        var first = title.Split('\n')[0].Trim();
        return first.Length <= 60 ? first : first[..57] + "…";
    }
}
