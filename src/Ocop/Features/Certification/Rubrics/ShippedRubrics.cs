using System.Text;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// The rubric shipped with the platform: the project's encoding of Decision 148/QĐ-TTg, Annex III, in
/// <c>Data/Reference/rubrics/qd148-2023</c> (produced by <see cref="RubricEncoding.WriteFolder"/> from the
/// reference transcription and its documented <c>corrections.tsv</c>).
/// </summary>
public static class ShippedRubrics
{
    public const string ResourcePrefix = "Ocop.Data.Reference.rubrics.qd148_2023.";

    public sealed record Shipped(RubricVersionInfo Info, IReadOnlyList<EditionSheet> Sheets);

    public static Shipped Load()
    {
        var assembly = typeof(ShippedRubrics).Assembly;
        string Text(string name)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"Missing embedded resource {ResourcePrefix}{name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        var info = RubricEncoding.ReadVersion(new StringReader(Text(RubricEncoding.VersionFile)));
        var sheets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "set-", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => RubricEncoding.ReadSheet(new StringReader(Text(n[ResourcePrefix.Length..]))))
            .ToList();
        return new Shipped(info, sheets);
    }

    /// <summary>Whether a shipped sheet may be used for scoring: no defect recorded and none found again.</summary>
    public static bool IsSound(EditionSheet sheet, RubricExpectations expect) =>
        sheet.Defects.Count == 0 && RubricChecks.Check(sheet.Tree, sheet.Source, expect).Count == 0;

    /// <summary>
    /// When no rubric version exists, stores the shipped one as the active version "QD148-2023".
    /// Sheets with unresolved defects (sets 11, 12, 13: criteria add up to 97/97/98) are stored as
    /// Draft, so scoring cannot use them until a corrected version is imported and activated.
    /// </summary>
    public static async Task<bool> EnsureAsync(OcopDb db, TimeProvider? clock = null, CancellationToken ct = default)
    {
        if (await db.Set<RubricVersion>().AnyAsync(ct)) return false;
        var shipped = Load();
        var sheets = shipped.Sheets
            .Select(s => (s, IsSound(s, shipped.Info.Expect) ? RubricStatus.Active : RubricStatus.Draft)).ToList();
        await RubricStore.AddAsync(db, shipped.Info, RubricStatus.Active, sheets, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, ct);
        return true;
    }
}
