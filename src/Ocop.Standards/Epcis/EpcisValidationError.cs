namespace Ocop.Standards.Epcis;

/// <summary>One rule an EPCIS document breaks.</summary>
/// <param name="EventIndex">Zero-based position in the event list; null for document-level problems.</param>
/// <param name="Code">A stable machine-readable code, e.g. "ilmd-without-add".</param>
/// <param name="Message">An English explanation naming the field.</param>
public sealed record EpcisValidationError(int? EventIndex, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => EventIndex is { } i ? $"event {i}: {Code}: {Message}" : $"{Code}: {Message}";
}
