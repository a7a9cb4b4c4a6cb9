using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// Evaluation rounds and councils: a provincial officer opens and closes its province's rounds and
/// forms councils from the province's council-member accounts; the central office does the same for
/// central (5★) rounds.
/// </summary>
public sealed class EvaluationBoardModel(CurrentUser me, CertificationQueries queries, BackOfficeQueries board, RoundCommands rounds,
    CouncilCommands councils, TimeProvider clock) : OfficerPageModel(me)
{
    public sealed class NewRound
    {
        public string? Name { get; set; }
        public int? Year { get; set; }
        public string? OpensOn { get; set; }
        public string? ClosesOn { get; set; }
    }

    public sealed class NewCouncil
    {
        public int? RoundId { get; set; }
        public string? Name { get; set; }
        public string? ChairUserId { get; set; }
        public string? SecretaryUserId { get; set; }
        public List<string> MemberUserIds { get; set; } = [];
    }

    [BindProperty] public NewRound Round { get; set; } = new();
    [BindProperty] public NewCouncil Council { get; set; } = new();
    public List<(EvaluationRound Round, List<Council> Councils)> Rounds { get; private set; } = [];
    public List<CouncilCandidate> Candidates { get; private set; } = [];
    public bool CanManage => Me.IsNational || Me.IsInRole(Roles.Province);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!CanManage) return Forbid();
        var today = VietnamTime.Today(clock);
        Round.Year ??= today.Year;
        Round.OpensOn ??= Ui.IsoDate(today);
        Round.ClosesOn ??= Ui.IsoDate(today.AddMonths(3));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoundAsync()
    {
        var level = Me.IsNational ? RecognitionLevel.Central : RecognitionLevel.Province;
        var result = await rounds.CreateAsync(new CreateRoundRequest(Round.Name, level, Me.ProvinceCode, Round.Year,
            Ui.ParseIsoDate(Round.OpensOn), Ui.ParseIsoDate(Round.ClosesOn)));
        if (result.Ok) return Done("/quan-ly/danh-gia", $"{L["Đã mở đợt đánh giá"]}: {result.Value!.Name}");
        return await RefusedAsync(result.Error!, "Round");
    }

    public async Task<IActionResult> OnPostCloseRoundAsync(int id)
    {
        var result = await rounds.CloseAsync(id);
        return result.Ok ? Done("/quan-ly/danh-gia", $"{L["Đã đóng đợt đánh giá"]}: {result.Value!.Name}") : await RefusedAsync(result.Error!, "Round");
    }

    public async Task<IActionResult> OnPostCouncilAsync()
    {
        var result = await councils.CreateAsync(new CreateCouncilRequest(Council.RoundId, Council.Name, NullIfEmpty(Council.ChairUserId),
            NullIfEmpty(Council.SecretaryUserId), Council.MemberUserIds.Where(m => m.Length > 0).ToList()));
        if (result.Ok) return Done("/quan-ly/danh-gia", $"{L["Đã thành lập hội đồng"]}: {result.Value!.Name}");
        return await RefusedAsync(result.Error!, "Council");
    }

    private async Task<IActionResult> RefusedAsync(AppError error, string prefix)
    {
        AddErrors(error, prefix);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var list = (await queries.RoundsAsync(Me.IsNational ? null : Me.ProvinceCode ?? "--"))
            .Where(r => Me.IsNational ? r.Level == RecognitionLevel.Central : r.Level == RecognitionLevel.Province).Take(20).ToList();
        Rounds = [];
        foreach (var r in list) Rounds.Add((r, await queries.CouncilsAsync(r.Id)));
        Candidates = await board.CandidatesAsync(Me.IsNational ? null : Me.ProvinceCode ?? "--");
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
