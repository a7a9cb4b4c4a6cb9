using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

/// <summary>Livestream markets: live now, upcoming, past; for a signed-in organiser, the sessions it is invited to host, to accept or decline.</summary>
public sealed class IndexModel(LiveQueries queries, LiveAccess access, SessionCommands commands) : OcopPageModel
{
    public LiveLists Lists { get; private set; } = null!;
    public List<LiveInvitation> Invitations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Lists = await queries.ListAsync(HttpContext.RequestAborted);
        Invitations = await access.InvitationsAsync(HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostAcceptAsync(int id) =>
        AnswerAsync(commands.AcceptHostingAsync(id, HttpContext.RequestAborted), "Đã nhận lời dẫn phiên; bảng điều khiển của phiên đã mở cho bạn.");

    public Task<IActionResult> OnPostDeclineAsync(int id) =>
        AnswerAsync(commands.DeclineHostingAsync(id, HttpContext.RequestAborted), "Đã từ chối dẫn phiên.");

    private async Task<IActionResult> AnswerAsync(Task<Result<LiveSession>> command, string done)
    {
        var result = await command;
        if (result.Ok) return Done("/livestream", done);
        AddErrors(result.Error! with { Fields = null });
        await OnGetAsync();
        return Page();
    }
}
