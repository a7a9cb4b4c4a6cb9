using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>A producer registers itself with its owner account; it sells once the provincial office verifies it.</summary>
[EnableRateLimiting("register")]
public sealed class RegisterProducerModel(ProducerCommands producers, SignInManager<AppUser> signIn) : OcopPageModel
{
    /// <summary>Account fields share names with producer fields ("email", "phone"); these keys say where each message goes.</summary>
    public static readonly IReadOnlyDictionary<string, string> AccountFields = new Dictionary<string, string>
    {
        ["email"] = nameof(AccountEmail), ["password"] = nameof(AccountPassword),
    };

    [BindProperty] public ProducerInput Input { get; set; } = new();
    [BindProperty] public string? AccountEmail { get; set; }
    [BindProperty] public string? AccountPassword { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await producers.RegisterAsync(new RegisterProducerRequest(Input, AccountEmail, AccountPassword));
        if (!result.Ok)
        {
            AddErrors(result.Error!, fieldKeys: AccountFields);
            return Page();
        }
        await signIn.PasswordSignInAsync(AccountEmail!.Trim(), AccountPassword!, isPersistent: false, lockoutOnFailure: false);
        return Done("/ban-hang", "Đã gửi đăng ký. Cán bộ OCOP của tỉnh sẽ xác minh; trong lúc chờ, bạn có thể soạn sản phẩm.");
    }
}
