namespace Ocop.Standards;

/// <summary>
/// The outcome of reading external input: either a value, or every problem found.
/// Bad input never throws; callers inspect <see cref="Errors"/>.
/// </summary>
/// <typeparam name="T">The parsed value.</typeparam>
public sealed class ParseResult<T> where T : class
{
    private ParseResult(T? value, IReadOnlyList<ValidationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The parsed value; null when <see cref="Errors"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in input order; empty on success.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>True when the input was read without errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when any error carries <paramref name="code"/>.</summary>
    public bool HasError(string code) => Errors.Any(e => e.Code == code);

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Success(T value) => new(value, []);

    /// <summary>A failed result; at least one error is required.</summary>
    public static ParseResult<T> Failure(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count == 0) throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        return new(null, errors);
    }
}
