namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// One node of a sheet in memory, free of the database: part → item group → criterion → option.
/// <see cref="Score"/> is the maximum (parts, groups, criteria) or the points (options); null when the
/// source gave none, and then <see cref="ScoreText"/> keeps an unreadable value such as "l".
/// <see cref="Line"/> and <see cref="Row"/> locate the source record (0 when the tree came from the database).
/// </summary>
public sealed record TreeNode(
    RubricNodeKind Kind,
    string Code,
    string Title,
    string? Description,
    decimal? Score,
    int? StarGate,
    IReadOnlyList<TreeNode> Children,
    int Line = 0,
    int Row = 0,
    string? ScoreText = null)
{
    public IEnumerable<TreeNode> Options => Children.Where(c => c.Kind == RubricNodeKind.Option);

    /// <summary>The maximum a criterion or container really offers: its stated maximum, else its best option.</summary>
    public decimal EffectiveMax => Score ?? Options.Select(o => o.Score ?? 0).DefaultIfEmpty(0).Max();

    public IEnumerable<TreeNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var node in child.SelfAndDescendants()) yield return node;
    }
}

/// <summary>The scoring sheet of one product set as a tree (pure data; see <see cref="Scoring"/>).</summary>
public sealed record RubricTree(int SetCode, string Title, IReadOnlyList<TreeNode> Parts)
{
    public IEnumerable<TreeNode> Nodes => Parts.SelectMany(p => p.SelfAndDescendants());

    public IEnumerable<TreeNode> Criteria => Nodes.Where(n => n.Kind == RubricNodeKind.Criterion);

    /// <summary>The highest total the sheet allows: the sum of its criteria maxima (100 for a sound sheet).</summary>
    public decimal MaxTotal => Criteria.Sum(c => c.EffectiveMax);

    /// <summary>Builds the tree of a stored sheet (nodes in any order; siblings ordered by Sort).</summary>
    public static RubricTree From(RubricSheet sheet)
    {
        var byParent = sheet.Nodes.ToLookup(n => n.ParentId);
        IReadOnlyList<TreeNode> Build(int? parentId) => byParent[parentId].OrderBy(n => n.Sort)
            .Select(n => new TreeNode(n.Kind, n.Code, n.Title, n.Description, n.Score, n.StarGate, Build(n.Id)))
            .ToList();
        return new RubricTree(sheet.SetCode, sheet.Title, Build(null));
    }
}
