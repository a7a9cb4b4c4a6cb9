using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

public sealed record RegisterAccountRequest(string? FullName, string? Email, string? Password, string? Phone);

/// <summary>Self-registration of a buyer account (producers register through the Producers module).</summary>
public sealed class RegisterAccount(UserManager<AppUser> users, AuditLog audit, OcopDb db, TimeProvider clock)
{
    public async Task<Result<AppUser>> RunAsync(RegisterAccountRequest r, string role = Roles.Buyer, Action<AppUser>? configure = null)
    {
        var v = Validate(r);
        if (v.HasErrors) return v.ToError();
        if (await users.FindByEmailAsync(r.Email!.Trim()) is not null)
            return AppError.Validation("email", "Email này đã được đăng ký.");
        var user = new AppUser
        {
            UserName = r.Email.Trim(), Email = r.Email.Trim(), FullName = r.FullName!.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(r.Phone) ? null : PhoneNumbers.Normalize(r.Phone),
            CreatedAt = clock.UtcNow(), EmailConfirmed = false,
        };
        configure?.Invoke(user);
        var created = await users.CreateAsync(user, r.Password!);
        if (!created.Succeeded) return IdentityErrors.ToError(created);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return IdentityErrors.ToError(added);
        audit.Record("user.registered", "user", user.Id, after: new { user.Email, role }, actorName: user.FullName);
        await db.SaveChangesAsync();
        return user;
    }

    public static Validation Validate(RegisterAccountRequest r)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.FullName) && r.FullName.Trim().Length <= 120, "fullName", "Vui lòng nhập họ tên (tối đa 120 ký tự).");
        v.Require(!string.IsNullOrWhiteSpace(r.Email) && new EmailAddressAttribute().IsValid(r.Email.Trim()) && r.Email.Length <= 256, "email", "Email không hợp lệ.");
        v.Require(!string.IsNullOrEmpty(r.Password), "password", "Vui lòng nhập mật khẩu.");
        v.Require(string.IsNullOrWhiteSpace(r.Phone) || PhoneNumbers.IsValid(r.Phone), "phone", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        if (!string.IsNullOrWhiteSpace(r.FullName) && Html.ContainsMarkup(r.FullName)) v.Add("fullName", "Họ tên không được chứa mã HTML.");
        return v;
    }
}

/// <summary>Vietnamese wording of Identity's errors.</summary>
public static class IdentityErrors
{
    public static AppError ToError(IdentityResult result)
    {
        var v = new Validation();
        foreach (var e in result.Errors)
        {
            var (field, message) = e.Code switch
            {
                "PasswordTooShort" => ("password", "Mật khẩu phải có ít nhất 8 ký tự."),
                "PasswordRequiresDigit" => ("password", "Mật khẩu phải có ít nhất một chữ số."),
                "PasswordRequiresLower" => ("password", "Mật khẩu phải có ít nhất một chữ thường."),
                "PasswordRequiresUpper" => ("password", "Mật khẩu phải có ít nhất một chữ hoa."),
                "PasswordRequiresNonAlphanumeric" => ("password", "Mật khẩu phải có ít nhất một ký tự đặc biệt."),
                "PasswordRequiresUniqueChars" => ("password", "Mật khẩu phải có ít nhất 5 ký tự khác nhau."),
                "PasswordCommon" or "PasswordTooLong" or "PasswordHasPersonalData" => ("password", e.Description),
                "DuplicateUserName" or "DuplicateEmail" => ("email", "Email này đã được đăng ký."),
                "InvalidEmail" or "InvalidUserName" => ("email", "Email không hợp lệ."),
                "InvalidToken" => ("token", "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn."),
                _ => ("", e.Description),
            };
            v.Add(field, message);
        }
        return v.ToError();
    }
}
