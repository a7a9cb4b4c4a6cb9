using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ocop.Infrastructure;

/// <summary>
/// The edge of <see cref="TextRules"/>: a path, query value or submitted form field that breaks them is
/// refused with 400 before anything reads it (an API problem naming the parameter; the error page for
/// people). For the API it also turns what the framework and the write guard throw about unreadable
/// input — malformed JSON, a wrong type, an unknown enum value, an over-long or forbidden text — into a
/// Vietnamese problem that names the field, instead of an exception's English text or a 500.
/// </summary>
public sealed partial class InputEdgeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var api = context.Request.Path.StartsWithSegments("/api");
        if (api && context.Request.HasJsonContentType() && context.Request.ContentLength > MaxJsonBytes(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await WriteAsync(context, problems, "body", $"Nội dung JSON quá lớn: tối đa {MaxJsonBytes(context.Request.Path) / 1_000_000} MB.");
            return;
        }
        // A JSON body sent in chunks, without a length, is cut off at the same size by the server.
        if (api && context.Request.HasJsonContentType()
            && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = MaxJsonBytes(context.Request.Path);
        if (await RefusedAsync(context) is { } refusal)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            if (api) await WriteAsync(context, problems, refusal.Field, refusal.Message);
            return;
        }
        if (!api)
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (InputRejectedException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await WriteAsync(context, problems, e.Field, e.Message);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
            var (field, message) = Explain(e, context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType);
            await WriteAsync(context, problems, field, message);
        }
    }

    /// <summary>A JSON request of the API is at most 1 MB; an EPCIS capture document (many events) 8 MB.</summary>
    public static long MaxJsonBytes(PathString path) => path.StartsWithSegments("/api/v1/epcis/capture") ? 8_000_000 : 1_000_000;

    private static async Task<(string Field, string Message)?> RefusedAsync(HttpContext context)
    {
        var request = context.Request;
        if (TextRules.Problem(request.Path.Value) is { } inPath) return ("path", "Địa chỉ không hợp lệ: " + inPath);
        foreach (var (key, values) in request.Query)
            foreach (var value in values)
                if ((TextRules.Problem(key) ?? TextRules.Problem(value)) is { } inQuery) return (key, $"Tham số '{Printable(key)}': {inQuery}");
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && request.HasFormContentType
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, values) in form)
                foreach (var value in values)
                    if ((TextRules.Problem(key) ?? TextRules.Problem(value)) is { } inForm) return (key, $"Trường '{Printable(key)}': {inForm}");
        }
        return null;
    }

    private static (string Field, string Message) Explain(BadHttpRequestException e, Type? body)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge) return ("body", "Nội dung gửi lên quá lớn.");
        if (e.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            if (field is null) return ("body", "Nội dung không phải JSON hợp lệ: kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.");
            return EnumAt(body, field) is { } values
                ? (field, $"Trường '{field}' không nhận giá trị này; chọn một trong: {string.Join(", ", Enum.GetNames(values))}.")
                : (field, $"Trường '{field}' có giá trị sai kiểu dữ liệu.");
        }
        if (ParameterName().Match(e.Message) is { Success: true } m)
        {
            var name = m.Groups["name"].Value;
            return e.Message.Contains("request body", StringComparison.Ordinal) || e.Message.Contains("no body was provided", StringComparison.Ordinal)
                ? ("body", "Thiếu nội dung JSON của yêu cầu hoặc nội dung không đọc được.")
                : (name, $"Giá trị của tham số '{name}' không hợp lệ.");
        }
        return ("body", "Yêu cầu không hợp lệ: kiểm tra định dạng JSON và kiểu dữ liệu của các trường.");
    }

    /// <summary>The enum type of the body's field at a JSON path ("shipping.unit", "items[0].unit"), if it is one.</summary>
    private static Type? EnumAt(Type? type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (type is null) return null;
            var name = segment.Split('[')[0];
            type = Element(type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.PropertyType);
        }
        return type is { IsEnum: true } ? type : null;

        static Type? Element(Type? t)
        {
            if (t is null) return null;
            t = Nullable.GetUnderlyingType(t) ?? t;
            if (t.IsArray) return Element(t.GetElementType());
            return t.IsGenericType && t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? Element(t.GetGenericArguments()[^1]) : t;
        }
    }

    // "Failed to bind parameter "OrderStatus status" from …", "Required parameter "string code" was not provided …"
    [GeneratedRegex("parameter \"[^\"]*? (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();

    private static string Printable(string s) => TextRules.Sanitize(s, 60);

    private static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, string field, string message)
    {
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode, Title = "Dữ liệu không hợp lệ", Detail = message,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } },
            },
        });
    }
}
