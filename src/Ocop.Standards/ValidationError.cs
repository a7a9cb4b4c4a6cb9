namespace Ocop.Standards;

/// <summary>One problem found in external input.</summary>
/// <param name="Code">A stable machine-readable code, e.g. "gtin-check-digit".</param>
/// <param name="Message">An English explanation meant for logs and API problem details.</param>
public sealed record ValidationError(string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
