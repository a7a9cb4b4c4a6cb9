using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>Sets a new password from the e-mailed link (<c>?email=…&amp;token=…</c>).</summary>
public sealed class ResetPasswordModel(PasswordReset reset) : OcopPageModel
{
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["password"] = nameof(Password), ["token"] = "", ["email"] = "",
    };

    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await reset.ResetAsync(Email, Token, Password);
        if (!result.Ok)
        {
            AddErrors(result.Error!, fieldKeys: Fields);
            return Page();
        }
        return Done("/dang-nhap", "Đã đặt mật khẩu mới. Vui lòng đăng nhập.");
    }
}
