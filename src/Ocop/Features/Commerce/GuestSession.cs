using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

/// <summary>
/// Who is shopping: a signed-in user, or a guest known only by a random id in a signed cookie
/// (ASP.NET Data Protection), so anonymous visitors and bots never create database rows.
/// </summary>
public sealed class GuestSession(IHttpContextAccessor http, IDataProtectionProvider protection, CurrentUser me)
{
    public const string CookieName = "ocop.guest";
    private readonly IDataProtector _protector = protection.CreateProtector("Ocop.Commerce.GuestSession");
    private string? _id;

    /// <summary>The guest id from the cookie, or null when none was issued yet.</summary>
    public string? Current
    {
        get
        {
            if (_id is not null) return _id;
            var raw = http.HttpContext?.Request.Cookies[CookieName];
            if (raw is null) return null;
            try { return _id = _protector.Unprotect(raw); }
            catch (CryptographicException) { return null; }
        }
    }

    /// <summary>The guest id, issuing the cookie when there is none.</summary>
    public string Ensure()
    {
        if (Current is { } id) return id;
        _id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.HttpContext?.Response.Cookies.Append(CookieName, _protector.Protect(_id), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(30),
            Secure = http.HttpContext.Request.IsHttps,
        });
        return _id;
    }

    /// <summary>The idempotency scope: the user, else the guest session.</summary>
    public string Scope() => me.IsAuthenticated && me.Id is not null ? "user:" + me.Id : "guest:" + Ensure();
}
