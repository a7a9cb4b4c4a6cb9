using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

/// <summary>The run-sheet (kịch bản): generated from the bag, editable, printable.</summary>
[Authorize]
public sealed class KichBanModel(LiveAccess access, RunSheets sheets, SessionCommands sessions) : OcopPageModel
{
    public LiveSession Session { get; private set; } = null!;
    public IReadOnlyList<RunSheetItem> Items { get; private set; } = [];
    [BindProperty] public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var loaded = await LoadAsync(id);
        if (loaded is not null) return loaded;
        Text = Session.RunSheet ?? RunSheets.Render(Session, Items);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var saved = await sessions.SaveRunSheetAsync(id, Text, HttpContext.RequestAborted);
        if (saved.Ok) return Done($"/livestream/{id}/kich-ban", "Đã lưu kịch bản.");
        AddErrors(saved.Error!, "", new Dictionary<string, string> { ["runSheet"] = "Text" });
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync(int id)
    {
        var saved = await sessions.SaveRunSheetAsync(id, null, HttpContext.RequestAborted);
        return saved.Ok ? Done($"/livestream/{id}/kich-ban", "Đã tạo lại kịch bản từ giỏ hàng của phiên.") : Forbid();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var hosted = await access.HostedAsync(id, HttpContext.RequestAborted);
        if (!hosted.Ok) return hosted.Error!.Status == 404 ? NotFound() : Forbid();
        Session = hosted.Value!;
        Items = await sheets.ItemsAsync(Session, HttpContext.RequestAborted);
        return null;
    }
}
