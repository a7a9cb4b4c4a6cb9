namespace Ocop.Infrastructure;

/// <summary>
/// A refusal a person can read: a Vietnamese message, optionally per field, and the HTTP status the
/// API answers with. Use cases return it instead of throwing for bad input. <paramref name="Extensions"/> are
/// members a program may read from the problem body (e.g. <c>newTotal</c> when a price changed).
/// </summary>
public sealed record AppError(string Message, int Status = 400, IReadOnlyDictionary<string, string[]>? Fields = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static AppError Validation(string field, string message) =>
        new(message, 400, new Dictionary<string, string[]> { [field] = [message] });

    public static AppError Validation(IDictionary<string, List<string>> fields) =>
        new(fields.Values.SelectMany(v => v).FirstOrDefault() ?? "Dữ liệu không hợp lệ.", 400,
            fields.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));

    public static AppError NotFound(string message = "Không tìm thấy.") => new(message, 404);
    public static AppError Forbidden(string message = "Bạn không có quyền thực hiện thao tác này.") => new(message, 403);
    public static AppError Conflict(string message) => new(message, 409);
}

/// <summary>The outcome of a use case: a value or an <see cref="AppError"/>.</summary>
public readonly struct Result<T>
{
    private Result(T? value, AppError? error) { Value = value; Error = error; }
    public T? Value { get; }
    public AppError? Error { get; }
    public bool Ok => Error is null;
    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(AppError error) => new(default, error);
}

/// <summary>Collects field errors while validating input.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new();
    public bool HasErrors => _errors.Count > 0;

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public Validation Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    public AppError ToError() => AppError.Validation(_errors);
}

/// <summary>One row of a statistics table: a key (code), what people read, and the count.</summary>
public sealed record CountRow(string Key, string Label, int Count);
