using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Sign-out is a POST (with antiforgery), so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn) : OcopPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Done("/", "Bạn đã đăng xuất.");
    }
}
