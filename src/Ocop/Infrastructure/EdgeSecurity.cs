using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ocop.Infrastructure;

/// <summary>
/// What the platform believes about a request before any module sees it: which host it was sent to, which
/// client sent it and whether it came over HTTPS. See docs/security.md ("Trust boundaries").
/// </summary>
public static class EdgeSecurity
{
    /// <summary>
    /// Forwarded headers are believed only from the proxies the operator names (<c>ForwardedHeaders:KnownProxies</c>,
    /// addresses, and <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges); with none named, only a proxy on the same
    /// machine (loopback). A client elsewhere cannot choose its address (rate limits, sign-in guard) or claim HTTPS.
    /// Absolute links come from <c>App:PublicBaseUrl</c>; in Production only its host (or <c>AllowedHosts</c>, when
    /// set to something other than <c>*</c>) is served. HSTS lasts a year in Production; the antiforgery cookie is
    /// Secure over HTTPS.
    /// </summary>
    public static IServiceCollection AddEdgeSecurity(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        if (PublicUrls.Problem(config, env) is { } problem) throw new InvalidOperationException(problem);
        services.AddSingleton<PublicUrls>();

        var forwarded = config.GetSection("ForwardedHeaders");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwarded.GetValue("ForwardLimit", 1);
            var proxies = forwarded.GetSection("KnownProxies").Get<string[]>() ?? [];
            var networks = forwarded.GetSection("KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length == 0 && networks.Length == 0) return; // the framework's default: loopback only
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies)
                o.KnownProxies.Add(IPAddress.TryParse(p.Trim(), out var ip) ? ip
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{p}' is not an IP address."));
            foreach (var n in networks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(n.Trim(), out var net) ? net
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{n}' is not a CIDR range such as 10.0.0.0/8."));
        });

        if (env.IsProduction())
            services.PostConfigure<HostFilteringOptions>(o =>
            {
                if (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*"))
                    o.AllowedHosts = [new Uri(config[PublicUrls.Key]!).Host];
            });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
