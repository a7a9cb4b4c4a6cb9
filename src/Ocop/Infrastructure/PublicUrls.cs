namespace Ocop.Infrastructure;

/// <summary>
/// The one place absolute links to the platform are made: password-reset e-mails, QR codes, Digital Links,
/// marketplace feeds, Open Graph and JSON-LD. They are built from <c>App:PublicBaseUrl</c>, never from the
/// request's Host or X-Forwarded-* headers, which a client chooses (a reset link built from a forged Host would
/// hand the victim's token to the forger). Only in Development, with no base configured, the request's own
/// origin is used so that <c>dotnet run --urls …</c> works on any port; every other environment must configure it
/// (start-up fails with a clear message).
/// </summary>
public sealed class PublicUrls(IConfiguration config, IHostEnvironment env, IHttpContextAccessor http)
{
    public const string Key = "App:PublicBaseUrl";

    private readonly string? _configured = Normalise(config[Key]);

    /// <summary>The base URL (scheme, host, optional port and path base), without a trailing slash.</summary>
    public string Base => _configured
        ?? (env.IsDevelopment() && http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}{r.PathBase}" : Missing());

    /// <summary>The configured host, or null (Development without a base).</summary>
    public string? Host => _configured is null ? null : new Uri(_configured).Host;

    /// <summary>The absolute URL of a path on the platform (<paramref name="path"/> starts with '/', or is empty).</summary>
    public string Absolute(string path) => Base + path;

    /// <summary>Whether an Origin header names the platform itself (the configured base's origin).</summary>
    public bool IsOwnOrigin(string origin) =>
        _configured is not null && Uri.TryCreate(origin, UriKind.Absolute, out var o)
        && string.Equals(o.GetLeftPart(UriPartial.Authority), new Uri(_configured).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);

    /// <summary>Checked at start-up: outside Development the base must be configured, absolute and http(s).</summary>
    public static string? Problem(IConfiguration config, IHostEnvironment env)
    {
        var value = config[Key];
        if (string.IsNullOrWhiteSpace(value))
            return env.IsDevelopment() ? null : $"{Key} is not set: absolute links (password reset, QR codes, feeds) are built from it. Set it to the public address, e.g. https://ocop.example.vn.";
        return Normalise(value) is null ? $"{Key} must be an absolute http(s) URL without query or fragment, e.g. https://ocop.example.vn (was '{value}')." : null;
    }

    private static string? Normalise(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Query.Length == 0 && u.Fragment.Length == 0
            ? u.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;

    private static string Missing() => throw new InvalidOperationException($"{Key} is not configured.");
}
