using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Imports historic certificates from CSV (pasted or uploaded); all or nothing, with every bad row listed.</summary>
public sealed class ImportCertificatesModel(CurrentUser me, ImportHistoricCertificates import) : OfficerPageModel(me)
{
    [BindProperty] public string? Csv { get; set; }
    public IReadOnlyList<string> RowErrors { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        string? text = Csv;
        if (file is { Length: > 0 })
        {
            if (file.Length > 5 * 1024 * 1024) { ModelState.AddModelError("file", L["Tệp lớn hơn 5 MB."]); return Page(); }
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            text = await reader.ReadToEndAsync();
        }
        if (string.IsNullOrWhiteSpace(text)) { ModelState.AddModelError("Csv", L["Vui lòng dán nội dung CSV hoặc chọn tệp."]); return Page(); }
        var result = await import.RunAsync(new StringReader(text));
        if (result.Ok) return Done("/quan-ly/chung-nhan?status=all", $"{L["Đã nhập"]} {result.Value!.Imported} {L["giấy chứng nhận"]}.");
        ModelState.AddModelError("", L[result.Error!.Message]);
        RowErrors = result.Error.Fields?.GetValueOrDefault("rows") ?? [];
        return Page();
    }
}
