using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>Agreed terms as the form fills them in.</summary>
public sealed class TermsForm
{
    public int? Quantity { get; set; }
    public TradeUnit? Unit { get; set; }
    public long? Price { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>A deal: both contacts, the conversation, and the actions of its state (reply, agree, close, decline).</summary>
[Authorize]
public sealed class DealModel(MatchingQueries queries, DealCommands deals, TimeProvider clock) : OcopPageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public TermsForm Terms { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    public DealDto Deal { get; private set; } = null!;
    public IEnumerable<SelectListItem> UnitItems => MatchingChoices.Units(L);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var from = Deal.Demand.NeededBy < VietnamTime.Today(clock) ? VietnamTime.Today(clock) : Deal.Demand.NeededBy;
        Terms = Deal.Proposal is { } p
            ? new TermsForm { Quantity = p.Quantity, Unit = p.Unit, Price = p.Price, From = FormDate.Format(p.From), To = FormDate.Format(p.To) }
            : new TermsForm
            {
                Quantity = Deal.Demand.Quantity, Unit = Deal.Demand.Unit, Price = Deal.Demand.PriceMax,
                From = FormDate.Format(from), To = FormDate.Format(from.AddMonths(3)),
            };
        return Page();
    }

    public Task<IActionResult> OnPostMessageAsync(int id) => ActAsync(id, deals.MessageAsync(id, Text, HttpContext.RequestAborted), "Đã gửi tin nhắn.", "Text");

    public Task<IActionResult> OnPostAgreeAsync(int id) => ActAsync(id,
        deals.AgreeAsync(id, new DealTerms(Terms.Quantity, Terms.Unit, Terms.Price, FormDate.Parse(Terms.From), FormDate.Parse(Terms.To)), HttpContext.RequestAborted),
        deal => deal.Status == DealStatus.Agreed ? "Đã ghi nhận thoả thuận: hai bên đã xác nhận." : "Đã gửi đề nghị; chờ bên kia đồng ý.", "Terms");

    public Task<IActionResult> OnPostCloseAsync(int id) => ActAsync(id, deals.CloseAsync(id, HttpContext.RequestAborted), "Đã hoàn tất giao dịch.", "");

    public Task<IActionResult> OnPostDeclineAsync(int id) => ActAsync(id, deals.DeclineAsync(id, Reason, HttpContext.RequestAborted), "Đã từ chối giao dịch.", "");

    private Task<IActionResult> ActAsync(int id, Task<Result<Deal>> work, string done, string prefix) => ActAsync(id, work, _ => done, prefix);

    private async Task<IActionResult> ActAsync(int id, Task<Result<Deal>> work, Func<Deal, string> done, string prefix)
    {
        var result = await work;
        if (result.Ok) return Done($"/ket-noi/giao-dich/{id}", done(result.Value!));
        if (prefix == "Text") AddErrors(result.Error!, fieldKeys: new Dictionary<string, string> { ["text"] = "Text" });
        else if (prefix == "") AddErrors(result.Error!, fieldKeys: new Dictionary<string, string> { ["reason"] = "Reason" });
        else AddErrors(result.Error!, prefix);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var deal = await queries.DealAsync(id, HttpContext.RequestAborted);
        if (!deal.Ok) return false;
        Deal = deal.Value!;
        return true;
    }
}
