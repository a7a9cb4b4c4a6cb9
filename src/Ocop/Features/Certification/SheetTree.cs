using Ocop.Features.Certification.Rubrics;
using Ocop.Standards.Text;

namespace Ocop.Features.Certification;

/// <summary>
/// A stored rubric sheet loaded for one dossier: node ids (what the database and the API speak)
/// beside the pure <see cref="RubricTree"/> that <see cref="Scoring"/> judges (node codes).
/// </summary>
public sealed class SheetTree
{
    private readonly Dictionary<int, RubricNode> _nodes;
    private readonly Dictionary<int, List<RubricNode>> _optionsByCriterion;

    private SheetTree(RubricSheet sheet)
    {
        _nodes = sheet.Nodes.ToDictionary(n => n.Id);
        var criteria = sheet.Nodes.Where(n => n.Kind == RubricNodeKind.Criterion).OrderBy(n => n.Sort).ToList();
        _optionsByCriterion = criteria.ToDictionary(c => c.Id,
            c => sheet.Nodes.Where(o => o.Kind == RubricNodeKind.Option && o.ParentId == c.Id).OrderBy(o => o.Sort).ToList());
        CriterionIds = criteria.Select(c => c.Id).ToList();
        Tree = RubricTree.From(sheet);
    }

    public static async Task<SheetTree> LoadAsync(OcopDb db, int sheetId) =>
        new(await db.Set<RubricSheet>().AsNoTracking().Include(s => s.Nodes).FirstAsync(s => s.Id == sheetId));

    public RubricTree Tree { get; }
    public IReadOnlyList<int> CriterionIds { get; }
    public RubricNode Node(int id) => _nodes[id];
    public IReadOnlyList<RubricNode> OptionsOf(int criterionId) => _optionsByCriterion.TryGetValue(criterionId, out var o) ? o : [];
    public bool IsCriterion(int id) => _optionsByCriterion.ContainsKey(id);
    public bool IsOptionOf(int optionId, int criterionId) => _optionsByCriterion.TryGetValue(criterionId, out var o) && o.Any(x => x.Id == optionId);
    public string CodeOf(int id) => _nodes.TryGetValue(id, out var n) ? n.Code : id.ToString();
    public decimal Points(int? optionId) => optionId is { } id ? _nodes[id].Score : 0;

    /// <summary>A selection by node ids as the pure rules see it (codes); a null option means "none applies".</summary>
    public IReadOnlyList<CriterionChoice> Choices(IEnumerable<(int Criterion, int? Option)> selection) =>
        selection.Select(s => new CriterionChoice(CodeOf(s.Criterion), s.Option is { } o ? CodeOf(o) : null)).ToList();

    /// <summary>
    /// The criteria a commune checks before forwarding (Decision 1489/QĐ-TTg, 2025): product origin,
    /// local labour, origin of the product idea and cultural identity / local wisdom of the story.
    /// Recognised by their titles, which every set words the same way.
    /// </summary>
    public bool IsCommuneAssessed(int criterionId)
    {
        if (!IsCriterion(criterionId)) return false;
        var title = VietnameseText.Fold(_nodes[criterionId].Title);
        return title.Contains("nguon goc san pham") || title.Contains("nguon goc y tuong") || title.StartsWith("nguon goc", StringComparison.Ordinal)
            || title.Contains("lao dong") || title.Contains("ban sac") || title.Contains("tri thuc");
    }
}
