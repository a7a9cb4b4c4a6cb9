using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// Recognition decisions: the province records a decision (number, date, signer) for its scored
/// 3★/4★ dossiers, which issues their certificates; the central office does so for 5★. Lists the
/// decisions recorded.
/// </summary>
public sealed class DecisionsModel(CurrentUser me, CertificationQueries queries, BackOfficeQueries board, CertificateCommands certificates,
    TimeProvider clock) : OfficerPageModel(me)
{
    public sealed class NewDecision
    {
        public string? Number { get; set; }
        public string? Date { get; set; }
        public string? Signer { get; set; }
        public List<int> DossierIds { get; set; } = [];
    }

    [BindProperty] public NewDecision Input { get; set; } = new();
    public List<DossierSummary> Awaiting { get; private set; } = [];
    public List<DecisionRow> Decisions { get; private set; } = [];
    public bool Central => Me.IsNational;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Central && !Me.IsInRole(Roles.Province)) return Forbid();
        Input.Date ??= Ui.IsoDate(VietnamTime.Today(clock));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new DecisionRequest(Input.Number, Ui.ParseIsoDate(Input.Date), Input.Signer, Input.DossierIds);
        var result = Central
            ? await certificates.RecordDecisionAsync(RecognitionLevel.Central, null, request)
            : await certificates.RecordDecisionAsync(RecognitionLevel.Province, Me.ProvinceCode, request);
        if (result.Ok)
            return Done("/quan-ly/chung-nhan", $"{L["Đã ghi quyết định và cấp giấy chứng nhận"]}: {string.Join(", ", result.Value!.Select(c => c.Number))}");
        AddErrors(result.Error!);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var waiting = Central ? "ForwardedToCentral" : "Scored";
        Awaiting = (await queries.QueueAsync()).Where(d => d.Status == waiting).ToList();
        Decisions = await board.DecisionsAsync();
    }
}
