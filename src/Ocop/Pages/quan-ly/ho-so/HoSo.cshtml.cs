using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// A dossier as an officer sees it, with the actions of the officer's step: the commune confirms or
/// corrects its criteria and forwards or returns; the province accepts (assigning a council) or
/// returns; the central office assigns a potential-5★ dossier to a central council.
/// </summary>
public sealed class OfficerDossierModel(CurrentUser me, CertificationQueries queries, BackOfficeQueries board, DossierCommands commands,
    CouncilCommands councils) : OfficerPageModel(me)
{
    [BindProperty] public Dictionary<int, int> Choice { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Note { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? CouncilId { get; set; }
    public DossierDetail Dossier { get; private set; } = null!;
    public List<Council> Councils { get; private set; } = [];

    public string Status => Dossier.Summary.Status;
    public bool CommuneStep => Me.IsInRole(Roles.Commune) && Me.CommuneCode == Dossier.Summary.CommuneCode && Status == "Submitted";
    public bool ProvinceStep => Me.IsInRole(Roles.Province) && Me.ProvinceCode == Dossier.Summary.ProvinceCode && Status == "Forwarded";
    public bool CentralStep => Me.IsNational && Status == "ForwardedToCentral" && !AssignedCentral;
    public bool AssignedCentral { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommuneAsync(int id, bool forward)
    {
        var items = DossierSheet.Posted(Choice).Select(x => new CommuneCheckItem(x.Criterion, x.Option, Note.GetValueOrDefault(x.Criterion))).ToList();
        var checkedResult = await commands.CommuneCheckAsync(id, items);
        if (!checkedResult.Ok) return await RefusedAsync(id, checkedResult.Error!);
        if (!forward) return Done($"/quan-ly/ho-so/{id}", "Đã lưu kết quả sơ bộ của xã.");
        var forwarded = await commands.ForwardAsync(id);
        return forwarded.Ok ? Done("/quan-ly/ho-so", $"{L["Đã chuyển hồ sơ lên tỉnh"]}: {forwarded.Value!.Number}") : await RefusedAsync(id, forwarded.Error!);
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        var result = await commands.ReturnAsync(id, Reason);
        return result.Ok ? Done("/quan-ly/ho-so", $"{L["Đã trả hồ sơ cho chủ thể"]}: {result.Value!.Number}") : await RefusedAsync(id, result.Error!);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id)
    {
        var result = await commands.AcceptAsync(id, CouncilId);
        return result.Ok ? Done("/quan-ly/ho-so", $"{L["Đã tiếp nhận và giao hội đồng"]}: {result.Value!.Number}") : await RefusedAsync(id, result.Error!);
    }

    public async Task<IActionResult> OnPostAssignCentralAsync(int id)
    {
        var result = await councils.AssignCentralAsync(id, CouncilId);
        return result.Ok ? Done($"/quan-ly/ho-so/{id}", "Đã giao hồ sơ cho hội đồng Trung ương.") : await RefusedAsync(id, result.Error!);
    }

    private async Task<IActionResult> RefusedAsync(int id, AppError error)
    {
        AddErrors(error, fieldKeys: DossierSheet.FieldKeys(error, ("reason", "Reason"), ("councilId", "CouncilId")));
        return await LoadAsync(id, keepPosted: true) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, bool keepPosted = false)
    {
        var detail = await queries.DossierAsync(id);
        if (!detail.Ok) return false;
        Dossier = detail.Value!;
        Councils = await board.OpenCouncilsForAsync(id);
        AssignedCentral = await board.HasCentralCouncilAsync(id);
        if (!keepPosted)
            // The commune's own choice, else the producer's; "none applies" chosen by the producer is preselected too,
            // so confirming the sheet checks every criterion the commune assesses.
            Choice = Dossier.Criteria.Where(c => c.CommuneAssessed && ((c.CommuneOptionId ?? c.SelfOptionId) is not null || c.SelfAssessed))
                .ToDictionary(c => c.Id, c => c.CommuneOptionId ?? c.SelfOptionId ?? DossierSheet.None);
        return true;
    }

    public CriterionInput Input(CriterionView c) => new(c, $"Choice[{c.Id}]", Choice.TryGetValue(c.Id, out var o) ? o : null,
        Note.GetValueOrDefault(c.Id) ?? c.CommuneNote, $"Note[{c.Id}]",
        ModelState.TryGetValue($"criterion:{c.Id}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null);
}
