using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Rubric versions and their sheets; national officers import a new version (every defect listed by file and line) and activate it.</summary>
public sealed class RubricsAdminModel(CurrentUser me, RubricQueries rubrics, ImportRubric import, ActivateRubric activate) : OfficerPageModel(me)
{
    public sealed class NewVersion
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
        public string? LegalBasis { get; set; }
        public string? EffectiveFrom { get; set; }
        public string? Parts { get; set; }
    }

    [BindProperty] public NewVersion Input { get; set; } = new();
    public IReadOnlyList<RubricVersionDto> Versions { get; private set; } = [];
    public IReadOnlyList<RubricDefect> Defects { get; private set; } = [];

    public async Task OnGetAsync() => Versions = await rubrics.VersionsAsync();

    public async Task<IActionResult> OnPostImportAsync(List<IFormFile> files)
    {
        if (!Me.IsNational) return Forbid();
        var request = await RubricUpload.ReadAsync(files, Input.Code, Input.Title, Input.LegalBasis, Input.EffectiveFrom,
            string.IsNullOrWhiteSpace(Input.Parts) ? null : Input.Parts);
        if (!request.Ok) return await RefusedAsync(request.Error!, []);
        var outcome = await import.RunAsync(request.Value!);
        return outcome.Ok ? Done("/quan-ly/bo-tieu-chi", $"{L["Đã nhập phiên bản"]} {outcome.Version!.Code} ({L["bản nháp"]}).")
            : await RefusedAsync(outcome.Error!, outcome.Defects);
    }

    public async Task<IActionResult> OnPostActivateAsync(string code)
    {
        if (!Me.IsNational) return Forbid();
        var outcome = await activate.RunAsync(code);
        return outcome.Ok ? Done("/quan-ly/bo-tieu-chi", $"{L["Đã áp dụng phiên bản"]} {code}.") : await RefusedAsync(outcome.Error!, outcome.Defects);
    }

    private async Task<IActionResult> RefusedAsync(AppError error, IReadOnlyList<RubricDefect> defects)
    {
        AddErrors(error, fieldKeys: new Dictionary<string, string> { ["files"] = "files" });
        Defects = defects;
        await OnGetAsync();
        return Page();
    }

    public static string StatusLabel(string status) => status switch { "Active" => "Đang áp dụng", "Draft" => "Bản nháp", _ => "Đã thay thế" };
}
