using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Infrastructure;

/// <summary>Turns an <see cref="AppError"/> into an RFC 9457 problem-details response.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult ToProblem(this AppError error)
    {
        var extensions = new Dictionary<string, object?>();
        if (error.Fields is { Count: > 0 }) extensions["errors"] = error.Fields;
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: error.Status,
            title: error.Status switch
            {
                400 => "Dữ liệu không hợp lệ",
                401 => "Chưa đăng nhập",
                403 => "Không có quyền",
                404 => "Không tìm thấy",
                409 => "Xung đột dữ liệu",
                _ => "Lỗi",
            },
            extensions: extensions);
    }
}
