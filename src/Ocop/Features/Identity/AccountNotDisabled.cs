using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

/// <summary>
/// Identity asks whether an account may sign in before every password or cookie sign-in: a
/// disabled account may not, whether it comes through the login page, a token request or any
/// other path that uses the sign-in manager.
/// </summary>
public sealed class AccountNotDisabled : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.Disabled);
}
