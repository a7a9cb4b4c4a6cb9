using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Ocop.Features.Identity;

/// <summary>
/// Password reset: a request writes a link with a one-time token to the outbox (the same answer
/// whether or not the e-mail exists, so accounts cannot be probed); the link sets a new password and ends every
/// session of the account.
/// </summary>
public sealed class PasswordReset(UserManager<AppUser> users, OcopDb db, AuditLog audit, TimeProvider clock, PublicUrls urls, Sessions sessions)
{
    public async Task RequestAsync(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.Disabled) return;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = urls.Absolute("/tai-khoan/dat-lai-mat-khau") + $"?email={Uri.EscapeDataString(user.Email!)}&token={token}";
        db.Outbox.Add(new OutboxMessage
        {
            CreatedAt = clock.UtcNow(), Channel = "email", Recipient = user.Email!,
            Subject = "Đặt lại mật khẩu OCOP Hub",
            Body = $"Xin chào {user.FullName},\n\nBạn (hoặc ai đó) đã yêu cầu đặt lại mật khẩu. Mở liên kết sau trong 24 giờ:\n{link}\n\nNếu không phải bạn, hãy bỏ qua thư này.",
        });
        audit.Record("user.password-reset-requested", "user", user.Id, actorName: user.FullName);
        await db.SaveChangesAsync();
    }

    public async Task<Result<bool>> ResetAsync(string? email, string? token, string? newPassword)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(token))
            return AppError.Validation("token", "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
        if (string.IsNullOrEmpty(newPassword)) return AppError.Validation("password", "Vui lòng nhập mật khẩu mới.");
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return AppError.Validation("token", "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
        string decoded;
        try { decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)); }
        catch (FormatException) { return AppError.Validation("token", "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn."); }
        var result = await users.ResetPasswordAsync(user, decoded, newPassword);
        if (!result.Succeeded) return IdentityErrors.ToError(result);
        sessions.Forget(user.Id); // the reset rotated the security stamp: every cookie and token of the account ends now
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record("user.password-reset", "user", user.Id, actorName: user.FullName);
        await db.SaveChangesAsync();
        return true;
    }
}
