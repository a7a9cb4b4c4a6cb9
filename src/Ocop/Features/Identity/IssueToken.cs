using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ocop.Features.Identity;

public sealed record TokenRequest(string? Email, string? Password);
public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");

/// <summary>
/// Exchanges an e-mail and password for a bearer token (ASP.NET Core's data-protected bearer
/// format). Passwords are checked by <see cref="PasswordSignIn"/>, exactly like the login page.
/// </summary>
public sealed class IssueToken(
    PasswordSignIn passwords,
    SignInManager<AppUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider clock)
{
    public async Task<Result<TokenResponse>> RunAsync(TokenRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return AppError.Validation("email", "Vui lòng nhập email và mật khẩu.");
        var (outcome, user) = await passwords.CheckAsync(request.Email, request.Password);
        if (outcome == SignInOutcome.LockedOut) return new AppError("Tài khoản tạm khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.", 429);
        if (outcome != SignInOutcome.Succeeded) return new AppError("Email hoặc mật khẩu không đúng.", 401);

        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration },
            IdentityConstants.BearerScheme);
        var token = options.BearerTokenProtector.Protect(ticket);
        return new TokenResponse(token, (int)options.BearerTokenExpiration.TotalSeconds);
    }
}
