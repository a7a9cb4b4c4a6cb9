using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Ocop.Features.Identity;

/// <summary>
/// Bearer tokens are self-contained, so disabling an account would not stop a token already issued.
/// This check runs after authentication: a principal whose account is disabled becomes anonymous.
/// The answer is cached for a short while per user and dropped when an account is disabled.
/// </summary>
public sealed class DisabledAccountCheck(IServiceScopeFactory scopes, IMemoryCache cache) : IClaimsTransformation
{
    public static string Key(string userId) => "disabled:" + userId;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null) return principal;
        if (!cache.TryGetValue(Key(id), out bool disabled))
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
            disabled = await db.Users.Where(u => u.Id == id).Select(u => (bool?)u.Disabled).FirstOrDefaultAsync() ?? true;
            cache.Set(Key(id), disabled, TimeSpan.FromSeconds(30));
        }
        return disabled ? new ClaimsPrincipal(new ClaimsIdentity()) : principal;
    }
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
