using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ocop.Pages;

/// <summary>
/// The error page: status codes re-executed by the pipeline (<c>/loi?code=404</c>) and unhandled
/// exceptions outside Development. Any method, no antiforgery: a failed POST lands here too. A
/// program calling <c>/api</c> gets problem details instead of this page.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : OcopPageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);
    public IActionResult OnPost(int? code) => Show(code);

    private IActionResult Show(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : 500;
        if (Response.StatusCode < 400) Response.StatusCode = Code;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is not null && original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return new ObjectResult(new ProblemDetails { Status = Code, Title = Message.Title, Detail = Message.Text })
            {
                StatusCode = Code, ContentTypes = { "application/problem+json" },
            };
        return Page();
    }

    public (string Title, string Text) Message => Code switch
    {
        400 => ("Yêu cầu không hợp lệ", "Trang không hiểu được yêu cầu này. Vui lòng quay lại và thử lại."),
        401 => ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
        403 => ("Không có quyền", "Bạn không có quyền xem trang này."),
        404 => ("Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."),
        405 => ("Thao tác không được hỗ trợ", "Trang này không nhận thao tác đó."),
        429 => ("Quá nhiều yêu cầu", "Bạn thao tác quá nhanh. Vui lòng chờ một chút rồi thử lại."),
        _ when Code >= 500 => ("Hệ thống đang gặp sự cố", "Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút."),
        _ => ("Có lỗi xảy ra", "Vui lòng quay lại và thử lại."),
    };
}
