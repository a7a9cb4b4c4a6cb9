using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

public sealed class DealForm
{
    public int ProductId { get; set; }
    public long? DealPrice { get; set; }
    public int? Quota { get; set; }
    public int? PerBuyerLimit { get; set; } = 2;
    public int? CountdownSeconds { get; set; } = 30;
    public int? DurationMinutes { get; set; } = 5;
}

/// <summary>The host console: start/end the session, pin and unpin, start and end deals, live figures (livestream.js reads the figures API on each counters event).</summary>
[Authorize]
public sealed class DieuKhienModel(LiveQueries queries, LiveAccess access, SessionCommands sessions, FlashDeals deals, LiveFigures figures) : OcopPageModel
{
    public LiveSessionDto Session { get; private set; } = null!;
    public LiveFiguresDto Figures { get; private set; } = null!;
    public List<SelectListItem> Products { get; private set; } = [];
    [BindProperty] public DealForm Deal { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostStartAsync(int id) => Act(id, sessions.StartAsync(id, HttpContext.RequestAborted), "Phiên đã bắt đầu phát trực tiếp.");
    public Task<IActionResult> OnPostEndAsync(int id) => Act(id, sessions.EndAsync(id, HttpContext.RequestAborted), "Phiên đã kết thúc.");
    public Task<IActionResult> OnPostPinAsync(int id, int productId) => Act(id, sessions.PinAsync(id, productId, HttpContext.RequestAborted), "Đã ghim sản phẩm.");
    public Task<IActionResult> OnPostUnpinAsync(int id) => Act(id, sessions.UnpinAsync(id, HttpContext.RequestAborted), "Đã bỏ ghim.");
    public Task<IActionResult> OnPostStartDealAsync(int id, string dealId) => Act(id, deals.StartAsync(id, dealId, HttpContext.RequestAborted), "Đã mở ưu đãi.");
    public Task<IActionResult> OnPostEndDealAsync(int id, string dealId) => Act(id, deals.EndAsync(id, dealId, HttpContext.RequestAborted), "Đã kết thúc ưu đãi.");

    public async Task<IActionResult> OnPostDealAsync(int id)
    {
        var result = await deals.CreateAsync(id, new DealInput(Deal.ProductId, Deal.DealPrice, Deal.Quota, Deal.PerBuyerLimit, Deal.CountdownSeconds, Deal.DurationMinutes),
            HttpContext.RequestAborted);
        if (result.Ok) return Done($"/livestream/{id}/dieu-khien", "Đã mở ưu đãi.");
        AddErrors(result.Error!, "Deal");
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult> Act<T>(int id, Task<Result<T>> command, string message)
    {
        var result = await command;
        if (result.Ok) return Done($"/livestream/{id}/dieu-khien", message);
        AddErrors(result.Error!, "Deal");
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (await queries.DetailAsync(id, ct) is not { } session) return NotFound();
        if (!await access.IsHostAsync(id, ct)) return Forbid();
        Session = session;
        Figures = await figures.FiguresAsync(id, ct);
        Products = session.Products.Select(p => new SelectListItem($"{p.Name} – {p.PriceText}/{p.Unit} (còn {p.Stock})", p.ProductId.ToString())).ToList();
        return null;
    }
}
