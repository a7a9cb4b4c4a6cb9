using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// One dossier of the producer: the self-assessment sheet (criteria grouped by part and group, one
/// option and a note per criterion), evidence per criterion (PDF/image) and submission.
/// </summary>
public sealed class SellerDossierModel(CurrentUser me, CertificationQueries queries, DossierCommands commands, RubricQueries rubrics)
    : ProducerPageModel(me)
{
    [BindProperty] public Dictionary<int, int> Choice { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Note { get; set; } = [];
    public DossierDetail Dossier { get; private set; } = null!;
    public IReadOnlyList<SheetSection> Sections { get; private set; } = [];
    public bool Editable => Dossier.Summary.Status is "Draft" or "ReturnedByCommune" or "ReturnedByProvince";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int id, bool submit)
    {
        var items = DossierSheet.Posted(Choice).Select(x => new SelfAssessmentItem(x.Criterion, x.Option, Note.GetValueOrDefault(x.Criterion))).ToList();
        var saved = await commands.SelfAssessAsync(id, items);
        if (!saved.Ok) return await RefusedAsync(id, saved.Error!);
        if (!submit) return Done($"/ban-hang/ho-so/{id}", $"{L["Đã lưu phiếu tự đánh giá"]} ({items.Count} {L["tiêu chí"]}).");
        var sent = await commands.SubmitAsync(id);
        return sent.Ok ? Done("/ban-hang/ho-so", $"{L["Đã nộp hồ sơ"]} {sent.Value!.Number}. {L["Hồ sơ đã được gửi tới UBND xã để sơ bộ."]}")
            : await RefusedAsync(id, sent.Error!);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int id, IFormFile? file, int? criterionId)
    {
        if (file is null) return await RefusedAsync(id, AppError.Validation("file", "Vui lòng chọn tệp minh chứng."));
        await using var stream = file.OpenReadStream();
        var result = await commands.AddEvidenceAsync(id, criterionId, file.FileName, stream);
        return result.Ok ? Done($"/ban-hang/ho-so/{id}#evidence", $"{L["Đã thêm minh chứng"]}: {result.Value!.FileName}") : await RefusedAsync(id, result.Error!);
    }

    private async Task<IActionResult> RefusedAsync(int id, AppError error)
    {
        AddErrors(error, fieldKeys: DossierSheet.FieldKeys(error, ("file", "file"), ("criterionId", "file")));
        return await LoadAsync(id, keepPosted: true) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, bool keepPosted = false)
    {
        var detail = await queries.DossierAsync(id);
        if (!detail.Ok) return false;
        Dossier = detail.Value!;
        Sections = await DossierSheet.SectionsAsync(rubrics, Dossier);
        if (!keepPosted)
        {
            Choice = Dossier.Criteria.Where(c => c.SelfAssessed).ToDictionary(c => c.Id, c => c.SelfOptionId ?? DossierSheet.None);
            Note = Dossier.Criteria.Where(c => c.Note is not null).ToDictionary(c => c.Id, c => c.Note);
        }
        return true;
    }

    public CriterionInput Input(CriterionView c) => new(c, $"Choice[{c.Id}]", Choice.TryGetValue(c.Id, out var o) ? o : null,
        Note.GetValueOrDefault(c.Id), $"Note[{c.Id}]", ErrorFor(c.Id));

    public string? ErrorFor(int criterionId) =>
        ModelState.TryGetValue($"criterion:{criterionId}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
