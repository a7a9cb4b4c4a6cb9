namespace Ocop.Features.Certification;

public sealed record EvaluationResult(decimal Average, int BandStars, int Stars, bool GateCapped);

/// <summary>
/// Star ranking of Decision 148: the average of the members' totals gives the band
/// (&lt;30 1★, 30–&lt;50 2★, 50–&lt;70 3★, 70–&lt;90 4★, 90–100 5★); a level of 3★ or more also needs
/// every star-gated option of that level and below to be met. A gate is judged on the council's
/// consensus for the criterion: the median of the members' points (the lower middle value for an
/// even count), and it is met when that reaches the gated option's points.
/// </summary>
public static class StarRules
{
    public static int Band(decimal average) => average switch
    {
        < 30 => 1,
        < 50 => 2,
        < 70 => 3,
        < 90 => 4,
        _ => 5,
    };

    /// <param name="tree">The sheet.</param>
    /// <param name="memberSheets">Each member's points per criterion id.</param>
    public static EvaluationResult Evaluate(SheetTree tree, IReadOnlyList<IReadOnlyDictionary<int, decimal>> memberSheets)
    {
        if (memberSheets.Count == 0) throw new ArgumentException("At least one member sheet is needed.", nameof(memberSheets));
        var average = Math.Round(memberSheets.Average(s => s.Values.Sum()), 2, MidpointRounding.AwayFromZero);
        var band = Band(average);
        var consensus = tree.CriterionIds.ToDictionary(c => c, c => LowerMedian(memberSheets.Select(s => s.GetValueOrDefault(c)).ToList()));
        var stars = band;
        while (stars >= 3 && !GatesMet(tree, consensus, stars)) stars--;
        return new EvaluationResult(average, band, stars, stars < band);
    }

    public static bool GatesMet(SheetTree tree, IReadOnlyDictionary<int, decimal> consensus, int level)
    {
        foreach (var criterion in tree.CriterionIds)
            foreach (var gated in tree.OptionsOf(criterion).Where(o => o.StarGate is { } g && g <= level))
                if (consensus.GetValueOrDefault(criterion) < gated.Score) return false;
        return true;
    }

    private static decimal LowerMedian(List<decimal> values)
    {
        values.Sort();
        return values[(values.Count - 1) / 2];
    }
}
