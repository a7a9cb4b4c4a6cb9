using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>The producer's own details, storefront (tagline, story, banner), VietQR bank account and the accounts that sign in for it.</summary>
public sealed class StorefrontSettingsModel(CurrentUser me, ProducerQueries producers, ProducerCommands commands, MediaStore media)
    : ProducerPageModel(me)
{
    [BindProperty] public ProducerInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Banner { get; set; }
    [BindProperty] public RegisterAccountRequest Account { get; set; } = new(null, null, null, null);
    public Producer Producer { get; private set; } = null!;
    public List<ProducerAccountDto> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = ProducerInput.From(Producer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();
        var wasVerified = Producer!.Status == ProducerStatus.Verified;
        var result = await commands.UpdateAsync(ProducerId, Input);
        if (result.Ok)
            return Done("/ban-hang/gian-hang", wasVerified && result.Value!.Status == ProducerStatus.Pending
                ? "Đã lưu. Chủ thể chuyển sang tỉnh khác nên cần cán bộ tỉnh mới xác minh lại; sản phẩm tạm ngừng hiển thị đến khi được xác minh."
                : "Đã lưu thông tin gian hàng.");
        AddErrors(result.Error!);
        return Page();
    }

    public async Task<IActionResult> OnPostBannerAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = ProducerInput.From(Producer);
        if (Banner is null)
        {
            ModelState.AddModelError(nameof(Banner), L["Vui lòng chọn ảnh."]);
            return Page();
        }
        await using var stream = Banner.OpenReadStream();
        var saved = await media.SaveAsync(stream, MediaKind.Image);
        var result = saved.Ok ? await commands.SetBannerAsync(ProducerId, saved.Value!.Hash) : saved.Error!;
        if (result.Ok) return Done("/ban-hang/gian-hang", "Đã đổi ảnh bìa.");
        AddErrors(result.Error!, fieldKeys: new Dictionary<string, string> { ["file"] = nameof(Banner) });
        return Page();
    }

    public async Task<IActionResult> OnPostAccountAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = ProducerInput.From(Producer);
        var result = await commands.AddAccountAsync(ProducerId, Account);
        if (result.Ok) return Done("/ban-hang/gian-hang", $"{L["Đã thêm tài khoản"]}: {result.Value!.Email}");
        AddErrors(result.Error!, prefix: nameof(Account));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Producer = (await producers.ByIdAsync(ProducerId))!;
        if (Producer is null) return false;
        Accounts = await producers.AccountsAsync(ProducerId);
        return true;
    }
}
