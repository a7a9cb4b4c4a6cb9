namespace Ocop.Standards.VietQr;

/// <summary>One EMVCo tag-length-value data object: a 2-digit ID and its value (the length is implied).</summary>
/// <param name="Id">Two digits, e.g. "38".</param>
/// <param name="Value">The raw value.</param>
public sealed record TlvField(string Id, string Value);
