using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

/// <summary>
/// The password rules beyond Identity's length and character checks (NIST SP 800-63B §3.1.1.2): a password that
/// guessing tools try first is refused (the list shipped in <c>common-passwords.txt</c>, also when dressed up with
/// look-alike digits or digits and punctuation around it: "password1", "P@ssw0rd!", "Matkhau@123"), and so is one
/// that contains the account's e-mail name. At most 128 characters, so hashing stays cheap.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (password.Length > MaxLength)
            return Fail("PasswordTooLong", $"Mật khẩu dài tối đa {MaxLength} ký tự.");
        if (IsCommon(password))
            return Fail("PasswordCommon", "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ.");
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        if (local.Length >= 4 && password.ToLowerInvariant().Contains(local, StringComparison.Ordinal))
            return Fail("PasswordHasPersonalData", "Mật khẩu không được chứa tên email của bạn.");
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Whether a password is on the common list, as written or with its disguise removed.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Contains(lower)) return true;
        var core = lower.Trim(EdgeCharacters(lower));
        return core.Length > 0 && (Common.Contains(core) || Common.Contains(Unleet(core)));
    }

    private static char[] EdgeCharacters(string s) => s.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static string Unleet(string s) => string.Concat(s.Select(c => c switch
    {
        '0' => 'o', '1' => 'i', '!' => 'i', '3' => 'e', '4' => 'a', '@' => 'a', '5' => 's', '$' => 's', '7' => 't', _ => c,
    }));

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Ocop.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } entry && !entry.StartsWith('#')) set.Add(entry.ToLowerInvariant());
        return set;
    }
}
