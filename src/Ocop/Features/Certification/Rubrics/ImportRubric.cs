using System.Text.RegularExpressions;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>A rubric version to import: its identity and its files in the reference layout (name → text).</summary>
/// <param name="Parts">Part totals such as "A=40,B=25,C=35"; null means those of Decision 148/QĐ-TTg.</param>
public sealed record ImportRubricRequest(string Code, string Title, string LegalBasis, DateOnly EffectiveFrom, string? Parts,
    IReadOnlyDictionary<string, string> Files);

/// <summary>
/// Imports a rubric version from files in the reference layout (<c>sets.csv</c>, <c>set-NN.csv</c>,
/// optionally <c>corrections.tsv</c>). Any defect in any file refuses the whole import and nothing is
/// written; otherwise a new version is stored as Draft with all its sheets (see <see cref="ActivateRubric"/>).
/// </summary>
public sealed partial class ImportRubric(OcopDb db, TimeProvider clock)
{
    public async Task<RubricOutcome> RunAsync(ImportRubricRequest request, CancellationToken ct = default)
    {
        var v = new Validation();
        v.Require(CodePattern().IsMatch(request.Code), "code", "Mã phiên bản gồm 2–40 chữ, số hoặc dấu gạch ngang, ví dụ QD148-2023.");
        v.Require(!string.IsNullOrWhiteSpace(request.Title) && request.Title.Length <= 300, "title", "Tên phiên bản bắt buộc, tối đa 300 ký tự.");
        v.Require(!string.IsNullOrWhiteSpace(request.LegalBasis) && request.LegalBasis.Length <= 300, "legalBasis", "Căn cứ pháp lý bắt buộc, tối đa 300 ký tự.");
        var expect = request.Parts is null ? RubricExpectations.Qd148 : RubricExpectations.Parse(request.Parts, request.LegalBasis);
        v.Require(expect is not null, "parts", "Điểm các phần phải có dạng A=40,B=25,C=35 và cộng lại 100.");
        v.Require(request.Files.Count > 0, "files", "Chưa có tệp nào.");
        if (v.HasErrors) return RubricOutcome.Failure(v.ToError());
        if (await db.Set<RubricVersion>().AnyAsync(x => x.Code == request.Code, ct))
            return RubricOutcome.Failure(AppError.Conflict($"Phiên bản {request.Code} đã có."));

        var edition = RubricEdition.Read(request.Files, expect!);
        var defects = edition.Defects.ToList();
        if (defects.Count > 0) return RubricOutcome.Refused("Bộ tiêu chí có lỗi, chưa ghi gì", defects);

        var info = new RubricVersionInfo(request.Code, request.Title.Trim(), request.LegalBasis.Trim(), request.EffectiveFrom, expect!);
        var version = await RubricStore.AddAsync(db, info, RubricStatus.Draft,
            edition.Sheets.Select(s => (s, RubricStatus.Draft)).ToList(), clock.GetUtcNow().UtcDateTime, ct);
        return RubricOutcome.Success(version);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-]{1,39}$")]
    private static partial Regex CodePattern();
}
