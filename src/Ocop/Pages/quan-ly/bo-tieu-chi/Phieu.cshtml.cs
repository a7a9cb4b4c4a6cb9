using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>One sheet of a rubric version as a tree: parts, groups, criteria and options with points and star gates.</summary>
public sealed class RubricSheetModel(CurrentUser me, RubricQueries rubrics) : OfficerPageModel(me)
{
    public string Code { get; private set; } = "";
    public RubricSheet Sheet { get; private set; } = null!;
    public RubricTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int set)
    {
        var sheet = await rubrics.SheetAsync(code, set);
        if (sheet is null) return NotFound();
        Code = code;
        Sheet = sheet;
        Tree = RubricTree.From(sheet);
        return Page();
    }
}
