using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// What every page shares: Vietnamese binding messages, and a use case's <see cref="AppError"/>
/// shown as per-field messages beside the inputs (service field <c>communeCode</c> →
/// <c>Input.CommuneCode</c>) or as a message at the top of the form.
/// </summary>
public abstract class OcopPageModel : PageModel
{
    protected Lang L => HttpContext.RequestServices.GetRequiredService<Lang>();

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // MVC's own binding messages are English ("The value 'x' is not valid"); people read Vietnamese.
        foreach (var entry in ModelState.Values.Where(e => e.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(L["Giá trị không hợp lệ."]);
        }
    }

    /// <summary>Adds the error's messages to ModelState; <paramref name="fieldKeys"/> maps service fields that are not under <paramref name="prefix"/>.</summary>
    protected void AddErrors(AppError error, string prefix = "Input", IReadOnlyDictionary<string, string>? fieldKeys = null)
    {
        if (error.Fields is not { Count: > 0 })
        {
            ModelState.AddModelError("", L[error.Message]);
            return;
        }
        foreach (var (field, messages) in error.Fields)
        {
            var key = field.Length == 0 ? ""
                : fieldKeys is not null && fieldKeys.TryGetValue(field, out var mapped) ? mapped
                : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var m in messages) ModelState.AddModelError(key, L[m]);
        }
    }

    /// <summary>Redirects after a successful write with a one-line confirmation shown by the layout.</summary>
    protected RedirectResult Done(string url, string message)
    {
        TempData["Flash"] = L[message];
        return Redirect(url);
    }
}

/// <summary>Pages of a producer's back office: the signed-in person must own a producer.</summary>
public abstract class ProducerPageModel(CurrentUser me) : OcopPageModel
{
    protected int ProducerId => me.ProducerId ?? 0;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (me.ProducerId is null) context.Result = Forbid();
    }
}

/// <summary>Pages of the programme's back office: officers only (administrator, central, province, commune).</summary>
public abstract class OfficerPageModel(CurrentUser me) : OcopPageModel
{
    public CurrentUser Me => me;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (!me.IsOfficer) context.Result = Forbid();
    }
}
