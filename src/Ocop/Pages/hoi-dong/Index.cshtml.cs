using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>A council member's councils and the dossiers to score; the chair closes the session ("Kết thúc phiên họp").</summary>
[Authorize(Roles = Roles.Council)]
public sealed class CouncilHomeModel(CurrentUser me, BackOfficeQueries board, CouncilCommands councils) : OcopPageModel
{
    public List<CouncilBoard> Councils { get; private set; } = [];
    public string? UserId => me.Id;

    public async Task OnGetAsync() => Councils = await board.MyCouncilsAsync();

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        var result = await councils.CloseAsync(id);
        if (result.Ok) return Done("/hoi-dong", $"{L["Đã kết thúc phiên họp"]}: {result.Value!.Name}. {L["Kết quả đã được ghi cho từng hồ sơ."]}");
        AddErrors(result.Error!);
        await OnGetAsync();
        return Page();
    }
}
