using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ocop.Features.Identity;

/// <summary>
/// Cookies and bearer tokens are self-contained, so neither would notice by itself that its session was ended
/// (decision 0013). This check runs after authentication on every request: a principal whose account is disabled,
/// or whose security stamp is no longer the account's (rotated by sign-out, password reset, disabling), becomes
/// anonymous. The account's state is cached for a short while per user and dropped by <see cref="Sessions"/> when
/// it changes on this node; another node notices within <see cref="CacheFor"/>.
/// </summary>
public sealed class SessionCheck(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string Key(string userId) => "session:" + userId;

    private sealed record AccountState(bool Disabled, string? Stamp);

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null) return principal;
        if (!cache.TryGetValue(Key(id), out AccountState? state))
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
            state = await db.Users.Where(u => u.Id == id).Select(u => new AccountState(u.Disabled, u.SecurityStamp)).FirstOrDefaultAsync()
                    ?? new AccountState(true, null);
            cache.Set(Key(id), state, CacheFor);
        }
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return state!.Disabled || stamp is null || stamp != state.Stamp ? new ClaimsPrincipal(new ClaimsIdentity()) : principal;
    }
}

/// <summary>Ends every session of an account: its cookies and bearer tokens stop working on the next request.</summary>
public sealed class Sessions(UserManager<AppUser> users, IMemoryCache cache)
{
    public async Task EndAllAsync(AppUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        Forget(user.Id);
    }

    /// <summary>After a change that rotated the stamp itself (a password reset): forget the cached state.</summary>
    public void Forget(string userId) => cache.Remove(SessionCheck.Key(userId));
}

/// <summary>
/// A request whose token was valid but whose account is disabled carries an anonymous principal:
/// answer 401 (sign in again) rather than 403 (signed in but not allowed).
/// </summary>
public sealed class AnonymousIsUnauthorized : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, Microsoft.AspNetCore.Authorization.AuthorizationPolicy policy,
        Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true)
            return context.ChallengeAsync();
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
