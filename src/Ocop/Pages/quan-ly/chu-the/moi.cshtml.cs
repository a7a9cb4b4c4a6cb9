using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>An officer registers a producer (e.g. a farm household) in their area, optionally with an owner account.</summary>
public sealed class OfficerCreateProducerModel(CurrentUser me, ProducerCommands commands) : OfficerPageModel(me)
{
    [BindProperty] public ProducerInput Input { get; set; } = new();
    [BindProperty] public string? AccountEmail { get; set; }
    [BindProperty] public string? AccountPassword { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await commands.CreateByOfficerAsync(Input, AccountEmail, AccountPassword);
        if (result.Ok) return Done("/quan-ly/xac-minh", $"{L["Đã đăng ký chủ thể"]}: {result.Value!.Name}");
        AddErrors(result.Error!, fieldKeys: RegisterProducerModel.AccountFields);
        return Page();
    }
}
