namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// Scoring rules of Decision 148/QĐ-TTg as pure functions (no I/O).
/// <para>Bands of the average total: &lt; 30 → 1★, 30 to &lt; 50 → 2★, 50 to &lt; 70 → 3★, 70 to &lt; 90 → 4★, 90–100 → 5★.</para>
/// <para>Star gates: an option marked ***, **** or ***** is the minimum required for 3★, 4★ or 5★ on its
/// criterion; a marked criterion needs any of its options. Level S (3, 4, 5) is reachable only if every
/// gate at a level ≤ S is met; the stars are the band capped by the highest reachable level.</para>
/// <para>Several members: a gate counts as met when a strict majority of the members' sheets meet it
/// (chose an option worth at least the gated option's points). Equivalently, the lower median of the
/// members' points on that criterion reaches the gate; a tie does not meet it, so a divided council
/// never lifts a product above what most of its members saw. One sheet (a consensus) decides alone.</para>
/// </summary>
public static class Scoring
{
    /// <summary>Every problem of a selection: unknown criterion, option of another criterion, criterion scored twice, criteria missing.</summary>
    public static AppError? Validate(RubricTree sheet, IReadOnlyList<CriterionChoice> selection)
    {
        var v = new Validation();
        var criteria = sheet.Criteria.ToDictionary(c => c.Code);
        foreach (var twice in selection.GroupBy(c => c.Criterion).Where(g => g.Count() > 1))
            v.Add(twice.Key, $"Tiêu chí {twice.Key} được chấm {twice.Count()} lần.");
        foreach (var choice in selection)
        {
            if (!criteria.TryGetValue(choice.Criterion, out var criterion))
                v.Add(choice.Criterion, $"Phiếu bộ {sheet.SetCode} không có tiêu chí {choice.Criterion}.");
            else if (choice.Option is not null && criterion.Options.All(o => o.Code != choice.Option))
                v.Add(choice.Criterion, $"Phương án {choice.Option} không thuộc tiêu chí {choice.Criterion}.");
        }
        var chosen = selection.Select(c => c.Criterion).ToHashSet();
        foreach (var missing in criteria.Keys.Where(k => !chosen.Contains(k)))
            v.Add(missing, $"Chưa chấm tiêu chí {missing}.");
        return v.HasErrors ? v.ToError() : null;
    }

    /// <summary>The total of one valid selection: the sum of the chosen options' points.</summary>
    public static Result<decimal> Total(RubricTree sheet, IReadOnlyList<CriterionChoice> selection)
    {
        if (Validate(sheet, selection) is { } error) return error;
        var points = OptionPoints(sheet);
        return selection.Sum(c => c.Option is null ? 0 : points[c.Option]);
    }

    /// <summary>The band of an average total in [0, 100].</summary>
    public static int BandStars(decimal averageTotal) => averageTotal switch
    {
        < 0 or > 100 => throw new ArgumentOutOfRangeException(nameof(averageTotal), averageTotal, "A total is between 0 and 100."),
        < 30 => 1,
        < 50 => 2,
        < 70 => 3,
        < 90 => 4,
        _ => 5,
    };

    /// <summary>The star gates of a sheet, lowest level first.</summary>
    public static IReadOnlyList<StarGateRule> Gates(RubricTree sheet) => sheet.Criteria.SelectMany(c =>
        c.Options.Where(o => o.StarGate is not null).Select(o => new StarGateRule(o.StarGate!.Value, c.Code, o.Code, o.Score ?? 0))
            .Concat(c.StarGate is { } g ? [new StarGateRule(g, c.Code, null, c.Options.Select(o => o.Score ?? 0).DefaultIfEmpty(0).Min())] : []))
        .OrderBy(g => g.Stars).ThenBy(g => g.Criterion, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Stars for an average total given the selections of each member (or one consensus selection):
    /// the band, capped by the star gates judged by strict majority (see the class summary).
    /// </summary>
    public static Result<StarOutcome> StarsFor(RubricTree sheet, decimal averageTotal, IReadOnlyList<IReadOnlyList<CriterionChoice>> selections)
    {
        if (selections.Count == 0) return AppError.Validation("selections", "Cần ít nhất một phiếu chấm.");
        if (averageTotal is < 0 or > 100) return AppError.Validation("averageTotal", "Điểm trung bình phải từ 0 đến 100.");
        foreach (var selection in selections)
            if (Validate(sheet, selection) is { } error) return error;
        var points = OptionPoints(sheet);
        var unmet = Gates(sheet).Where(gate =>
        {
            var meeting = selections.Count(s => s.Single(c => c.Criterion == gate.Criterion).Option is { } o && points[o] >= gate.Threshold);
            return meeting * 2 <= selections.Count;
        }).ToList();
        var cap = unmet.Count == 0 ? 5 : unmet.Min(g => g.Stars) - 1;
        var band = BandStars(averageTotal);
        return new StarOutcome(Math.Min(band, cap), band, cap, unmet);
    }

    private static Dictionary<string, decimal> OptionPoints(RubricTree sheet) =>
        sheet.Criteria.SelectMany(c => c.Options).ToDictionary(o => o.Code, o => o.Score ?? 0);
}
