namespace Ocop.Infrastructure;

/// <summary>
/// Every API error has a problem-details body (RFC 9457), including the ones the framework answers
/// with an empty body: unreadable JSON, a missing route, an unauthenticated call, a rate limit.
/// </summary>
public sealed class ApiProblemFallback(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        await next(context);
        var status = context.Response.StatusCode;
        if (status < 400 || context.Response.HasStarted || context.Response.ContentLength > 0 || context.Response.ContentType is not null) return;
        var detail = Lang.Text(status switch
        {
            400 => "Yêu cầu không hợp lệ: kiểm tra định dạng JSON và kiểu dữ liệu của các trường.",
            401 => "Cần đăng nhập: gửi 'Authorization: Bearer <token>' lấy từ POST /api/v1/auth/token.",
            403 => "Bạn không có quyền thực hiện thao tác này.",
            404 => "Không tìm thấy địa chỉ hoặc tài nguyên được yêu cầu.",
            405 => "Phương thức HTTP không được hỗ trợ cho địa chỉ này.",
            413 => "Nội dung gửi lên quá lớn.",
            415 => "Kiểu nội dung không được hỗ trợ.",
            429 => "Quá nhiều yêu cầu, vui lòng thử lại sau.",
            _ => "Đã có lỗi xảy ra.",
        });
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = ProblemResults.Title(status), Detail = detail },
        });
    }
}
