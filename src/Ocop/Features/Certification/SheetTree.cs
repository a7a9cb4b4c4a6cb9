using Ocop.Features.Certification.Rubrics;
using Ocop.Standards.Text;

namespace Ocop.Features.Certification;

/// <summary>
/// A rubric sheet loaded for one dossier: which nodes are criteria, which options belong to which
/// criterion, their points and star gates. Validation of selections and scoring read it.
/// </summary>
public sealed class SheetTree
{
    private readonly Dictionary<int, RubricNode> _nodes;
    private readonly Dictionary<int, List<RubricNode>> _optionsByCriterion;

    private SheetTree(IReadOnlyList<RubricNode> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Id);
        _optionsByCriterion = nodes.Where(n => n.Kind == RubricNodeKind.Criterion)
            .ToDictionary(c => c.Id, c => nodes.Where(o => o.Kind == RubricNodeKind.Option && o.ParentId == c.Id).OrderBy(o => o.Sort).ToList());
        CriterionIds = nodes.Where(n => n.Kind == RubricNodeKind.Criterion).OrderBy(n => n.Sort).Select(n => n.Id).ToList();
    }

    public static async Task<SheetTree> LoadAsync(OcopDb db, int sheetId) =>
        new(await db.Set<RubricNode>().AsNoTracking().Where(n => n.SheetId == sheetId).OrderBy(n => n.Sort).ToListAsync());

    public IReadOnlyList<int> CriterionIds { get; }
    public IReadOnlyList<RubricNode> Nodes => _nodes.Values.OrderBy(n => n.Sort).ToList();
    public RubricNode Node(int id) => _nodes[id];
    public IReadOnlyList<RubricNode> OptionsOf(int criterionId) => _optionsByCriterion.TryGetValue(criterionId, out var o) ? o : [];
    public bool IsCriterion(int id) => _optionsByCriterion.ContainsKey(id);
    public bool IsOptionOf(int optionId, int criterionId) => _optionsByCriterion.TryGetValue(criterionId, out var o) && o.Any(x => x.Id == optionId);
    public string CodeOf(int id) => _nodes.TryGetValue(id, out var n) ? n.Code : id.ToString();
    public decimal Total(IEnumerable<int> optionIds) => optionIds.Sum(id => _nodes[id].Score);

    /// <summary>
    /// The criteria a commune checks before forwarding (Decision 1489/QĐ-TTg, 2025): product origin,
    /// local labour, origin of the product idea and cultural identity / local wisdom of the story.
    /// Recognised by their titles, which every set words the same way.
    /// </summary>
    public bool IsCommuneAssessed(int criterionId)
    {
        if (!IsCriterion(criterionId)) return false;
        var title = VietnameseText.Fold(_nodes[criterionId].Title);
        return title.StartsWith("a nguon goc", StringComparison.Ordinal) || title.Contains("nguon goc san pham") || title.Contains("nguon goc y tuong")
            || title.Contains("lao dong") || title.Contains("ban sac") || title.Contains("tri thuc");
    }
}
