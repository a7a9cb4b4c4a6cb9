using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Ocop.Pages;

/// <summary><c>/ngon-ngu?lang=en|vi&amp;returnUrl=…</c>: remembers the chosen language for a year and goes back.</summary>
public sealed class LanguageModel : OcopPageModel
{
    public IActionResult OnGet(string? lang, string? returnUrl)
    {
        var culture = lang == "en" ? "en" : "vi-VN";
        Response.Cookies.Append(Lang.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
