using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;

namespace Ocop.Pages;

/// <summary>Criteria of a dossier laid out as on the paper sheet: part → group → criteria.</summary>
public sealed record SheetSection(string Part, string Group, IReadOnlyList<CriterionView> Criteria);

/// <summary>
/// One criterion as a row of radio buttons: <paramref name="Name"/> is the form field
/// (<c>Choice[criterionId]</c>), <paramref name="Selected"/> the option id checked (0: none applies).
/// </summary>
public sealed record CriterionInput(CriterionView Criterion, string Name, int? Selected, string? Note, string? NoteName, string? Error);

/// <summary>View helpers for rubric sheets on the certification pages.</summary>
public static class DossierSheet
{
    /// <summary>The value a "none of the options applies" radio posts; stored as a null option (0 points).</summary>
    public const int None = 0;

    public static async Task<IReadOnlyList<SheetSection>> SectionsAsync(RubricQueries rubrics, DossierDetail d)
    {
        var sheet = await rubrics.SheetAsync(d.RubricVersion, d.Summary.SetCode);
        if (sheet is null) return [new SheetSection("", "", d.Criteria)];
        var byCode = d.Criteria.ToDictionary(c => c.Code);
        var sections = new List<SheetSection>();
        foreach (var part in RubricTree.From(sheet).Parts)
            foreach (var child in part.Children)
            {
                var criteria = child.SelfAndDescendants().Where(n => n.Kind == RubricNodeKind.Criterion && byCode.ContainsKey(n.Code))
                    .Select(n => byCode[n.Code]).ToList();
                if (criteria.Count > 0)
                    sections.Add(new SheetSection(OneLine(part.Title), child.Kind == RubricNodeKind.Group ? OneLine(child.Title) : "", criteria));
            }
        return sections;
    }

    /// <summary>"None applies" is offered where the sheet has no 0-point option for the criterion.</summary>
    public static bool AllowsNone(CriterionView c) => c.Options.All(o => o.Points > 0);

    public static string Points(decimal points) => Formats.Number(points);

    public static string OneLine(string text) => text.Replace("\n", " – ");

    /// <summary>The title of an option id in a criterion, for read-only views ("—" when not chosen).</summary>
    public static string OptionText(CriterionView c, int? optionId, bool chosen) =>
        !chosen ? "—" : optionId is null ? "0 – không đạt phương án nào" : c.Options.FirstOrDefault(o => o.Id == optionId) is { } o ? $"{Points(o.Points)} – {o.Title}" : "?";

    /// <summary>
    /// Where a use case's field errors go on a sheet page: per-criterion errors (<c>criterion:12</c>) beside
    /// their criterion, the named ones to the given keys, everything else at the top of the form.
    /// </summary>
    public static Dictionary<string, string> FieldKeys(AppError error, params (string Field, string Key)[] named)
    {
        var keys = named.ToDictionary(n => n.Field, n => n.Key);
        foreach (var field in error.Fields?.Keys ?? [])
            if (!keys.ContainsKey(field)) keys[field] = field.StartsWith("criterion:", StringComparison.Ordinal) ? field : "";
        return keys;
    }

    /// <summary>Posted radio values to items: 0 means none applies (null option); criteria left blank are not sent.</summary>
    public static List<(int Criterion, int? Option)> Posted(IDictionary<int, int> choices) =>
        choices.Select(kv => (kv.Key, kv.Value == None ? (int?)null : kv.Value)).ToList();
}
