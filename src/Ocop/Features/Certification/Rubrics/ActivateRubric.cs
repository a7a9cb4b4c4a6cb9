using Ocop.Features.Catalog;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// Makes a version the one used for scoring. Refused when a product set has no sheet or a sheet has a
/// defect (re-checked on the stored tree, and any defect recorded as unresolved at import). The
/// previously active version is retired; its sheets stay readable for the evaluations that used them.
/// </summary>
public sealed class ActivateRubric(OcopDb db)
{
    public async Task<RubricOutcome> RunAsync(string code, CancellationToken ct = default)
    {
        var version = await db.Set<RubricVersion>().Include(v => v.Sheets).ThenInclude(s => s.Nodes)
            .AsSplitQuery().FirstOrDefaultAsync(v => v.Code == code, ct);
        if (version is null) return RubricOutcome.Failure(AppError.NotFound($"Không có phiên bản bộ tiêu chí {code}."));

        var defects = new List<RubricDefect>();
        foreach (var set in ProductSets.All.Select(s => s.Code).Where(set => version.Sheets.All(s => s.SetCode != set)))
            defects.Add(new RubricDefect(RubricEdition.SetFileName(set), 0, 0, $"Thiếu phiếu của bộ sản phẩm {set}."));
        foreach (var sheet in version.Sheets.OrderBy(s => s.SetCode))
        {
            var file = sheet.Source ?? RubricEdition.SetFileName(sheet.SetCode);
            defects.AddRange(RubricChecks.Check(RubricTree.From(sheet), file, RubricExpectations.Consistency));
            if (sheet.Corrections?.Split('\n').FirstOrDefault(l => l.StartsWith(RubricStore.UnresolvedMarker, StringComparison.Ordinal)) is { } unresolved)
                defects.Add(new RubricDefect(file, 0, 0, unresolved));
        }
        if (defects.Count > 0) return RubricOutcome.Refused($"Không thể kích hoạt phiên bản {code}", defects);

        foreach (var other in await db.Set<RubricVersion>().Include(v => v.Sheets)
                     .Where(v => v.Status == RubricStatus.Active && v.Id != version.Id).ToListAsync(ct))
        {
            other.Status = RubricStatus.Retired;
            foreach (var sheet in other.Sheets) sheet.Status = RubricStatus.Retired;
        }
        version.Status = RubricStatus.Active;
        foreach (var sheet in version.Sheets) sheet.Status = RubricStatus.Active;
        await db.SaveChangesAsync(ct);
        return RubricOutcome.Success(version);
    }
}
