using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Programme;

namespace Ocop.Pages;

/// <summary>A training session: attendees with their derived onboarding stage; add one, or import the sign-in sheet (all or nothing).</summary>
public sealed class TrainingSessionModel(CurrentUser me, ProgrammeQueries queries, TrainingCommands commands, ImportAttendance import, GeographyDirectory geo)
    : OfficerPageModel(me)
{
    public sealed class AttendeeInput
    {
        public string? FullName { get; set; }
        public string? Phone { get; set; }
        public string? CommuneCode { get; set; }
        public string? AttendedOn { get; set; }
    }

    [BindProperty] public AttendeeInput Input { get; set; } = new();
    [BindProperty] public string? Csv { get; set; }
    public SessionDetail? Detail { get; private set; }
    public IReadOnlyList<string> RowErrors { get; private set; } = [];
    public GeographyDirectory Geo => geo;
    public bool CanManage => Detail is not null && commands.CanManage(Detail.Session.ProvinceCode);
    public IEnumerable<SelectListItem> Communes => Detail is null ? [] : geo.Communes(Detail.Session.ProvinceCode).Select(c => new SelectListItem(c.Name, c.Code));

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var refused = await LoadAsync(id);
        if (refused is not null) return refused;
        Input.CommuneCode ??= Detail!.Session.CommuneCode;
        Input.AttendedOn ??= Ui.IsoDate(Detail!.Session.StartsOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAttendeeAsync(int id)
    {
        var result = await commands.RecordAttendanceAsync(id, new AttendanceRequest(Input.FullName, Input.Phone, Input.CommuneCode, Ui.ParseIsoDate(Input.AttendedOn)));
        if (result.Ok) return Done($"/quan-ly/chuong-trinh/lop/{id}", $"{L["Đã ghi danh"]}: {result.Value!.FullName}");
        AddErrors(result.Error!);
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostImportAsync(int id, IFormFile? file)
    {
        var text = Csv;
        if (file is { Length: > 0 })
        {
            if (file.Length > 2 * 1024 * 1024) { ModelState.AddModelError("file", L["Tệp lớn hơn 2 MB."]); return await LoadAsync(id) ?? Page(); }
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            text = await reader.ReadToEndAsync();
        }
        if (string.IsNullOrWhiteSpace(text)) { ModelState.AddModelError("Csv", L["Vui lòng dán nội dung CSV hoặc chọn tệp."]); return await LoadAsync(id) ?? Page(); }
        var result = await import.RunAsync(id, new StringReader(text));
        if (result.Ok) return Done($"/quan-ly/chuong-trinh/lop/{id}", L.Format("Đã nhập {0} học viên ({1} đã là chủ thể).", result.Value!.Imported, result.Value.LinkedToProducers));
        ModelState.AddModelError("", L[result.Error!.Message]);
        RowErrors = result.Error.Fields?.GetValueOrDefault("rows") ?? [];
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var result = await queries.SessionAsync(id);
        if (result.Ok) { Detail = result.Value; return null; }
        return result.Error!.Status == 404 ? NotFound() : Forbid();
    }
}
