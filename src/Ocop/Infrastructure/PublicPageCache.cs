using Microsoft.AspNetCore.OutputCaching;

namespace Ocop.Infrastructure;

/// <summary>
/// Anonymous views of the public catalogue (home, search, product, storefront, province, registry)
/// are the same for everyone, so they are served from the output cache for a few seconds. The
/// framework's default rules still apply: only GET/HEAD, never for a signed-in person, never a
/// response that sets a cookie. Entries vary by the whole query string and the language cookie.
/// Stock, reviews and prices may therefore show up to <see cref="Duration"/> late on these pages;
/// checkout always re-checks them.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-page";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(Duration)
            .SetVaryByQuery("*")
            .VaryByValue(ctx => new KeyValuePair<string, string>("lang", ctx.Request.Cookies[Lang.CookieName] ?? ""))));
}
