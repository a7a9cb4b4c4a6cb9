using System.Text.RegularExpressions;

namespace Ocop.Features.Certification;

/// <summary>
/// Where the rubric asks for evidence: an option whose text names a document (a contract, papers, a certificate,
/// a registration, a test result, "minh chứng") is claimed only with a file. The rubric data carries no evidence
/// flag, so the option's own words decide. A file attached to the criterion covers it; a file attached to no
/// criterion covers the whole dossier (the producer's bundle of papers).
/// </summary>
public static partial class EvidenceRule
{
    [GeneratedRegex(@"hợp đồng|hồ sơ|giấy|chứng nhận|chứng chỉ|minh chứng|kiểm nghiệm|văn bản", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)] // vi-only: words of the official sheet
    private static partial Regex NamesADocument();

    public static bool NeedsEvidence(string optionTitle) => NamesADocument().IsMatch(optionTitle);

    /// <summary>The criteria whose self-assessed option needs evidence that the dossier does not have.</summary>
    public static IReadOnlyList<int> Undocumented(SheetTree tree, Dossier dossier)
    {
        if (dossier.Evidence.Any(e => e.CriterionNodeId is null)) return [];
        var covered = dossier.Evidence.Select(e => e.CriterionNodeId).ToHashSet();
        return dossier.Criteria
            .Where(c => c.SelfOptionNodeId is { } o && NeedsEvidence(tree.Node(o).Title) && !covered.Contains(c.CriterionNodeId))
            .Select(c => c.CriterionNodeId).OrderBy(c => c).ToList();
    }
}
