using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Asks for a reset link; the answer is the same whether or not the e-mail has an account.</summary>
[EnableRateLimiting("register")]
public sealed class ForgotPasswordModel(PasswordReset reset) : OcopPageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), L["Vui lòng nhập email."]);
            return Page();
        }
        await reset.RequestAsync(Email);
        Sent = true;
        return Page();
    }
}
