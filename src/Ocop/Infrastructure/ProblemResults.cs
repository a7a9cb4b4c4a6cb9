using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Infrastructure;

/// <summary>Turns an <see cref="AppError"/> into an RFC 9457 problem-details response, in the request's language.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult ToProblem(this AppError error)
    {
        var extensions = new Dictionary<string, object?>();
        if (error.Fields is { Count: > 0 })
            extensions["errors"] = error.Fields.ToDictionary(kv => kv.Key, kv => kv.Value.Select(m => Lang.Text(m)).ToArray());
        foreach (var (name, value) in error.Extensions ?? new Dictionary<string, object?>()) extensions[name] = value;
        return TypedResults.Problem(detail: Lang.Text(error.Message), statusCode: error.Status, title: Title(error.Status), extensions: extensions);
    }

    /// <summary>The problem's title in the request's language (Accept-Language on /api/v1).</summary>
    public static string Title(int status) => Lang.Text(status switch
    {
        400 => "Dữ liệu không hợp lệ",
        401 => "Chưa đăng nhập",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        409 => "Xung đột dữ liệu",
        413 => "Nội dung quá lớn",
        415 => "Kiểu nội dung không được hỗ trợ",
        429 => "Quá nhiều yêu cầu",
        _ => "Lỗi",
    });
}
