namespace Ocop.Features.Certification.Rubrics;

/// <summary>Reads stored rubric versions and sheets.</summary>
public sealed class RubricQueries(OcopDb db)
{
    public async Task<IReadOnlyList<RubricVersionDto>> VersionsAsync(CancellationToken ct = default)
    {
        var versions = await db.Set<RubricVersion>().AsNoTracking().Include(v => v.Sheets)
            .OrderByDescending(v => v.EffectiveFrom).ThenBy(v => v.Code).ToListAsync(ct);
        return versions.Select(RubricVersionDto.From).ToList();
    }

    /// <summary>A sheet of a version (any status) with its nodes ordered.</summary>
    public async Task<RubricSheet?> SheetAsync(string versionCode, int setCode, CancellationToken ct = default)
    {
        var versionId = await db.Set<RubricVersion>().Where(v => v.Code == versionCode).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        return versionId is null ? null : await LoadAsync(s => s.VersionId == versionId && s.SetCode == setCode, ct);
    }

    /// <summary>The sheet scoring uses for a product set: that of the active version, if the sheet itself is active.</summary>
    public async Task<RubricSheet?> ActiveSheetAsync(int setCode, CancellationToken ct = default)
    {
        var versionId = await db.Set<RubricVersion>().Where(v => v.Status == RubricStatus.Active)
            .OrderByDescending(v => v.EffectiveFrom).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        return versionId is null ? null
            : await LoadAsync(s => s.VersionId == versionId && s.SetCode == setCode && s.Status == RubricStatus.Active, ct);
    }

    /// <summary>The highest total a stored sheet allows (pure): the sum of its criteria maxima.</summary>
    public static decimal MaxTotal(RubricSheet sheet) => RubricTree.From(sheet).MaxTotal;

    private async Task<RubricSheet?> LoadAsync(System.Linq.Expressions.Expression<Func<RubricSheet, bool>> where, CancellationToken ct) =>
        await db.Set<RubricSheet>().AsNoTracking().Include(s => s.Nodes.OrderBy(n => n.Sort)).Where(where).FirstOrDefaultAsync(ct);
}
