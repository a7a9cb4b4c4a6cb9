using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ocop.Features.Identity;

namespace Ocop.Pages;

public sealed class BuyerForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Password { get; set; }
}

/// <summary>A buyer creates an account and is signed in.</summary>
[EnableRateLimiting("register")]
public sealed class RegisterModel(RegisterAccount register, SignInManager<AppUser> signIn) : OcopPageModel
{
    [BindProperty] public BuyerForm Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await register.RunAsync(new RegisterAccountRequest(Input.FullName, Input.Email, Input.Password, Input.Phone));
        if (!result.Ok)
        {
            AddErrors(result.Error!);
            return Page();
        }
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        return Done("/tai-khoan", "Đăng ký thành công. Chào mừng bạn đến OCOP Hub!");
    }
}
