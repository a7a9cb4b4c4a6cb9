using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// Sign-out is a POST (with antiforgery), so a link on another site cannot sign anyone out. It ends the account's
/// sessions on the server, not only the cookie in this browser.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, Sessions sessions) : OcopPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // Deleting the cookie in this browser is not enough: a copied cookie would still work. Rotating the security
        // stamp ends every cookie and token of the account (decision 0013).
        if (await users.GetUserAsync(User) is { } user) await sessions.EndAllAsync(user);
        await signIn.SignOutAsync();
        return Done("/", "Bạn đã đăng xuất.");
    }
}
