using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// A member's score sheet for one dossier (tablet-friendly: one criterion per row, large targets, a
/// sticky running total), submitted once; afterwards the comparison with the other members' choices,
/// large differences flagged.
/// </summary>
[Authorize(Roles = Roles.Council)]
public sealed class ScoreSheetModel(CertificationQueries queries, CouncilCommands councils, RubricQueries rubrics) : OcopPageModel
{
    [BindProperty] public Dictionary<int, int> Choice { get; set; } = [];
    public DossierDetail Dossier { get; private set; } = null!;
    public IReadOnlyList<SheetSection> Sections { get; private set; } = [];
    public bool CanScore => !Dossier.ScoredByMe && Dossier.Summary.Status is "Accepted" or "ForwardedToCentral";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var items = DossierSheet.Posted(Choice).Select(x => new ScoreItem(x.Criterion, x.Option)).ToList();
        var result = await councils.ScoreAsync(id, new ScoreRequest(items));
        if (result.Ok) return Done($"/hoi-dong/{id}", $"{L["Đã nộp phiếu chấm"]}: {DossierSheet.Points(result.Value!.Total)} {L["điểm"]}.");
        AddErrors(result.Error!, fieldKeys: DossierSheet.FieldKeys(result.Error!));
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var detail = await queries.DossierAsync(id);
        if (!detail.Ok) return false;
        Dossier = detail.Value!;
        Sections = await DossierSheet.SectionsAsync(rubrics, Dossier);
        return true;
    }

    public CriterionInput Input(CriterionView c) => new(c, $"Choice[{c.Id}]", Choice.TryGetValue(c.Id, out var o) ? o : null, null, null,
        ModelState.TryGetValue($"criterion:{c.Id}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null);
}
