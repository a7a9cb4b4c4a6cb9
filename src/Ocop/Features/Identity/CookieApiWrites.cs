using Microsoft.AspNetCore.Antiforgery;

namespace Ocop.Features.Identity;

/// <summary>
/// The API answers programs with bearer tokens and the platform's own pages, whose scripts call it with the sign-in
/// cookie. A browser attaches that cookie to a request another site makes it send (a form posted to
/// <c>/api/v1/users/{id}/disable</c>), so an API write authenticated by the cookie must show it comes from the
/// platform's own pages: an <c>Origin</c> header of the platform (the configured public base or the host the
/// request was sent to), or, where a browser sends no Origin, <c>Sec-Fetch-Site: same-origin</c>, or a valid
/// antiforgery token. Otherwise it is refused with 403 before any endpoint runs. A request with a bearer token, or
/// without the sign-in cookie (webhooks, anonymous calls), is not affected.
/// </summary>
public sealed class CookieApiWrites(RequestDelegate next, PublicUrls urls)
{
    public async Task InvokeAsync(HttpContext ctx, IAntiforgery antiforgery)
    {
        var request = ctx.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !request.Cookies.Keys.Any(k => k.StartsWith(IdentityModule.AuthCookie, StringComparison.Ordinal))
            || FromOwnPages(request)
            || await antiforgery.IsRequestValidAsync(ctx))
        {
            await next(ctx);
            return;
        }
        await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Yêu cầu ghi dữ liệu bằng cookie đăng nhập phải đến từ chính trang OCOP Hub; chương trình hãy dùng mã truy cập (Authorization: Bearer).")
            .ExecuteAsync(ctx);
    }

    private bool FromOwnPages(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return request.Headers["Sec-Fetch-Site"] == "same-origin";
        return urls.IsOwnOrigin(origin)
               || (Uri.TryCreate(origin, UriKind.Absolute, out var o) && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
