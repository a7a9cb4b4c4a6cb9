using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Sign-in with e-mail and password; five wrong passwords from one address lock that address out of the account for 15 minutes.</summary>
[EnableRateLimiting("login")]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, PasswordSignIn passwords) : OcopPageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), L["Vui lòng nhập email."]);
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), L["Vui lòng nhập mật khẩu."]);
        if (!ModelState.IsValid) return Page();

        var (outcome, user) = await passwords.CheckAsync(Email!, Password!);
        if (outcome == SignInOutcome.LockedOut)
        {
            ModelState.AddModelError("", L["Tài khoản tạm khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc đặt lại mật khẩu."]);
            return Page();
        }
        if (outcome != SignInOutcome.Succeeded)
        {
            ModelState.AddModelError("", L["Email hoặc mật khẩu không đúng."]);
            return Page();
        }
        await signIn.SignInAsync(user!, RememberMe);
        if (Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        var roles = await users.GetRolesAsync(user!);
        return LocalRedirect(user!.ProducerId is not null ? "/ban-hang" : roles.Any(Roles.Officers.Contains) ? "/quan-ly" : "/");
    }
}
