namespace Ocop.Features.Certification.Rubrics;

/// <summary>Writes a rubric version with its sheets and node trees (used by the importer and the shipped loader).</summary>
internal static class RubricStore
{
    /// <summary>Begins the line of <see cref="RubricSheet.Corrections"/> that lists defects left unresolved.</summary>
    public const string UnresolvedMarker = "Chưa giải quyết:";

    public static async Task<RubricVersion> AddAsync(OcopDb db, RubricVersionInfo info, RubricStatus status,
        IReadOnlyList<(EditionSheet Sheet, RubricStatus Status)> sheets, DateTime now, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var version = new RubricVersion
        {
            Code = info.Code, Title = info.Title, LegalBasis = info.LegalBasis, EffectiveFrom = info.EffectiveFrom,
            Status = status, CreatedAt = now,
            Sheets = sheets.Select(s => new RubricSheet
            {
                SetCode = s.Sheet.SetCode, Title = s.Sheet.Title, Status = s.Status, Source = s.Sheet.Source,
                Corrections = Describe(s.Sheet), ImportedAt = now,
            }).ToList(),
        };
        db.Add(version);
        await db.SaveChangesAsync(ct);

        // The node entity has no parent navigation, so a level is saved before its children get their ParentId.
        var sort = new Dictionary<TreeNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var (sheet, _) in sheets)
            foreach (var (node, i) in sheet.Tree.Nodes.Select((n, i) => (n, i))) sort[node] = i;
        var level = sheets.SelectMany((s, i) => s.Sheet.Tree.Parts.Select(p => (Sheet: version.Sheets[i], Parent: (RubricNode?)null, Node: p))).ToList();
        while (level.Count > 0)
        {
            var saved = level.Select(x => (x.Sheet, x.Node, Entity: new RubricNode
            {
                SheetId = x.Sheet.Id, ParentId = x.Parent?.Id, Kind = x.Node.Kind, Code = x.Node.Code, Title = x.Node.Title,
                Description = x.Node.Description, Score = x.Node.Score ?? 0, StarGate = x.Node.StarGate, Sort = sort[x.Node],
            })).ToList();
            db.AddRange(saved.Select(s => s.Entity));
            await db.SaveChangesAsync(ct);
            level = saved.SelectMany(s => s.Node.Children.Select(c => (s.Sheet, (RubricNode?)s.Entity, c))).ToList();
        }
        if (tx is not null) await tx.CommitAsync(ct);
        return version;
    }

    private static string? Describe(EditionSheet sheet)
    {
        var lines = sheet.Corrections.ToList();
        if (sheet.Defects.Count > 0) lines.Add(UnresolvedMarker + " " + string.Join(" | ", sheet.Defects.Select(d => d.ToString())));
        if (lines.Count == 0) return null;
        var text = string.Join("\n", lines);
        return text.Length <= 8000 ? text : text[..7999] + "…";
    }
}
