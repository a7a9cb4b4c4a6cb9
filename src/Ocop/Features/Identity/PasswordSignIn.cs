using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Ocop.Features.Identity;

public enum SignInOutcome { Succeeded, Invalid, LockedOut }

/// <summary>
/// Checks an e-mail and password for the login page and the token endpoint (decision 0013).
/// <list type="bullet">
/// <item>Wrong passwords are counted per account <b>and client address</b>: after <see cref="FailuresPerClient"/> the
/// pair is refused for <see cref="ClientLockout"/>. A stranger who guesses locks out only itself; the owner, from
/// their own address, still signs in.</item>
/// <item>Against guessing from many addresses, Identity's account lock-out stays as a backstop at a high count
/// (<see cref="FailuresPerAccount"/>), bounded to 15 minutes, and a password reset lifts it.</item>
/// <item>An unknown or disabled account costs the same password hashing as a real one, so the answer's timing does
/// not tell whether an e-mail has an account.</item>
/// </list>
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, IMemoryCache cache, IHttpContextAccessor http)
{
    public const int FailuresPerClient = 5;
    public const int FailuresPerAccount = 50;
    public static readonly TimeSpan ClientLockout = TimeSpan.FromMinutes(15);

    private static readonly AppUser Nobody = new() { UserName = "nobody", FullName = "" };
    private static string? _nobodyHash;

    private sealed class Failures { public int Count; }

    public async Task<(SignInOutcome Outcome, AppUser? User)> CheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var client = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "-";
        var key = $"signin-failures:{user?.Id ?? email.Trim().ToLowerInvariant()}:{client}";
        if (cache.TryGetValue(key, out Failures? failures) && failures!.Count >= FailuresPerClient) return (SignInOutcome.LockedOut, null);

        if (user is null || user.Disabled)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            CountFailure(key);
            return (SignInOutcome.Invalid, null);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut) return (SignInOutcome.LockedOut, null);
        if (!result.Succeeded)
        {
            CountFailure(key);
            return (SignInOutcome.Invalid, null);
        }
        cache.Remove(key);
        return (SignInOutcome.Succeeded, user);
    }

    private void CountFailure(string key)
    {
        var failures = cache.GetOrCreate(key, e => new Failures())!;
        Interlocked.Increment(ref failures.Count);
        // Refreshed on every failure: the pair is refused until ClientLockout after its last counted failure.
        cache.Set(key, failures, ClientLockout);
    }
}
