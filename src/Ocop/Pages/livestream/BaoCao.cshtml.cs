using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

public sealed class PlatformForm
{
    public long? Reach { get; set; }
    public long? Views { get; set; }
    public long? Viewers { get; set; }
    public long? Interactions { get; set; }
    public string? Source { get; set; }
}

/// <summary>The report after a session: our figures, the per-minute timeline (SVG), the platform's figures entered or imported; prints on one page.</summary>
[Authorize]
public sealed class BaoCaoModel(OcopDb db, LiveAccess access, LiveFigures figures, AttributedSales sales, SessionCommands sessions) : OcopPageModel
{
    public LiveSession Session { get; private set; } = null!;
    public LiveFiguresDto Figures { get; private set; } = null!;
    public string Timeline { get; private set; } = "";
    [BindProperty] public PlatformForm Platform { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var loaded = await LoadAsync(id);
        if (loaded is not null) return loaded;
        Platform = new PlatformForm
        {
            Reach = Session.PlatformReach, Views = Session.PlatformViews, Viewers = Session.PlatformViewers, Interactions = Session.PlatformInteractions, Source = Session.PlatformSource,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPlatformAsync(int id)
    {
        var saved = await sessions.SavePlatformFiguresAsync(id, new PlatformFiguresInput(Platform.Reach, Platform.Views, Platform.Viewers, Platform.Interactions, Platform.Source),
            HttpContext.RequestAborted);
        if (saved.Ok) return Done($"/livestream/{id}/bao-cao", "Đã lưu số liệu của nền tảng.");
        AddErrors(saved.Error!, "Platform");
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostCsvAsync(int id, IFormFile? csv)
    {
        if (csv is null || csv.Length == 0 || csv.Length > 100_000)
        {
            ModelState.AddModelError("csv", L["Hãy chọn tệp CSV (tối đa 100 KB)."]);
            return await LoadAsync(id) ?? Page();
        }
        using var reader = new StreamReader(csv.OpenReadStream());
        var parsed = PlatformCsv.Parse(await reader.ReadToEndAsync(HttpContext.RequestAborted));
        var saved = parsed.Ok ? await sessions.SavePlatformFiguresAsync(id, parsed.Value!, HttpContext.RequestAborted) : parsed.Error!;
        if (saved.Ok) return Done($"/livestream/{id}/bao-cao", "Đã nhập số liệu từ tệp CSV.");
        AddErrors(saved.Error!, "Platform");
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var hosted = await access.HostedAsync(id, ct);
        if (!hosted.Ok) return hosted.Error!.Status == 404 ? NotFound() : Forbid();
        Session = hosted.Value!;
        Figures = await figures.FiguresAsync(id, ct);
        var report = await sales.ReportAsync(id, ct);
        var start = Session.StartedAt ?? Session.ScheduledAt;
        var minutes = (int)Math.Ceiling(((Session.EndedAt ?? DateTime.UtcNow) - start).TotalMinutes);
        var points = TimelineSvg.Points(start, Math.Clamp(minutes, 1, 24 * 60), report.Moments.Select(m => m.PlacedAt),
            await db.LiveMinutes.AsNoTracking().Where(m => m.SessionId == id).ToListAsync(ct));
        Timeline = TimelineSvg.Render(points, start, L["Đơn hàng và người xem theo từng phút"]);
        return null;
    }
}
